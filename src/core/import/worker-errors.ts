// Errors crossing the worker boundary: structured clone keeps only an Error's message, so the kind and code
// that decide what the user is told travel as data and become the same error again on the other side.
import type { ApiErrorCode } from '../../shared/api';
import { API_ERROR_CODES } from '../../shared/api';
import { FactdeskError } from '../errors';
import { IMPORT_ERROR_CODES, ImportError, type ImportErrorCode } from './import-error';

export type SerializedError =
  | { kind: 'import'; code: ImportErrorCode; message: string; fileName: string | null }
  | { kind: 'factdesk'; code: ApiErrorCode; message: string }
  | { kind: 'other'; message: string; stack: string | null };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof ImportError) return { kind: 'import', code: error.code, message: error.message, fileName: error.fileName };
  if (error instanceof FactdeskError) return { kind: 'factdesk', code: error.code, message: error.message };
  if (error instanceof Error) return { kind: 'other', message: error.message, stack: error.stack ?? null };
  return { kind: 'other', message: String(error), stack: null };
}

export function deserializeError(data: SerializedError): Error {
  if (data.kind === 'import' && IMPORT_ERROR_CODES.includes(data.code)) return new ImportError(data.code, data.message, data.fileName);
  if (data.kind === 'factdesk' && API_ERROR_CODES.includes(data.code)) return new FactdeskError(data.code, data.message);
  const error = new Error(data.message);
  if (data.kind === 'other' && data.stack !== null) error.stack = data.stack;
  return error;
}
