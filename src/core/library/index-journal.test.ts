import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/model';
import { makeDocument } from '../test-fixtures';
import { summarizeArticle } from './article-summary';
import { JournalWriter, formatJournalRecord, parseIndexJournal, replayJournal, type JournalRecord } from './index-journal';
import { SCHEMA_VERSION } from './schema';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const summary = (title = 'Trade grows'): ArticleSummary => ({ ...summarizeArticle(makeDocument()), title });
const put = (seq: number, ...summaries: ArticleSummary[]): JournalRecord => ({ seq, put: summaries, delete: [] });
const remove = (seq: number, ...ids: string[]): JournalRecord => ({ seq, put: [], delete: ids });
const bytesOf = (...parts: string[]) => Buffer.from(parts.join(''), 'utf8');
const parse = (...parts: string[]) => parseIndexJournal(bytesOf(...parts), 'library.journal');

describe('parseIndexJournal', () => {
  it('reads every whole line in order, and replays those past the snapshot in that order', () => {
    const [a, b, c] = [summary('A'), summary('B'), summary('C')];
    const lines = [put(1, a, b), put(2, { ...a, title: 'A, edited' }), remove(3, b.id), put(4, c), put(5, { ...a, title: 'A, last' })];
    const text = lines.map(formatJournalRecord).join('');
    const parsed = parse(text);
    expect(parsed.records).toEqual(lines);
    expect(parsed.validBytes).toBe(Buffer.byteLength(text));
    expect(parsed.ignoredBytes).toBe(0);

    const entries = new Map<string, ArticleSummary>();
    expect(replayJournal(entries, parsed.records, 0)).toBe(5);
    // A summary put again keeps its place; a deleted one is gone; the last line for an article wins.
    expect([...entries.values()].map((entry) => entry.title)).toEqual(['A, last', 'C']);

    // library.json already holding lines 1 to 3: only 4 and 5 are applied over it.
    const snapshot = new Map([[a.id, { ...a, title: 'from library.json' }]]);
    expect(replayJournal(snapshot, parsed.records, 3)).toBe(5);
    expect([...snapshot.values()].map((entry) => entry.title)).toEqual(['A, last', 'C']);
    const upToDate = new Map(snapshot);
    expect(replayJournal(upToDate, parsed.records, 5)).toBe(5);
    expect(upToDate).toEqual(snapshot);
  });

  it('ignores a last line cut by a crash, even in the middle of a character', () => {
    const first = formatJournalRecord(put(1, summary('Торговля растёт 增长')));
    const second = formatJournalRecord(put(2, summary('Второй')));
    for (const cut of [1, 10, second.length - 1]) {
      const torn = Buffer.concat([bytesOf(first), Buffer.from(second, 'utf8').subarray(0, cut)]);
      const parsed = parseIndexJournal(torn, 'library.journal');
      expect(parsed.records.map((record) => record.seq)).toEqual([1]);
      expect(parsed.validBytes).toBe(Buffer.byteLength(first));
      expect(parsed.ignoredBytes).toBe(torn.length - Buffer.byteLength(first));
    }
    // Cut inside a multi-byte character of the first line's only title: nothing survives, nothing is refused.
    const inCharacter = Buffer.from(first, 'utf8').subarray(0, first.indexOf('增') + 1 + 'Торговля'.length);
    expect(parseIndexJournal(inCharacter, 'library.journal')).toMatchObject({ records: [], validBytes: 0 });
  });

  it('ignores a damaged last line (a power loss may leave zeros or garbage at the end)', () => {
    const first = formatJournalRecord(put(1, summary()));
    for (const tail of ['\0\0\0\0\n', '{"v":4,"seq":2,"put":[{"id":"a0000"}]}\n', 'garbage\n\0\0']) {
      const parsed = parse(first, tail);
      expect(parsed.records.map((record) => record.seq)).toEqual([1]);
      expect(parsed.validBytes).toBe(Buffer.byteLength(first));
    }
  });

  it('reports a damaged line followed by good ones, naming the line', () => {
    const lines = [put(1, summary()), put(2, summary()), put(3, summary())].map(formatJournalRecord);
    expect(() => parse(lines[0]!, '{"v":4,"seq":2,"put":[{"id": "oops"}]}\n', lines[2]!)).toThrow(
      /library\.journal is damaged \(its line 2 is not a change Factdesk wrote\)/,
    );
    // Lines out of order are not lines this journal wrote either.
    expect(() => parse(lines[1]!, lines[0]!, lines[2]!)).toThrow(/line 2/);
  });

  it('refuses a line written by a newer Factdesk, wherever it is', () => {
    const newer = `${JSON.stringify({ v: SCHEMA_VERSION + 1, seq: 2, put: [], renamed: ['x'] })}\n`;
    const first = formatJournalRecord(put(1, summary()));
    for (const text of [[first, newer], [newer, first], [first, newer, '{"v":']]) {
      expect(() => parse(...text)).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/newer Factdesk/) }));
    }
  });

  it('reads an empty journal as no change', () => {
    expect(parse('')).toEqual({ records: [], validBytes: 0, ignoredBytes: 0 });
  });
});

describe('JournalWriter', () => {
  const path = () => join(dir, 'library.journal');
  const records = async () => parseIndexJournal(await readFile(path()), 'library.journal').records.map((record) => record.seq);

  it('appends one line per change, creating the file, durably or not', async () => {
    for (const isDurable of [true, false]) {
      await rm(path(), { force: true });
      const writer = new JournalWriter(path(), { size: 0, hasIgnoredBytes: false, exists: false, isDurable });
      await writer.append(put(1, summary()));
      await writer.append(remove(2, 'a000000000001'));
      expect(await records()).toEqual([1, 2]);
      expect(writer.size).toBe((await readFile(path())).length);
    }
  });

  it('writes over the cut line a crash left, so it never sits between two lines', async () => {
    const first = formatJournalRecord(put(1, summary()));
    // Most of a long line (an import of several articles); the next line, a delete, is much shorter.
    const cut = formatJournalRecord(put(2, summary(), summary(), summary())).slice(0, -10);
    await writeFile(path(), `${first}${cut}`);
    const parsed = parseIndexJournal(await readFile(path()), 'library.journal');
    const writer = new JournalWriter(path(), { size: parsed.validBytes, hasIgnoredBytes: parsed.ignoredBytes > 0, exists: true, isDurable: true });
    await writer.append(remove(2, 'a000000000001'));
    expect(await readFile(path(), 'utf8')).toBe(`${first}${formatJournalRecord(remove(2, 'a000000000001'))}`);
    expect(writer.size).toBe(Buffer.byteLength(first) + Buffer.byteLength(formatJournalRecord(remove(2, 'a000000000001'))));
  });

  it('counts a line that could not be written as never written', async () => {
    const writer = new JournalWriter(path(), { size: 0, hasIgnoredBytes: false, exists: false, isDurable: true });
    await writer.append(put(1, summary()));
    const written = await readFile(path());
    await rm(path());
    await mkdir(join(path(), 'blocker'), { recursive: true });
    await expect(writer.append(put(2, summary()))).rejects.toThrow();
    expect(writer.size).toBe(written.length);
    // As a write that failed halfway (a full disk) leaves the file: its first bytes after the last line.
    await rm(path(), { recursive: true });
    await writeFile(path(), Buffer.concat([written, bytesOf(formatJournalRecord(put(2, summary())).slice(0, 40))]));
    await writer.append(put(3, summary()));
    expect(await records()).toEqual([1, 3]);
    expect(writer.size).toBe((await readFile(path())).length);
  });

  it('keeps only the lines after a point, or removes the journal when none are left', async () => {
    const writer = new JournalWriter(path(), { size: 0, hasIgnoredBytes: false, exists: false, isDurable: false });
    await writer.append(put(1, summary()));
    const cut = writer.size;
    await writer.append(put(2, summary()));
    await writer.append(remove(3, 'a000000000001'));
    await writer.keepFrom(cut);
    expect(await records()).toEqual([2, 3]);
    expect(writer.size).toBe((await readFile(path())).length);
    await writer.append(put(4, summary()));
    expect(await records()).toEqual([2, 3, 4]);
    await writer.keepFrom(writer.size);
    await expect(readFile(path())).rejects.toMatchObject({ code: 'ENOENT' });
    expect(writer.size).toBe(0);
    await writer.append(put(5, summary()));
    expect(await records()).toEqual([5]);
  });
});
