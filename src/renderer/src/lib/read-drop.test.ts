import { describe, expect, it } from 'vitest';
import { readDropEntries, type DropEntry } from './read-drop';

type Tree = { [name: string]: string | Tree };

/** A dropped folder as the browser's entries API shows it, handing entries over two at a time. */
function folderEntry(fullPath: string, tree: Tree): FileSystemDirectoryEntry {
  const name = fullPath.split('/').at(-1) ?? '';
  const children = Object.entries(tree).map(([child, value]): FileSystemEntry => {
    const path = `${fullPath}/${child}`;
    if (typeof value !== 'string') return folderEntry(path, value);
    const entry = {
      name: child,
      fullPath: path,
      isFile: true,
      isDirectory: false,
      file: (resolve: (file: File) => void) => resolve(new File([value], child)),
    };
    return entry as unknown as FileSystemFileEntry;
  });
  const entry = {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (resolve: (entries: FileSystemEntry[]) => void) => {
          const batch = children.slice(at, at + 2);
          at += batch.length;
          setTimeout(() => resolve(batch), 0);
        },
      };
    },
  };
  return entry as unknown as FileSystemDirectoryEntry;
}

describe('readDropEntries', () => {
  it('walks dropped folders to any depth, leaving out hidden files and listing other formats as skipped', async () => {
    const folder = folderEntry('/reports', {
      'b10.md': '# B10',
      'b2.html': '<h1>B2</h1>',
      '.DS_Store': 'x',
      '.hidden': { 'secret.txt': 'no' },
      photo: { 'cover.jpg': 'jpeg', '2024': { 'a.pdf': '%PDF', 'c.docx': 'PK' } },
      'notes.TXT': 'notes',
    });
    const loose = new File(['loose'], 'loose.txt');
    const found = await readDropEntries([loose, folder] satisfies DropEntry[]);
    expect(found.files.map((f) => f.name)).toEqual([
      'loose.txt',
      'reports/b2.html',
      'reports/b10.md',
      'reports/notes.TXT',
      'reports/photo/2024/a.pdf',
      'reports/photo/2024/c.docx',
    ]);
    expect(await found.files[1]?.file.text()).toBe('<h1>B2</h1>');
    expect(found.skipped).toEqual([{ name: 'reports/photo/cover.jpg', message: expect.stringContaining('Not an article format') }]);
  });

  it('keeps a file dropped on its own whatever its extension: the import says why it cannot be read', async () => {
    const found = await readDropEntries([new File(['x'], 'scan.png')]);
    expect(found.files.map((f) => f.name)).toEqual(['scan.png']);
    expect(found.skipped).toEqual([]);
  });

  it('lists a folder that cannot be read as skipped', async () => {
    const broken = {
      name: 'locked',
      fullPath: '/locked',
      isFile: false,
      isDirectory: true,
      createReader: () => ({
        readEntries: (_resolve: unknown, reject: (error: Error) => void) => reject(new Error('denied')),
      }),
    } as unknown as FileSystemDirectoryEntry;
    const found = await readDropEntries([broken]);
    expect(found).toEqual({ files: [], skipped: [{ name: 'locked', message: 'The folder "locked" could not be read.' }] });
  });
});
