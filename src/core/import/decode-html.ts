// An HTML file's bytes as text: the byte-order mark, else the charset the page declares in its first bytes
// (or the server declared), else the encoding detected as for plain text.
import { decodeText, encodingOfByteOrderMark } from './decode-text';

/** Browsers look for the declaration in the first 1024 bytes; some pages put it later, so look a little further. */
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;

export function decodeHtml(bytes: Uint8Array, name: string, declaredCharset: string | null = null): string {
  if (encodingOfByteOrderMark(bytes) === null) {
    const charset = declaredCharset ?? findMetaCharset(bytes);
    const decoder = charset === null ? null : createDecoder(charset);
    // A page that declares a charset is decoded as it says, as a browser would, even if a few bytes are wrong.
    if (decoder !== null) return decoder.decode(bytes);
  }
  return decodeText(bytes, name).text;
}

function findMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so the ASCII markup reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

function createDecoder(charset: string): TextDecoder | null {
  try {
    return new TextDecoder(charset.toLowerCase());
  } catch {
    // An unknown label: detect instead.
    return null;
  }
}
