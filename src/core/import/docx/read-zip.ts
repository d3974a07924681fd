// A minimal ZIP reader: the central directory's file list, and one file's bytes (stored or deflated).
// Enough to look inside a Word file without a ZIP library; ZIP64 and encrypted entries are not read.
import { inflateRawSync } from 'node:zlib';

export interface ZipArchive {
  /** Names of the files in the archive, as the central directory lists them. */
  names: readonly string[];
  /** A file's bytes; null if it is missing, encrypted, compressed in an unknown way or larger than `maxBytes`. */
  read(name: string, maxBytes: number): Uint8Array | null;
}

interface ZipEntry {
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const STORED = 0;
const DEFLATED = 8;

/** The archive's directory, or null when the bytes are not a ZIP archive (or a damaged one). */
export function openZip(bytes: Uint8Array): ZipArchive | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.set(name, {
      isEncrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { names: [...entries.keys()], read: (name, maxBytes) => readEntry(bytes, view, entries.get(name), maxBytes) };
}

/** The end-of-central-directory record, searched from the end past a comment of any length. */
function findEndOfDirectory(view: DataView): number | null {
  const last = view.byteLength - END_OF_DIRECTORY_SIZE;
  for (let offset = last; offset >= 0 && offset >= last - MAX_COMMENT_SIZE; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return null;
}

function readEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry | undefined, maxBytes: number): Uint8Array | null {
  if (entry === undefined || entry.isEncrypted || entry.size > maxBytes) return null;
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) return null;
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.byteLength !== entry.compressedSize) return null;
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) return null;
  try {
    // The directory's size may lie: the output limit stops a small file from inflating without end.
    return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }));
  } catch {
    return null;
  }
}
