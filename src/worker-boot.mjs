// Starts a worker-thread entry written in TypeScript when the process runs from sources (tsx);
// compiled JavaScript entries are imported as they are.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
