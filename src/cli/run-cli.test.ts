// The CLI, run in-process on real files in a temporary library folder.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../core/report/find-chromium';
import { samplePath } from '../core/sample-articles';
import { buildTestDocx } from '../core/import/docx/build-test-docx';
import { buildTestPdf, layOutLines } from '../core/import/pdf/build-test-pdf';
import { runCli } from './run-cli';

const CHINADAILY = samplePath('en-chinadaily-cultural-center.txt');
const RUSSIAN = samplePath('ru-news-agencies-forum-astana.txt');

let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-cli-'));
  dataDir = join(dir, 'library');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], { stdin = '', env = {} as NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => stdin, env },
    '9.9.9',
  );
  return { code, stdout, stderr };
}
const inLibrary = (args: string[], options?: { stdin?: string }) => run([...args, '--data-dir', dataDir], options);

describe('factdesk analyze', () => {
  it('prints the article and its claims as JSON, with offsets into the body', async () => {
    const { code, stdout, stderr } = await run(['analyze', CHINADAILY, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result.article).sort()).toEqual(['author', 'body', 'excluded', 'language', 'publishedAt', 'source', 'title', 'url'].sort());
    expect(result.article).toMatchObject({ title: 'Kazakhstan, China deepen cultural cooperation', language: 'en', author: 'Yang Ran' });
    expect(result.article.publishedAt).toMatch(/^2025-09-03/);
    for (const range of result.article.excluded) {
      expect(Object.keys(range).sort()).toEqual(['end', 'reason', 'start', 'text']);
      expect(result.article.body.slice(range.start, range.end)).toBe(range.text);
    }
    expect(result.article.excluded.map((range: { reason: string }) => range.reason)).toContain('spam');
    expect(result.claims.length).toBeGreaterThan(3);
    for (const claim of result.claims) {
      expect(Object.keys(claim).sort()).toEqual(['checkables', 'end', 'kind', 'quote', 'reasons', 'score', 'speaker', 'start'].sort());
      for (const part of claim.checkables) expect(claim.quote.slice(part.start, part.end)).toBe(part.text);
      expect(result.article.body.slice(claim.start, claim.end)).toBe(claim.quote);
    }
    expect(result.claims.some((claim: { quote: string }) => claim.quote.includes('$43.82 billion'))).toBe(true);
    const parts = result.claims.flatMap((claim: { checkables: { kind: string; text: string }[] }) => claim.checkables);
    expect(parts).toContainEqual(expect.objectContaining({ kind: 'figure', text: '$43.82 billion' }));
  });

  it('does not touch the library', async () => {
    await run(['analyze', CHINADAILY, '--json', '--data-dir', dataDir]);
    await expect(readdir(dataDir)).rejects.toThrow();
  });
});

describe('factdesk import, list, claims, set-status', () => {
  it('imports files and works on their claims through the library', async () => {
    const imported = await inLibrary(['import', CHINADAILY, RUSSIAN, '--json']);
    expect(imported.code).toBe(0);
    const rows = JSON.parse(imported.stdout) as Array<{ id: string; title: string; claimCount: number }>;
    expect(rows.map((row) => row.title)).toEqual([
      'Kazakhstan, China deepen cultural cooperation',
      'В Астане прошёл форум информационных агентств «Китай - Центральная Азия»',
    ]);
    expect(rows.every((row) => /^a[0-9a-f]{12}$/.test(row.id) && row.claimCount > 0)).toBe(true);

    const listed = JSON.parse((await inLibrary(['list', '--json'])).stdout) as Array<{ id: string }>;
    expect(listed.map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());

    const claims = JSON.parse((await inLibrary(['claims', rows[0]!.id, '--json'])).stdout) as Array<{ id: string; status: string }>;
    expect(claims[0]).toMatchObject({ status: 'unverified', note: '' });
    const set = await inLibrary(['set-status', claims[0]!.id, 'false', '--note', 'Customs says 5.1%']);
    expect(set).toMatchObject({ code: 0, stderr: '' });
    const after = JSON.parse((await inLibrary(['claims', rows[0]!.id, '--json'])).stdout) as Array<{ id: string; status: string; note: string }>;
    expect(after[0]).toMatchObject({ id: claims[0]!.id, status: 'false', note: 'Customs says 5.1%' });

    const table = await inLibrary(['list']);
    expect(table.stdout).toContain('Kazakhstan, China deepen cultural cooperation');
    expect(table.stdout).toContain(`1/${rows[0]!.claimCount}`);
  });

  it('imports every format, and skips what the library has already', async () => {
    const page = join(dir, 'trade.html');
    await writeFile(
      page,
      '<html lang="en"><head><title>Trade grows | Example News</title><link rel="canonical" href="https://news.example.org/trade">' +
        '<script>process.exit(9)</script></head><body><nav>Home | World</nav><article><h1>Trade grows</h1>' +
        '<p>Trade between Kazakhstan and China reached $43.8 billion in 2024, the customs office said on Monday.</p></article></body></html>',
    );
    const pdf = join(dir, 'figures.pdf');
    await writeFile(pdf, buildTestPdf({ pages: [{ lines: layOutLines(['Exports rose 12 percent to $3.4 billion in 2024, the ministry said.'], 72, 720) }], info: { Title: 'Export figures' } }));
    const docx = join(dir, 'memo.docx');
    await writeFile(docx, await buildTestDocx({ title: 'Memo', paragraphs: ['Imports fell by 5 percent in March, the statistics bureau said.'] }));

    const analyzed = JSON.parse((await run(['analyze', page, '--json'])).stdout) as { article: { title: string; url: string; body: string }; claims: unknown[] };
    expect(analyzed.article).toMatchObject({ title: 'Trade grows', url: 'https://news.example.org/trade' });
    expect(analyzed.article.body).not.toMatch(/Home|process\.exit/);
    expect(analyzed.claims).toHaveLength(1);

    const imported = await inLibrary(['import', page, pdf, docx, '--json']);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(imported.stdout) as { title: string }[]).map((row) => row.title)).toEqual(['Trade grows', 'Export figures', 'Memo']);
    const again = await inLibrary(['import', pdf, CHINADAILY, '--json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { title: string }[]).map((row) => row.title)).toEqual(['Kazakhstan, China deepen cultural cooperation']);
    expect(again.stderr).toMatch(/^factdesk: skipped "Export figures": already in the library as a[0-9a-f]{12}\n$/);
    expect(JSON.parse((await inLibrary(['list', '--json'])).stdout)).toHaveLength(4);
  });

  it('imports a web address, and refuses one that cannot be fetched with exit 2', async () => {
    const server = createServer((request, response) => {
      if (request.url !== '/trade') return void response.writeHead(404, 'Not Found').end();
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><head><title>Trade grows</title></head><body><article><p>Trade reached $43.8 billion in 2024, the customs office said.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const imported = await inLibrary(['import', `${base}/trade`, '--json']);
      expect(imported).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(imported.stdout)).toEqual([expect.objectContaining({ title: 'Trade grows', claimCount: 1 })]);
      const missing = await inLibrary(['import', `${base}/gone`]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(`factdesk: Could not fetch ${base}/gone: the site answered 404 Not Found. Nothing was added.\n`);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('imports nothing when any file is bad', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '   \n');
    const result = await inLibrary(['import', CHINADAILY, empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^factdesk: .*empty\.txt/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect((await inLibrary(['list', '--json'])).stdout.trim()).toBe('[]');
  });

  it('refuses an unknown status or claim with exit 2 and changes nothing', async () => {
    const [row] = JSON.parse((await inLibrary(['import', CHINADAILY, '--json'])).stdout) as Array<{ id: string }>;
    const claims = JSON.parse((await inLibrary(['claims', row!.id, '--json'])).stdout) as Array<{ id: string }>;
    const path = join(dataDir, 'articles', `${row!.id}.json`);
    const before = await readFile(path, 'utf8');
    expect(await inLibrary(['set-status', claims[0]!.id, 'true'])).toMatchObject({ code: 2 });
    expect((await inLibrary(['set-status', `${row!.id}-ffffffff`, 'false'])).stderr).toMatch(/claim was not found/);
    expect(await inLibrary(['set-status', 'nonsense', 'false'])).toMatchObject({ code: 2 });
    expect(await inLibrary(['claims', 'a000000000000'])).toMatchObject({ code: 2 });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('imports at the sensitivity set in the app’s preferences, or at --threshold', async () => {
    const claimCount = async (args: string[]) => {
      // An empty library each time (the preferences stay), so the import is never skipped as a duplicate.
      await rm(join(dataDir, 'library.json'), { force: true });
      await rm(join(dataDir, 'articles'), { recursive: true, force: true });
      const result = await inLibrary(['import', CHINADAILY, '--json', ...args]);
      expect(result.stderr).toBe('');
      return (JSON.parse(result.stdout) as Array<{ claimCount: number }>)[0]!.claimCount;
    };
    const atDefault = await claimCount([]);
    await writeFile(join(dataDir, 'preferences.json'), JSON.stringify({ schemaVersion: 1, claimThreshold: 0.1 }));
    const atPreference = await claimCount([]);
    expect(atPreference).toBeGreaterThan(atDefault);
    expect(await claimCount(['--threshold', '0.1'])).toBe(atPreference);
    expect(await claimCount(['--threshold', '0.95'])).toBeLessThan(atDefault);
    const analyzed = JSON.parse((await inLibrary(['analyze', CHINADAILY, '--json'])).stdout) as { claims: unknown[] };
    expect(analyzed.claims).toHaveLength(atPreference);
  });

  it('refuses a --threshold out of range with exit 1, and warns about damaged preferences', async () => {
    for (const threshold of ['2', '0.33', 'high', '']) {
      const result = await inLibrary(['import', CHINADAILY, '--threshold', threshold]);
      expect(result.code, threshold).toBe(1);
      expect(result.stderr).toMatch(/^factdesk: --threshold must be a number from 0.05 to 0.95/);
    }
    await expect(readdir(dataDir)).rejects.toThrow();
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'preferences.json'), '{ damaged');
    const result = await inLibrary(['import', CHINADAILY]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^factdesk: warning: The preferences file .* is damaged/);
    expect(await readFile(join(dataDir, 'preferences.json'), 'utf8')).toBe('{ damaged');
  });

  it('uses FACTDESK_DATA_DIR when no --data-dir is given', async () => {
    await run(['import', CHINADAILY], { env: { FACTDESK_DATA_DIR: dataDir } });
    expect(await readdir(join(dataDir, 'articles'))).toHaveLength(1);
  });
});

describe('factdesk backup, restore', () => {
  /** The backup's text without the two lines that may differ between backups of the same library. */
  const withoutTimestamps = (text: string) => text.replace(/\n {2}"createdAt": "[^"]*",\n/, '\n').replace(/\n {2}"app": \{\n {4}"version": "[^"]*"\n {2}\},\n/, '\n');

  it('backs up the library, restores it into an empty one, and a second backup is the same file apart from its timestamps', async () => {
    const rows = JSON.parse((await inLibrary(['import', CHINADAILY, RUSSIAN, '--json'])).stdout) as Array<{ id: string }>;
    const claims = JSON.parse((await inLibrary(['claims', rows[0]!.id, '--json'])).stdout) as Array<{ id: string }>;
    await inLibrary(['set-status', claims[0]!.id, 'misleading', '--note', 'See the customs table']);
    await writeFile(join(dataDir, 'preferences.json'), JSON.stringify({ schemaVersion: 1, claimThreshold: 0.35 }));

    const out = join(dir, 'backup.json');
    const backedUp = await inLibrary(['backup', '--out', out]);
    expect(backedUp).toEqual({ code: 0, stdout: `Backed up 2 articles to ${out}\n`, stderr: '' });
    const first = await readFile(out, 'utf8');
    expect(JSON.parse(first)).toMatchObject({ format: 'factdesk-backup', app: { version: '9.9.9' }, preferences: { claimThreshold: 0.35 } });

    const restoredDir = join(dir, 'restored');
    const restored = await run(['restore', out, '--data-dir', restoredDir]);
    expect(restored).toEqual({ code: 0, stdout: `Restored 2 articles from ${out}\n`, stderr: '' });
    const listed = JSON.parse((await run(['list', '--json', '--data-dir', restoredDir])).stdout) as Array<{ id: string }>;
    expect(listed.map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
    const after = JSON.parse((await run(['claims', rows[0]!.id, '--json', '--data-dir', restoredDir])).stdout) as Array<{ id: string; status: string; note: string }>;
    expect(after[0]).toMatchObject({ id: claims[0]!.id, status: 'misleading', note: 'See the customs table' });
    expect(JSON.parse(await readFile(join(restoredDir, 'preferences.json'), 'utf8'))).toMatchObject({ claimThreshold: 0.35 });

    const again = join(dir, 'again.json');
    expect((await run(['backup', '--out', again, '--data-dir', restoredDir])).code).toBe(0);
    expect(withoutTimestamps(await readFile(again, 'utf8'))).toBe(withoutTimestamps(first));
  });

  it('replaces an existing backup only with --force', async () => {
    await inLibrary(['import', CHINADAILY]);
    const out = join(dir, 'backup.json');
    await writeFile(out, 'keep me');
    const refused = await inLibrary(['backup', '--out', out]);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: `factdesk: ${out} already exists; add --force to replace it. Nothing was written.\n` });
    expect(await readFile(out, 'utf8')).toBe('keep me');
    expect(await inLibrary(['backup', '--out', out, '--force'])).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(await readFile(out, 'utf8')).articles).toHaveLength(1);
  });

  it('refuses a library that is not empty, and a damaged file, with exit 2, writing nothing', async () => {
    await inLibrary(['import', CHINADAILY]);
    const out = join(dir, 'backup.json');
    await inLibrary(['backup', '--out', out]);
    const before = await readdir(join(dataDir, 'articles'));
    const refused = await inLibrary(['restore', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'factdesk: The library is not empty (1 article). Restore into an empty library: name a new folder with --data-dir DIR, or delete its articles first. Nothing was changed.\n',
    );
    expect(await readdir(join(dataDir, 'articles'))).toEqual(before);

    const text = await readFile(out, 'utf8');
    const cut = join(dir, 'cut.json');
    await writeFile(cut, text.slice(0, text.length - 200));
    const emptyDir = join(dir, 'empty');
    const damaged = await run(['restore', cut, '--data-dir', emptyDir]);
    expect(damaged).toEqual({ code: 2, stdout: '', stderr: 'factdesk: “cut.json” is damaged or cut short (it is not complete JSON). Nothing was restored.\n' });
    await expect(readdir(emptyDir)).rejects.toThrow();
  });

  it('exits 1 without --out or FILE', async () => {
    for (const args of [['backup'], ['backup', 'x.json'], ['restore'], ['restore', 'a.json', 'b.json']]) {
      const result = await inLibrary(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/^factdesk: [^\n]+\n$/);
    }
    expect((await run(['--help'])).stdout).toMatch(/factdesk backup --out FILE \[--force\][\s\S]*factdesk restore FILE/);
  });
});

describe.skipIf(findChromium() === null)('factdesk export', () => {
  it('writes the report PDF to the path, with the statuses and the note', async () => {
    const [row] = JSON.parse((await inLibrary(['import', RUSSIAN, '--json'])).stdout) as Array<{ id: string }>;
    const claims = JSON.parse((await inLibrary(['claims', row!.id, '--json'])).stdout) as Array<{ id: string }>;
    await inLibrary(['set-status', claims[0]!.id, 'misleading', '--note', 'Меморандум подписан 3 июня; see <b>TASS</b>']);
    const out = join(dir, 'out', 'report.pdf');
    await mkdir(join(dir, 'out'));
    const result = await inLibrary(['export', row!.id, '--format', 'pdf', '--out', out, '--paper', 'Letter']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe(out);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('В Астане прошёл форум');
    expect(text).toContain('Misleading');
    expect(text).toContain('Unverified');
    expect(text).toContain('Меморандум подписан 3 июня; see <b>TASS</b>');
    const size = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+612 x 792/);
  });

  it('writes nothing for an unknown article', async () => {
    const out = join(dir, 'nothing.pdf');
    expect(await inLibrary(['export', 'a000000000000', '--format', 'pdf', '--out', out])).toMatchObject({ code: 2 });
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe('factdesk checkworthy', () => {
  it('answers one JSON object per input line, in order', async () => {
    const stdin = [
      'China-Kazakhstan bilateral trade value grew 6.8 percent year-on-year to $43.82 billion last year.',
      'Thank you all for coming!',
      '',
      'Товарооборот между странами в 2024 году вырос на 6,8 процента.',
    ].join('\n');
    const { code, stdout } = await run(['checkworthy'], { stdin });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['checkworthy', 'score']);
    expect(lines[0]).toMatchObject({ checkworthy: true });
    expect(lines[1]).toMatchObject({ checkworthy: false });
    expect(lines[2]).toMatchObject({ checkworthy: false });
    expect(lines[0].score).toBeGreaterThan(lines[1].score);
    const russian = await run(['checkworthy', '--lang', 'ru'], { stdin: lines.length ? 'Товарооборот между странами в 2024 году вырос на 6,8 процента.\n' : '' });
    expect(JSON.parse(russian.stdout)).toMatchObject({ checkworthy: true });
  });

  it('adds the reasons with --reasons, and draws the line at --threshold', async () => {
    const stdin = 'China-Kazakhstan bilateral trade value grew 6.8 percent year-on-year to $43.82 billion last year.\n';
    const explained = JSON.parse((await run(['checkworthy', '--reasons'], { stdin })).stdout);
    expect(Object.keys(explained).sort()).toEqual(['checkworthy', 'reasons', 'score']);
    expect(explained.reasons).toEqual(expect.arrayContaining(['figure: $43.82 billion', 'percentage: 6.8 percent']));
    const plain = JSON.parse((await run(['checkworthy'], { stdin })).stdout);
    expect(plain.score).toBe(explained.score);
    const strict = JSON.parse((await run(['checkworthy', '--threshold', '0.95'], { stdin: 'We have made some progress in culture.\n' })).stdout);
    const lenient = JSON.parse((await run(['checkworthy', '--threshold', '0.05'], { stdin: 'We have made some progress in culture.\n' })).stdout);
    expect([strict.checkworthy, lenient.checkworthy]).toEqual([false, true]);
    expect((await run(['checkworthy', '--threshold', '2'], { stdin })).code).toBe(1);
  });
});

describe('usage errors', () => {
  it('exits 1 with a one-line message', async () => {
    for (const args of [['frobnicate'], ['analyze'], ['list', '--bogus'], ['checkworthy', '--lang', 'xx'], ['export', 'a000000000000', '--format', 'docx', '--out', 'x.pdf']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/^factdesk: [^\n]+\n$/);
    }
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('factdesk checkworthy');
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
  });

  it('exits 2 for a missing file, naming it', async () => {
    const result = await run(['analyze', join(dir, 'missing.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.txt');
  });
});
