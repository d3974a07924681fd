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

/** How much of a refused value (or key) a message repeats: enough to recognise it, never megabytes of it. */
const MAX_ECHO_CHARS = 60;
/** A bound on a whole validation message, whatever a schema's message says. */
const MAX_MESSAGE_CHARS = 500;

function isApiMethod(method: string): method is ApiMethod {
  return Object.hasOwn(api, method);
}

/**
 * valibot's object schemas take any object, so an array, Map or Date (all of which structured clone
 * delivers) would pass as an empty argument; every operation's argument is a plain object or nothing.
 */
function isOtherThanPlainObject(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const prototype: unknown = Object.getPrototypeOf(input);
  return prototype !== Object.prototype && prototype !== null;
}

/** Text from the caller made safe to show: control and format characters and lone surrogates replaced, length bounded. */
export function clipEcho(text: string, max = MAX_ECHO_CHARS): string {
  let clipped = text.length > max ? `${text.slice(0, max)}…` : text;
  // A cut between the two halves of a pair leaves half a character; so may the caller's own text.
  clipped = clipped.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
  return clipped.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD');
}

/** The first issue in words, without repeating a huge or unprintable value the caller sent. */
function describeIssue(method: ApiMethod, issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return `Invalid ${method} request: bad argument`;
  const where = issue.path?.map((item) => clipEcho(String(item.key))).join('.') ?? '';
  let message = issue.message;
  const at = message.lastIndexOf(issue.received);
  if (issue.received.length > MAX_ECHO_CHARS && at >= 0) {
    message = `${message.slice(0, at)}${clipEcho(issue.received)}${message.slice(at + issue.received.length)}`;
  }
  return clipEcho(`Invalid ${method} request${where ? ` (${where})` : ''}: ${message}`, MAX_MESSAGE_CHARS);
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
      return { ok: false, error: { code: 'invalid-input', message: `Unknown operation "${clipEcho(method)}".` } };
    }
    if (isOtherThanPlainObject(input)) {
      const kind = Array.isArray(input) ? 'an array' : 'an object of another kind';
      return { ok: false, error: { code: 'invalid-input', message: `Invalid ${method} request: expected an object, received ${kind}.` } };
    }
    try {
      // The first issue is all the answer says: later ones would only cost time on a huge hostile argument.
      const parsed = v.safeParse(api[method].input, input, { abortEarly: true });
      if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: describeIssue(method, parsed.issues[0]) } };
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.output) };
    } catch (error) {
      // Validation included: a schema that throws (as a regex can on a huge string) is an answer too.
      return { ok: false, error: toApiError(error, log) };
    }
  };
}
