// The one entry point for API calls from an untrusted caller (the renderer, via main's IPC or the e2e
// harness): it validates the argument against the contract's schema, runs the handler, and turns every
// failure into an error value, never a throw across the boundary.
import * as v from 'valibot';
import type { ApiError, ApiMethod, ApiResponse, ApiResult } from '../shared/api';
import { api } from '../shared/api';
import { FactdeskError } from './errors';
import { ImportError } from './import';

export type ApiHandlers = {
  [M in ApiMethod]: (input: v.InferOutput<(typeof api)[M]['input']>) => Promise<ApiResult<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<ApiResponse<unknown>>;

function isApiMethod(method: string): method is ApiMethod {
  return Object.hasOwn(api, method);
}

/** Maps any error to the value that crosses the boundary; unexpected ones are logged, not leaked. */
export function toApiError(error: unknown, log: (error: unknown) => void = console.error): ApiError {
  if (error instanceof FactdeskError) return { code: error.code, message: error.message };
  if (error instanceof ImportError) return { code: 'bad-input', message: error.message };
  log(error);
  return { code: 'internal', message: 'Something went wrong inside Factdesk. Nothing was changed. Details are in the log.' };
}

export function createDispatch(handlers: ApiHandlers, log?: (error: unknown) => void): Dispatch {
  return async (method, input) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'invalid-input', message: `Unknown operation "${method}".` } };
    }
    const parsed = v.safeParse(api[method].input, input);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
      return {
        ok: false,
        error: { code: 'invalid-input', message: `Invalid ${method} request${where ? ` (${where})` : ''}: ${issue?.message ?? 'bad argument'}` },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.output) };
    } catch (error) {
      return { ok: false, error: toApiError(error, log) };
    }
  };
}
