import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openZip } from './read-zip';

const LONG_TEXT = 'Астана '.repeat(2000);

async function buildZip(comment?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('stored.txt', 'kept as is', { compression: 'STORE' });
  zip.file('folder/deflated.txt', LONG_TEXT, { compression: 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array', ...(comment === undefined ? {} : { comment }) });
}

describe('openZip', () => {
  it('lists the files and reads stored and deflated ones', async () => {
    const archive = openZip(await buildZip());
    // jszip lists the folder as an entry of its own, as many ZIP writers do.
    expect(archive?.names).toEqual(['stored.txt', 'folder/', 'folder/deflated.txt']);
    const decode = (bytes: Uint8Array | null | undefined): string => new TextDecoder().decode(bytes ?? new Uint8Array(0));
    expect(decode(archive?.read('stored.txt', 1000))).toBe('kept as is');
    expect(decode(archive?.read('folder/deflated.txt', 1_000_000))).toBe(LONG_TEXT);
    expect(archive?.read('missing.txt', 1000)).toBeNull();
  });

  it('finds the directory behind an archive comment', async () => {
    const archive = openZip(await buildZip('A comment at the end of the archive.'));
    expect(archive?.names).toContain('stored.txt');
  });

  it('refuses to inflate a file past the size asked for', async () => {
    const archive = openZip(await buildZip());
    expect(archive?.read('folder/deflated.txt', 100)).toBeNull();
  });

  it('returns null for bytes that are not a ZIP archive, or whose directory is cut off', async () => {
    expect(openZip(new TextEncoder().encode('plain text, not an archive at all'))).toBeNull();
    expect(openZip(new Uint8Array(0))).toBeNull();
    const bytes = await buildZip();
    const end = bytes.byteLength - 22;
    // Keep the end record but point it at a directory that is not there.
    const broken = Uint8Array.from(bytes);
    new DataView(broken.buffer).setUint32(end + 16, 3, true);
    expect(openZip(broken)).toBeNull();
  });
});
