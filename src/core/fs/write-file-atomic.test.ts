import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameWithRetry, syncDirectory, writeFileAtomic } from './write-file-atomic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole, flushed or not, and leaves no temporary file', async () => {
    const path = join(dir, 'file.json');
    await writeFile(path, 'old');
    for (const options of [{}, { isDurable: true }, { isDurable: true, isFolderSyncDeferred: true }]) {
      const text = `new ${JSON.stringify(options)} ✓`;
      await writeFileAtomic(path, text, options);
      expect(await readFile(path, 'utf8')).toBe(text);
    }
    expect(await readdir(dir)).toEqual(['file.json']);
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    const path = join(dir, 'taken');
    await mkdir(join(path, 'inside'), { recursive: true });
    await expect(writeFileAtomic(path, 'text', { isDurable: true })).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(path)).toEqual(['inside']);
  });
});

describe('renameWithRetry and syncDirectory', () => {
  it('renames, and gives up at once on an error that is not a busy file', async () => {
    await writeFile(join(dir, 'a'), 'a');
    await renameWithRetry(join(dir, 'a'), join(dir, 'b'));
    expect(await readFile(join(dir, 'b'), 'utf8')).toBe('a');
    const started = performance.now();
    await expect(renameWithRetry(join(dir, 'missing'), join(dir, 'c'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('flushes a folder, and reports one that does not exist', async () => {
    await expect(syncDirectory(dir)).resolves.toBeUndefined();
    await expect(syncDirectory(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
