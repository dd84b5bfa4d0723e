/**
 * Which file a worker thread of src/audit-workers.ts runs: the entry point names itself here. Kept apart
 * from audit-workers.ts so that the entry point can do so without loading the analysis.
 */
let entry: string | URL | undefined;

/** Let auditSets() use worker threads that run `file` (the entry point's import.meta.url). */
export function enableAuditWorkers(file: string | URL): void {
  entry = file;
}

/** The file enableAuditWorkers() named, if any. */
export function auditWorkerEntry(): string | URL | undefined {
  return entry;
}
