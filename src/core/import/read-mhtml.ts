// A web page saved as one file (MHTML, Chrome's and Edge's "Webpage, Single File"): a MIME message whose first
// text/html part is the page. The part is decoded (quoted-printable or base64, in its charset) and its
// Content-Location is where the page was saved from.
import { ImportError } from './import-error';

export interface MhtmlPage {
  html: string;
  url: string | null;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

export function readMhtml(bytes: Uint8Array, name: string): MhtmlPage {
  // The message itself is ASCII (its parts are encoded); latin1 keeps every byte as one character.
  const message = new TextDecoder('latin1').decode(bytes).replace(/\r\n/gu, '\n');
  const top = splitHeaders(message);
  const boundary = /boundary="?([^";\n]+)"?/iu.exec(top.headers.get('content-type') ?? '')?.[1];
  const parts = boundary === undefined ? [top] : splitParts(top.body, boundary);
  const page = parts.find((part) => (part.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html'));
  if (!page) {
    throw new ImportError('damaged', `"${name}" is not a saved web page: it holds no HTML page. Save the page again, or as .html.`, name);
  }
  const contentType = page.headers.get('content-type') ?? '';
  const charset = /charset="?([\w.:-]+)"?/iu.exec(contentType)?.[1] ?? 'utf-8';
  const raw = decodeTransfer(page.body, page.headers.get('content-transfer-encoding') ?? '');
  return { html: decodeCharset(raw, charset), url: page.headers.get('content-location') ?? top.headers.get('snapshot-content-location') ?? null };
}

function splitHeaders(text: string): Part {
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\n[ \t]+/gu, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end < 0 ? '' : text.slice(end + 2) };
}

function splitParts(body: string, boundary: string): Part[] {
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    // The line break before a boundary belongs to the boundary, not to the part.
    .map((chunk) => splitHeaders(chunk.replace(/^\n/u, '').replace(/\n$/u, '')));
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Uint8Array.from(Buffer.from(body.replace(/\s+/gu, ''), 'base64'));
    case 'quoted-printable': {
      const text = body.replace(/=\n/gu, '');
      const bytes: number[] = [];
      for (let index = 0; index < text.length; index += 1) {
        const hex = text[index] === '=' ? text.slice(index + 1, index + 3) : '';
        if (/^[0-9A-Fa-f]{2}$/u.test(hex)) {
          bytes.push(Number.parseInt(hex, 16));
          index += 2;
        } else {
          bytes.push(text.charCodeAt(index) & 0xff);
        }
      }
      return Uint8Array.from(bytes);
    }
    default:
      return Uint8Array.from(body, (char) => char.charCodeAt(0) & 0xff);
  }
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
