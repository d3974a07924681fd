// Automatic backups of the library: once a day a writable store copies library.json, library.journal and every
// articles/<id>.json into backups/YYYY-MM-DD/ (the local date), and the last 7 days are kept. A damaged file is
// replaced by its newest good copy from there (see damage-recovery.ts).
//
// Copies, not hard links. A link shares the file's storage: it would survive the store replacing a file (that
// is a rename, a new inode), but not damage to the file itself (a disk error, a program writing into it, a cut
// write), which is what these backups are for; and the journal is appended in place, so a link would follow
// it. Each copy asks for a copy-on-write clone (COPYFILE_FICLONE), which costs no space on file systems that
// have them (Btrfs, XFS, APFS) and is an ordinary copy elsewhere. An article unchanged since the previous
// day's backup (not modified after that copy was made, same size) is hard-linked to that copy instead: backups
// are never written again, so the link costs no space and shares nothing with the live file. A day is written into a hidden temporary
// folder and renamed into place whole, so a folder named by a date is always complete.
import { ARTICLES_DIR } from './article-file';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory } from '../fs/write-file-atomic';

export const BACKUPS_DIR = 'backups';
export const KEPT_BACKUP_DAYS = 7;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** What a day's backup holds, beside the articles folder. */
const INDEX_FILES = ['library.journal', 'library.json'] as const;

/** `2025-09-04`, by the local date. */
export function formatBackupDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The days backed up, newest first. */
export async function listBackupDays(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, BACKUPS_DIR)).catch(() => []);
  return names.filter((name) => DAY_PATTERN.test(name)).sort().reverse();
}

export function backupPathOf(dataDir: string, day: string, relativePath: string): string {
  return join(dataDir, BACKUPS_DIR, day, relativePath);
}

async function copyIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await copyFile(from, to, constants.COPYFILE_FICLONE);
    return true;
  } catch (error) {
    // A file removed meanwhile (an article deleted, the journal folded in) is simply not in this backup.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Links `to` to the previous backup's copy when the live file has not changed since; false when it has (or cannot). */
async function linkUnchanged(live: string, previous: string, to: string): Promise<boolean> {
  const [liveStats, previousStats] = await Promise.all([stat(live).catch(() => null), stat(previous).catch(() => null)]);
  if (!liveStats || !previousStats || liveStats.size !== previousStats.size || liveStats.mtimeMs >= previousStats.mtimeMs) return false;
  return link(previous, to).then(
    () => true,
    () => false,
  );
}

export interface BackupResult {
  day: string;
  /** False when that day's backup already existed and was kept. */
  isCreated: boolean;
  articleCount: number;
}

/**
 * Backs the library up as `day` unless that day is backed up already (`isReplacing` takes it again, as before a
 * migration), then removes all but the newest `keep` days. The journal is copied before library.json, as opening
 * reads them, so a compaction between the two copies loses no line.
 */
export async function backUpLibrary(dataDir: string, day: string, { isReplacing = false, keep = KEPT_BACKUP_DAYS } = {}): Promise<BackupResult> {
  const backupsDir = join(dataDir, BACKUPS_DIR);
  const target = join(backupsDir, day);
  const exists = await stat(target).then(() => true, () => false);
  if (exists && !isReplacing) {
    await removeOldBackups(dataDir, keep);
    return { day, isCreated: false, articleCount: 0 };
  }
  const temp = join(backupsDir, `.${day}.${randomBytes(4).toString('hex')}.tmp`);
  let articleCount = 0;
  try {
    await mkdir(join(temp, ARTICLES_DIR), { recursive: true });
    for (const name of INDEX_FILES) await copyIfPresent(join(dataDir, name), join(temp, name));
    const previousDay = (await listBackupDays(dataDir)).find((other) => other < day);
    const names = await readdir(join(dataDir, ARTICLES_DIR)).catch(() => []);
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const [live, to] = [join(dataDir, ARTICLES_DIR, name), join(temp, ARTICLES_DIR, name)];
      const isLinked = previousDay !== undefined && (await linkUnchanged(live, join(backupsDir, previousDay, ARTICLES_DIR, name), to));
      if (isLinked || (await copyIfPresent(live, to))) articleCount += 1;
    }
    if (exists) {
      // The old copy of the day goes only once the new one is complete.
      const old = join(backupsDir, `.${day}.${randomBytes(4).toString('hex')}.old`);
      await rename(target, old);
      await rename(temp, target);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, target);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  await syncDirectory(backupsDir);
  await removeOldBackups(dataDir, keep);
  return { day, isCreated: true, articleCount };
}

/** Keeps the newest `keep` days; removes older days and what an interrupted backup left. */
async function removeOldBackups(dataDir: string, keep: number): Promise<void> {
  const backupsDir = join(dataDir, BACKUPS_DIR);
  const days = await listBackupDays(dataDir);
  for (const day of days.slice(keep)) await rm(join(backupsDir, day), { recursive: true, force: true });
  const names = await readdir(backupsDir).catch(() => []);
  for (const name of names) if (name.startsWith('.') && (name.endsWith('.tmp') || name.endsWith('.old'))) await rm(join(backupsDir, name), { recursive: true, force: true });
}
