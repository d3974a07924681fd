// A web address fetched for import: its bytes (at most the file-size limit), where it ended up after redirects,
// and what the server says it is. Every failure is an ImportError a person can act on.
import { MAX_FILE_BYTES } from '../../shared/limits';
import { ImportError } from './import-error';

export interface FetchedResource {
  bytes: Uint8Array;
  /** A name for it in messages and the library: the last part of its path, else its host. */
  name: string;
  /** The address after redirects. */
  url: string;
  /** The media type without parameters, lower case; null when the server sent none. */
  mediaType: string | null;
  charset: string | null;
}

export interface FetchOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Sites refuse requests without a browser-like agent more often than with one. */
const USER_AGENT = 'Mozilla/5.0 (compatible; Factdesk/0.1; +fact-checking workbench)';

export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const { fetch = globalThis.fetch, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = MAX_FILE_BYTES } = options;
  const label = url;
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5' },
    });
  } catch (error) {
    throw new ImportError('fetch-failed', `Could not fetch ${label}: ${describeFetchError(error, timeoutMs)} Nothing was added.`, label);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = `${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
    throw new ImportError('fetch-failed', `Could not fetch ${label}: the site answered ${status}. Nothing was added.`, label);
  }
  const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declaredLength > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(label, maxBytes);
  }
  const bytes = await readBounded(response, label, maxBytes, timeoutMs);
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() || null;
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/iu.exec(contentType)?.[1] ?? null;
  const finalUrl = response.url === '' ? url : response.url;
  return { bytes, name: nameOf(finalUrl), url: finalUrl, mediaType, charset };
}

async function readBounded(response: Response, label: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge(label, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('fetch-failed', `Could not fetch ${label}: ${describeFetchError(error, timeoutMs)} Nothing was added.`, label);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(label: string, maxBytes: number): ImportError {
  return new ImportError('too-large', `${label} is too large to import: over ${Math.round(maxBytes / (1024 * 1024))} MB.`, label);
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `the site did not answer within ${Math.round(timeoutMs / 1000)} seconds.`;
  }
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the address could not be found. Check it, and check that this computer is online.';
    case 'ECONNREFUSED':
      return 'the site refused the connection.';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was cut off.';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the site could not be reached. Check that this computer is online.';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'this computer seems to be offline.';
    default:
      if (code.startsWith('ERR_TLS') || code.includes('CERT')) {
        return 'the site’s security certificate could not be checked.';
      }
      return 'the site could not be reached. Check the address, and that this computer is online.';
  }
}

function nameOf(url: string): string {
  const parsed = new URL(url);
  const last = parsed.pathname.split('/').filter((part) => part !== '').at(-1);
  if (last === undefined) return parsed.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
