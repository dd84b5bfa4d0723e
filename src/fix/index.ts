/**
 * Fixes as text edits (issue 5 §4), for src/policy (Helper RULES) and the CLI's --fix / --diff.
 *
 * Positions: every TextEdit is { file, startLine, endLine, startColumn, endColumn, replacement }
 * with 1-based lines and columns in characters of the decoded text (as src/postfix/source.ts),
 * an exclusive end, and `file` the path relative to the scan root (SourceText.path). An insertion
 * has start === end. This is the shape of Finding.fix.edits.
 *
 * Building a fix (each returns BuildResult = { ok: true, edits } | { ok: false, reason }; edits
 * may be [] when the file already says so). The set builders parse their own result again and
 * refuse (ok: false, with a reason to show) when Postfix would not read the asked value, e.g. an
 * unbalanced "{" earlier on a master.cf line swallows an added -o; they also refuse a main.cf
 * whose fatal line stops Postfix reading it:
 * - setMainCfParameter(mainCf, name, value): replaces the value of the effective (last)
 *   definition in place (keeping "name = value" spacing; a multi-line value keeps its continuation
 *   indent, one list element per line), plus the definitions just before it that had the same value
 *   (else postconf would start warning "overriding earlier entry"); without a definition adds
 *   `name = value` after the last parameter of the same family (longest shared "_" prefix:
 *   smtpd_tls_*, then smtpd_*) or at the end, in the file's "=" spacing and CRLF/LF style, adding a
 *   missing final newline first.
 * - removeMainCfParameter(mainCf, name): drops every definition with its continuation lines.
 * - setServiceOption(masterCf, service, name, value): service is a MasterService or "name" /
 *   "name/type" (the last such entry). Replaces the last `-o name=...` value in place (switching to
 *   `-o { name = value }` when the value has blanks) or inserts `-o name=value` on a new line after
 *   the service's last -o line (same indentation), before any stray argument.
 * - removeServiceOption(masterCf, service, name): drops every `-o name=...` of the service.
 * - protocolListFor(version, 'main' | 'option'): `>=TLSv1.2` for Postfix >= 3.6, else
 *   `!SSLv2, !SSLv3, !TLSv1, !TLSv1.1` (main) / `!SSLv2,!SSLv3,!TLSv1,!TLSv1.1` (short -o form).
 *
 * Applying and showing: applyEdits(text, edits) (throws EditError on overlap or a position outside
 * the text; insertions at one point keep their order), applyEditsToFiles(texts, edits),
 * unifiedDiff(texts, edits) (`--- a/path` / `+++ b/path`, 3 lines of context; `git apply` reads it).
 * For the set's texts use editableSources(loaded) (path -> SourceText; write back with
 * encodeText(text, source.encoding) to keep Latin-1 files byte-exact).
 *
 * Verifying: verifyFix(loaded, edits, check, modelOptions?, beforeModel?) applies the edits in
 * memory, re-parses, rebuilds buildConfigSetModel and returns { ok, checkPassed, newDiagnostics,
 * model, fixed, error? }. ok = check(model) && no new diagnostic: none whose severity, code, file
 * and start position (original positions mapped through the edits) the original model lacked.
 * Combine several findings' edits by concatenating them; verify the combination once more.
 *
 * Choosing values (value-repair.ts, cipher-exclusions.ts): the valid value nearest in intent for a
 * value Postfix refuses, or undefined when that is not clear (never a guess) -- repairBoolean,
 * repairSecurityLevel, repairCipherGrade (grade + the "!X" parts as exclusions), repairProtocolList
 * (corrected tokens written as one floor, raised to a policy floor), uniqueClosest (did you mean,
 * refusing ties); chooseExclusions(bad, keep): the fewest *_exclude_ciphers tokens removing `bad`
 * and nothing in `keep`.
 */
export { applyEdits, applyEditsToFiles, editAtOffsets, editOfSpan, editsByFile, EditError, resolveEdits, type TextEdit } from './edits.js';
export { unifiedDiff, unifiedDiffByRealFile, unifiedDiffOfFile, type RealFileDiff, type WithheldFile } from './diff.js';
export { familyAnchor, removeMainCfParameter, setMainCfParameter, type BuildResult } from './main-cf-edits.js';
export { findService, needsBracedForm, optionText, removeServiceOption, setServiceOption, type ServiceRef } from './master-cf-edits.js';
export { protocolListFor, versionAtLeast } from './protocols.js';
export { applyEditsToConfigSet, editableSources, newDiagnosticsOf, offsetMapOf, verifyFix, type FixedConfigSet, type OffsetMap, type VerifyResult } from './verify.js';
export { chooseExclusions, EXCLUSION_VOCABULARY, suitesMatching, type ExclusionChoice } from './cipher-exclusions.js';
export { editDistance, floorList, repairBoolean, repairCipherGrade, repairProtocolList, repairSecurityLevel, uniqueClosest, type GradeRepair, type ProtocolListRepair } from './value-repair.js';
