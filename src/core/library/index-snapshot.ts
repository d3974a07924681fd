// library.json, the index's snapshot: every summary as of one journal line. Read whole on opening; written
// now and then (compaction), a few hundred summaries at a time with a wait for the disk between them, so
// writing a newsroom's index (megabytes) never holds the main thread for long. One summary a line, which is
// still plain JSON. Always flushed before it replaces the old file: only then may the journal lines it holds
// be dropped.
import { randomBytes } from 'node:crypto';
import { open, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FactdeskError } from '../errors';
import { DamagedFileError } from './damaged-file-error';
import { renameWithRetry, syncDirectory } from '../fs/write-file-atomic';
import type { IndexFile } from './schema';

/** Summaries serialised between two waits: about 200 KB, a millisecond or two of work. */
const SUMMARIES_PER_CHUNK = 200;

export interface IndexSnapshotText {
  data: unknown;
  bytes: number;
}

/** The parsed file and its size; null when there is none. */
export async function readIndexSnapshot(path: string): Promise<IndexSnapshotText | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new FactdeskError('io', `The library file ${path} could not be read (${String(error)}). It was left untouched.`);
  }
  try {
    const data = JSON.parse(bytes.toString('utf8')) as unknown;
    return data === null ? null : { data, bytes: bytes.length };
  } catch {
    throw new DamagedFileError(`The library file ${path} is damaged (it is not valid JSON). It was left untouched.`);
  }
}

/** Writes the snapshot atomically and durably; resolves to its size in bytes. */
export async function writeIndexSnapshot(path: string, { schemaVersion, journalSeq, articles }: IndexFile): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  let bytes = 0;
  try {
    const handle = await open(temp, 'w');
    try {
      const write = async (text: string) => {
        const chunk = Buffer.from(text, 'utf8');
        // FileHandle.writeFile writes it all, looping over short writes.
        await handle.writeFile(chunk);
        bytes += chunk.length;
      };
      await write(`{"schemaVersion":${schemaVersion},"journalSeq":${journalSeq},"articles":[`);
      for (let start = 0; start < articles.length; start += SUMMARIES_PER_CHUNK) {
        const lines = articles.slice(start, start + SUMMARIES_PER_CHUNK).map((summary) => JSON.stringify(summary));
        await write(`${start === 0 ? '' : ','}\n${lines.join(',\n')}`);
      }
      await write('\n]}\n');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
  return bytes;
}
