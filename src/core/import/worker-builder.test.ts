// The worker thread as main runs it, here from the TypeScript source through tsx's loader.
import { afterEach, describe, expect, it } from 'vitest';
import { FactdeskError } from '../errors';
import type { DocumentBuilder } from './build-document';
import { ImportError } from './import-error';
import { createWorkerBuilder } from './worker-builder';

const WORKER = new URL('./import-worker.ts', import.meta.url);
let builder: DocumentBuilder | null = null;

afterEach(async () => {
  await builder?.close();
  builder = null;
});

const request = (text: string, name: string | null = null) => ({
  source: { kind: 'text' as const, name, text },
  origin: name ?? 'pasted text',
  threshold: 0.4,
  now: new Date('2026-11-22T10:00:00Z'),
});

describe('createWorkerBuilder', () => {
  it('builds documents in a worker thread, one request after another', async () => {
    builder = createWorkerBuilder({ url: WORKER, isTypeScriptSource: true });
    const texts = ['Trade grows\n\nExports rose 12 percent to $3.4 billion in 2024, the ministry said.\n', 'Second\n\nImports fell by 5 percent in March.\n'];
    const docs = await Promise.all(texts.map((text) => builder!.build(request(text))));
    expect(docs.map((doc) => doc.article.title)).toEqual(['Trade grows', 'Second']);
    expect(docs[0]!.claims[0]!.quote).toContain('$3.4 billion');
    expect(docs[0]!.article.importedAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('gives back the import error the worker raised, as the same kind of error', async () => {
    builder = createWorkerBuilder({ url: WORKER, isTypeScriptSource: true });
    const error: unknown = await builder.build(request('   ', 'blank.txt')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'empty', fileName: 'blank.txt', message: expect.stringContaining('"blank.txt" is empty') });
  });

  it('fails the waiting request when the worker dies, and starts a new worker for the next instead of hanging', async () => {
    // A heap too small for the worker to run: it dies on its first request.
    const dying = createWorkerBuilder({ url: WORKER, isTypeScriptSource: true, maxHeapMb: 1 });
    const first: unknown = await dying.build(request('Text.')).catch((thrown: unknown) => thrown);
    const second: unknown = await dying.build(request('Text.')).catch((thrown: unknown) => thrown);
    await dying.close();
    for (const error of [first, second]) {
      expect(error).toBeInstanceOf(FactdeskError);
      expect((error as Error).message).toMatch(/^The import stopped: .*Nothing was added/);
    }
  });
});
