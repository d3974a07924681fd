// The import worker thread's entry: builds documents on request, so reading a 50 MB PDF or detecting claims in
// a long text never holds up the main thread. Errors go back as data, to be rebuilt as the same error there.
import { parentPort } from 'node:worker_threads';
import { buildDocument, type BuildRequest } from './build-document';
import { serializeError } from './worker-errors';

export interface WorkerRequest {
  id: number;
  request: BuildRequest;
}

export type WorkerResponse =
  | { id: number; ok: true; document: Awaited<ReturnType<typeof buildDocument>> }
  | { id: number; ok: false; error: ReturnType<typeof serializeError> };

const port = parentPort;
if (port === null) throw new Error('import-worker must run in a worker thread.');

port.on('message', ({ id, request }: WorkerRequest) => {
  buildDocument(request).then(
    (document) => port.postMessage({ id, ok: true, document } satisfies WorkerResponse),
    (error: unknown) => port.postMessage({ id, ok: false, error: serializeError(error) } satisfies WorkerResponse),
  );
});
