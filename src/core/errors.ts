// Errors core raises on purpose. Each carries the API error code it crosses the boundary with.
import type { ApiErrorCode } from '../shared/api';

export class FactdeskError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FactdeskError';
  }
}

export function notFound(what: string): FactdeskError {
  return new FactdeskError('not-found', `${what} was not found in the library. It may have been deleted.`);
}
