// An article's text as the search keeps it between queries: deflated, at a quarter to a third of its size,
// since it is only read again to cut a snippet for one of the few hits a page of results shows.
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';

export type PackedText = Uint8Array;

export function packText(text: string): PackedText {
  // The fastest level: a library's worth of articles is packed while the index is built.
  const packed = deflateRawSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_SPEED });
  // Copied out: zlib's answer is a view of a buffer of at least 16 KB, which it would keep alive.
  return new Uint8Array(packed);
}

export function unpackText(packed: PackedText): string {
  return inflateRawSync(packed).toString('utf8');
}
