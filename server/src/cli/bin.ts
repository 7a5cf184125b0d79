import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { useNodeKnowledgeSource } from '../knowledge/loader-node.js';
import { main, nodeIo } from './main.js';
import { serveWorker, WORKER_FLAG } from './pool.js';

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG]) {
  useNodeKnowledgeSource();
  serveWorker(parentPort);
} else {
  // The bundle is its own worker script (pool.ts starts it with the worker flag).
  void main(process.argv.slice(2), nodeIo({ workerScript: __filename })).then((code) => {
    process.exitCode = code;
  });
}
