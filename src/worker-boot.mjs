// Starts a worker-thread entry given by URL (workerData.entry). Node 20 does not run the process's
// `--import` preloads in worker threads, so they are imported first (workerData.preload): a worker
// starts the way its process did. The entry is imported, not passed to `new Worker`, so module
// resolution applies to it as to any import.
import { workerData } from 'node:worker_threads';

for (const specifier of workerData.preload ?? []) await import(specifier);
await import(workerData.entry);
