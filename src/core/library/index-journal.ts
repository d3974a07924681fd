// The index's journal, library.journal: the changes of summaries since library.json was written, one JSON
// line each, appended in the order they were made:
//
//   {"v":4,"seq":12,"put":[{…summary…}]}    articles added, or their summaries changed
//   {"v":4,"seq":13,"delete":["a1b2…"]}     articles removed
//
// A change writes one line with a single write at the end of the last whole line, so a change of several
// articles (an import of many files) is one line: all of it or none. Opening replays the lines whose `seq`
// is past the one library.json holds (its `journalSeq`). A crash in the middle of a write leaves a line
// without its end (or a damaged last line after a power loss): that change was never acknowledged, so the
// line is ignored, and a writer writes over it. A damaged line with whole lines after it is not a crash:
// the library is reported damaged and left untouched. A line written by a newer Factdesk (a higher `v`)
// is refused as library.json at a newer version is.
import { constants } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ArticleSummary } from '../../shared/model';
import { FactdeskError } from '../errors';
import { syncDirectory, writeFileAtomic } from '../fs/write-file-atomic';
import { isArticleId } from '../ids';
import { FIRST_JOURNAL_VERSION, SCHEMA_VERSION, isIndexEntry, migrateSummary, newerVersionError } from './schema';

/** The first schema version with a journal: lines say the version their summaries are at. */
const NEWLINE = 0x0a;

export interface JournalRecord {
  seq: number;
  /** Summaries added or replaced, by id. */
  put: ArticleSummary[];
  /** Articles removed. */
  delete: string[];
}

export interface ParsedJournal {
  /** The whole lines, in the order they were written. */
  records: JournalRecord[];
  /** Bytes up to the end of the last good line: what a writer keeps. */
  validBytes: number;
  /** Bytes after it: a line cut by a crash (or damaged at the end), ignored. */
  ignoredBytes: number;
  /** With `isSkippingDamage`, the damaged lines skipped before the last good one (1-based); absent when none. */
  damagedLines?: number[];
}

/** One line: the record as JSON and its end, in the journal's format. */
export function formatJournalRecord({ seq, put, delete: deleted }: JournalRecord): string {
  const record: Record<string, unknown> = { v: SCHEMA_VERSION, seq };
  if (put.length > 0) record['put'] = put;
  if (deleted.length > 0) record['delete'] = deleted;
  return `${JSON.stringify(record)}\n`;
}

type LineResult = { record: JournalRecord } | { newerVersion: number } | null;

const isRecordObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readLine(text: string, previousSeq: number): LineResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecordObject(data)) return null;
  const { v: version, seq, put: written = [], delete: deleted = [] } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_JOURNAL_VERSION) return null;
  if (version > SCHEMA_VERSION) return { newerVersion: version };
  // A line an older Factdesk wrote says what its summaries said then.
  const put: unknown = Array.isArray(written) ? written.map((summary: unknown) => migrateSummary(summary, version)) : written;
  // Lines only ever go up: one that does not is not a line this journal wrote.
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq <= previousSeq) return null;
  if (!Array.isArray(put) || !put.every(isIndexEntry)) return null;
  if (!Array.isArray(deleted) || !deleted.every((id): id is string => typeof id === 'string' && isArticleId(id))) return null;
  if (put.length === 0 && deleted.length === 0) return null;
  return { record: { seq, put, delete: deleted } };
}

/**
 * Reads a journal's bytes; throws for a line of a newer Factdesk, and for a damaged line before the last one
 * unless `isSkippingDamage` (a store that repairs the library keeps the good lines and says which were lost).
 */
export function parseIndexJournal(bytes: Uint8Array, fileName: string, { isSkippingDamage = false } = {}): ParsedJournal {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: JournalRecord[] = [];
  let validBytes = 0;
  let damagedAt: number | null = null;
  const pending: number[] = [];
  const damagedLines: number[] = [];
  let lineNumber = 0;
  let start = 0;
  for (let end = buffer.indexOf(NEWLINE, start); end !== -1; start = end + 1, end = buffer.indexOf(NEWLINE, start)) {
    lineNumber += 1;
    const line = readLine(buffer.toString('utf8', start, end), records.at(-1)?.seq ?? 0);
    if (line !== null && 'newerVersion' in line) throw newerVersionError(fileName, line.newerVersion);
    if (line === null) {
      damagedAt ??= records.length + 1;
      pending.push(lineNumber);
      continue;
    }
    if (damagedAt !== null && isSkippingDamage) {
      damagedLines.push(...pending.splice(0));
      damagedAt = null;
    } else if (damagedAt !== null) {
      throw new FactdeskError(
        'io',
        `The library file ${fileName} is damaged (its line ${damagedAt} is not a change Factdesk wrote). It was left untouched.`,
      );
    }
    records.push(line.record);
    validBytes = end + 1;
  }
  return { records, validBytes, ignoredBytes: buffer.length - validBytes, ...(damagedLines.length > 0 ? { damagedLines } : {}) };
}

/** The journal's bytes, or null when there is none. */
export async function readJournalBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new FactdeskError('io', `The library file ${path} could not be read (${String(error)}). It was left untouched.`);
  }
}

/**
 * Applies the records after `afterSeq` to the summaries, in order; returns the last seq seen (or `afterSeq`).
 * A summary put again keeps its place; a new one goes last, as it would in library.json.
 */
export function replayJournal(entries: Map<string, ArticleSummary>, records: readonly JournalRecord[], afterSeq: number): number {
  let seq = afterSeq;
  for (const record of records) {
    if (record.seq <= afterSeq) continue;
    applyJournalRecord(entries, record);
    seq = record.seq;
  }
  return seq;
}

export function applyJournalRecord(entries: Map<string, ArticleSummary>, record: JournalRecord): void {
  for (const id of record.delete) entries.delete(id);
  for (const summary of record.put) entries.set(summary.id, summary);
}

export interface JournalWriterState {
  /** Where the next line goes: the end of the last good line. */
  size: number;
  /** The file holds bytes past `size` (a cut line) to be cut before the next line. */
  hasIgnoredBytes: boolean;
  /** The file exists on disk (once created, its folder entry was flushed). */
  exists: boolean;
  isDurable: boolean;
}

/**
 * Appends lines for a store opened for writing. The file is opened for each line (a millisecond's work
 * either way), so a journal replaced by compaction or removed is simply created again.
 */
export class JournalWriter {
  readonly #path: string;
  readonly #isDurable: boolean;
  #size: number;
  #hasIgnoredBytes: boolean;
  #exists: boolean;

  constructor(path: string, { size, hasIgnoredBytes, exists, isDurable }: JournalWriterState) {
    this.#path = path;
    this.#size = size;
    this.#hasIgnoredBytes = hasIgnoredBytes;
    this.#exists = exists;
    this.#isDurable = isDurable;
  }

  /** Bytes of good lines in the file. */
  get size(): number {
    return this.#size;
  }

  /** Resolves once the line is in the file (and on the disk, when durable); a failed line counts as never written. */
  async append(record: JournalRecord): Promise<void> {
    const bytes = Buffer.from(formatJournalRecord(record), 'utf8');
    const handle = await open(this.#path, constants.O_WRONLY | constants.O_CREAT);
    try {
      // What a crash or a failed write left after the last good line is cut, so it can never sit between two lines.
      if (this.#hasIgnoredBytes) await handle.truncate(this.#size);
      this.#hasIgnoredBytes = true;
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, this.#size + written);
        written += bytesWritten;
      }
      if (this.#isDurable) await handle.datasync();
    } finally {
      await handle.close();
    }
    if (!this.#exists && this.#isDurable) await syncDirectory(dirname(this.#path));
    this.#exists = true;
    this.#hasIgnoredBytes = false;
    this.#size += bytes.length;
  }

  /**
   * Keeps only the lines from byte `offset` on: those written after library.json was last written. The
   * journal is replaced whole (or removed), so a reader sees either the old one or the new one.
   */
  async keepFrom(offset: number): Promise<void> {
    if (offset >= this.#size) {
      await this.remove();
      return;
    }
    const tail = Buffer.alloc(this.#size - offset);
    const handle = await open(this.#path, 'r');
    try {
      let read = 0;
      while (read < tail.length) {
        const { bytesRead } = await handle.read(tail, read, tail.length - read, offset + read);
        if (bytesRead === 0) throw new FactdeskError('io', `The library file ${this.#path} is shorter than it was written.`);
        read += bytesRead;
      }
    } finally {
      await handle.close();
    }
    // Always flushed: the lines before `offset` are gone from the journal only once library.json holds them.
    await writeFileAtomic(this.#path, tail, { isDurable: true });
    this.#size = tail.length;
    this.#hasIgnoredBytes = false;
    this.#exists = true;
  }

  /** Removes the journal (library.json holds every line of it). */
  async remove(): Promise<void> {
    await rm(this.#path, { force: true });
    await syncDirectory(dirname(this.#path));
    this.#size = 0;
    this.#hasIgnoredBytes = false;
    this.#exists = false;
  }
}
