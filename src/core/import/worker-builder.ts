// Builds documents in one worker thread (see import-worker.ts), started on first use. Requests queue in the
// worker; if it dies (out of memory on a hostile file), the requests it held fail with a clear error and the
// next one starts a fresh worker.
import { Worker } from 'node:worker_threads';
import type { ArticleDocument } from '../../shared/model';
import { FactdeskError } from '../errors';
import type { BuildRequest, DocumentBuilder } from './build-document';
import type { WorkerRequest, WorkerResponse } from './import-worker';
import { deserializeError } from './worker-errors';

export interface WorkerBuilderOptions {
  /** The built import-worker script. */
  url: URL;
  /**
   * The worker is TypeScript source, run through tsx (a development dependency): for tests and benchmarks,
   * which run without a build. The app always runs the built script.
   */
  isTypeScriptSource?: boolean;
  /** Memory limit of the worker's heap (MB): a file that needs more fails alone, the app goes on. */
  maxHeapMb?: number;
}

interface Waiting {
  resolve: (document: ArticleDocument) => void;
  reject: (error: Error) => void;
}

export function createWorkerBuilder({ url, isTypeScriptSource = false, maxHeapMb = 2048 }: WorkerBuilderOptions): DocumentBuilder {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const failAll = (error: Error) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };

  const start = (): Worker => {
    const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
    const started = isTypeScriptSource
      ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, resourceLimits })
      : new Worker(url, { resourceLimits });
    started.on('message', (response: WorkerResponse) => {
      const entry = waiting.get(response.id);
      if (!entry) return;
      waiting.delete(response.id);
      // Idle, it must not keep the process (the CLI, a test run) alive; busy, it must.
      if (waiting.size === 0) started.unref();
      if (response.ok) entry.resolve(response.document);
      else entry.reject(deserializeError(response.error));
    });
    const stopped = (reason: string) => {
      if (worker !== started) return;
      worker = null;
      failAll(new FactdeskError('internal', `The import stopped: ${reason}. Nothing was added; try the file again on its own.`));
    };
    started.on('error', (error) => stopped(error.message));
    started.on('exit', (code) => stopped(`the import worker exited (code ${code})`));
    return started;
  };

  return {
    build(request: BuildRequest): Promise<ArticleDocument> {
      worker ??= start();
      const id = nextId;
      nextId += 1;
      const promise = new Promise<ArticleDocument>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.ref();
      worker.postMessage({ id, request } satisfies WorkerRequest);
      return promise;
    },
    async close(): Promise<void> {
      const running = worker;
      worker = null;
      failAll(new FactdeskError('conflict', 'The app is closing; the import was not finished.'));
      await running?.terminate();
    },
  };
}
