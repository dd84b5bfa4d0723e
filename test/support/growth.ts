/**
 * Time per byte must not grow with the input: time at 16x the size may be at most ~4x the per-byte
 * time of the small input (a quadratic algorithm gives 16x). The best of a few runs is used against
 * noise. A ratio, never an absolute timing, and of CPU time, not wall time: on a loaded machine the wall
 * clock also counts the time other processes held the CPU.
 */
/** The process's user plus system CPU time so far, in milliseconds (microsecond resolution). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function perByteGrowth(make: (units: number) => string, run: (text: string) => unknown, small = 1_000, factor = 16): number {
  const best = (text: string): number => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = cpuMs();
      run(text);
      min = Math.min(min, cpuMs() - t0);
    }
    return Math.max(min, 0.05);
  };
  run(make(small)); // warm up the JIT
  const a = make(small);
  const b = make(small * factor);
  // A busy machine or a garbage collection can spoil a measurement; a quadratic algorithm spoils every one
  // (16x each time), so retrying while the ratio looks high cannot hide it. The small input is timed on
  // both sides of the large one, so both see the same load.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 8 && ratio >= 2; attempt++) {
    const before = best(a);
    const large = best(b);
    const small = Math.min(before, best(a));
    ratio = Math.min(ratio, large / b.length / (small / a.length));
  }
  return ratio;
}
