// For tests: the ImportError a call throws (or its promise rejects with). Anything else, or no error at all, fails
// the test with what happened instead.
import { ImportError } from './import-error';

export function catchImportError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

export async function catchImportErrorAsync(run: () => Promise<unknown>): Promise<ImportError> {
  const error: unknown = await run().then(
    () => new Error('expected an ImportError'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof ImportError) return error;
  throw error instanceof Error ? error : new Error(`expected an ImportError, got ${String(error)}`);
}
