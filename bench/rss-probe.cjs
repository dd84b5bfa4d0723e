// Loaded with `node --require` where GNU time is missing: writes the peak RSS (KiB) on exit.
process.on('exit', () => {
  const file = process.env.PTA_BENCH_RSS_FILE;
  if (file) require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
});
