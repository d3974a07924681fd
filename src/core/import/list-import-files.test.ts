import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listImportFiles } from './list-import-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-list-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listImportFiles', () => {
  it('walks a folder to any depth, in name order, naming files by their path below it', async () => {
    await mkdir(join(dir, 'news', '2026', 'march'), { recursive: true });
    await writeFile(join(dir, 'news', 'b.html'), '<p>b</p>');
    await writeFile(join(dir, 'news', 'a10.txt'), 'a10');
    await writeFile(join(dir, 'news', 'a9.txt'), 'a9');
    await writeFile(join(dir, 'news', '2026', 'march', 'report.pdf'), '%PDF');
    await writeFile(join(dir, 'news', 'photo.jpg'), 'jpg');
    await writeFile(join(dir, 'news', '.hidden.txt'), 'secret');
    await mkdir(join(dir, 'news', '.git'));
    await writeFile(join(dir, 'news', '.git', 'notes.txt'), 'git');
    await symlink(join(dir, 'news'), join(dir, 'news', 'loop'));

    const listed = await listImportFiles([join(dir, 'news')]);
    expect(listed.files.map((file) => file.name)).toEqual(['2026/march/report.pdf', 'a9.txt', 'a10.txt', 'b.html']);
    expect(listed.files[0]).toMatchObject({ path: join(dir, 'news', '2026', 'march', 'report.pdf'), size: 4 });
    expect(listed.skipped).toEqual([{ name: 'photo.jpg', message: expect.stringContaining('Not an article format') }]);
  });

  it('takes files chosen by name whatever their extension, and reports a path that is gone', async () => {
    await writeFile(join(dir, 'notes.rtf'), 'x');
    const listed = await listImportFiles([join(dir, 'notes.rtf'), join(dir, 'missing.txt')]);
    expect(listed.files.map((file) => file.name)).toEqual(['notes.rtf']);
    expect(listed.skipped).toEqual([{ name: 'missing.txt', message: expect.stringContaining('could not be read') }]);
  });
});
