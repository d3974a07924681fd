// The typed client over `window.factdesk`: unwraps `{ ok }` responses and turns errors into ApiCallError.
import type { ApiError, ApiErrorCode, ApiInput, ApiMethod, ApiResponse, ApiResult } from '../../../shared/api';

export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly method: ApiMethod;

  constructor(method: ApiMethod, error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.method = method;
  }
}

type Invoke = (input?: unknown) => Promise<ApiResponse<unknown>>;

function isResponse(value: unknown): value is ApiResponse<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Calls one operation of the app and returns its result, or throws an ApiCallError. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
  const bridge = window.factdesk;
  const invoke = bridge?.[method] as Invoke | undefined;
  if (!invoke) {
    throw new ApiCallError(method, {
      code: 'internal',
      message: 'Factdesk’s connection to its library is missing. Restart the app.',
    });
  }
  let response: unknown;
  try {
    response = await invoke(input);
  } catch (error) {
    throw new ApiCallError(method, {
      code: 'internal',
      message: `The app did not answer (${error instanceof Error ? error.message : String(error)}).`,
    });
  }
  if (!isResponse(response)) {
    throw new ApiCallError(method, { code: 'internal', message: 'The app sent an answer Factdesk cannot read.' });
  }
  if (!response.ok) throw new ApiCallError(method, response.error);
  return response.value as ApiResult<M>;
}

/** What a user can do about an error of this kind; shown under the message. */
export function hintFor(code: ApiErrorCode): string | null {
  switch (code) {
    case 'not-found':
      return 'It may have been deleted. Go back to the library and open it again.';
    case 'io':
      return 'Check that the disk has free space and that the file is not open in another program, then try again.';
    case 'conflict':
      return 'Something else changed it at the same time. Try again.';
    case 'internal':
      return 'Try again. If it keeps happening, restart Factdesk.';
    default:
      return null;
  }
}
