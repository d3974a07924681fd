// Repairs a library opened for writing: a damaged library.json or article file is moved aside and replaced by its
// newest good copy from the daily backups, and the list of articles is checked against the article files (they
// hold every summary), so an article added or deleted after the backup is found again. Each repair leaves a
// notice saying what happened, what was recovered, and what may be lost.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from '../../shared/model';
import { isArticleId } from '../ids';
import { ARTICLES_DIR, articleFileName, articlePathIn, readArticleFile } from './article-file';
import { summarizeArticle } from './article-summary';
import { DamagedFileError } from './damaged-file-error';
import { findGoodCopy, moveAside, restoreCopy, type LibraryNotice } from './damage-recovery';
import type { JsonDocument } from './json-document';
import { migrateArticleFile, migrateIndexFile, type ArticleFile } from './schema';

export const INDEX_FILE = 'library.json';
export const JOURNAL_FILE = 'library.journal';

export interface RepairContext {
  dataDir: string;
  now: () => Date;
  isDurable: boolean;
  notices: LibraryNotice[];
}

/** Moves a damaged library.json aside and puts its newest good backup in its place; says whether one was found. */
export async function repairIndexFile({ dataDir, now, notices }: RepairContext, problem: string): Promise<void> {
  const movedTo = await moveAside(dataDir, INDEX_FILE, now());
  // Only checked here: the copy is read and migrated again, with its articles, as library.json.
  const copy = await findGoodCopy(dataDir, INDEX_FILE, (data, path) => migrateIndexFile(data, path, { readArticle: async () => null }));
  if (copy) await restoreCopy(dataDir, INDEX_FILE, copy.bytes);
  const restored = copy
    ? `The copy backed up on ${copy.day} was restored, and articles added, changed or deleted since then were found again from their own files.`
    : 'No backup held a good copy, so the list was rebuilt from the article files.';
  notices.push({
    level: 'info',
    file: INDEX_FILE,
    movedTo,
    message: `The library's list of articles (${INDEX_FILE}) was damaged (${problem}). It was moved to ${movedTo}. ${restored}`,
  });
}

/** Moves a journal with damaged lines aside; the store has written library.json with its good lines first. */
export async function setJournalAside({ dataDir, now, notices }: RepairContext, damagedLines: readonly number[], goodLines: number): Promise<void> {
  const movedTo = await moveAside(dataDir, JOURNAL_FILE, now());
  notices.push({
    level: 'info',
    file: JOURNAL_FILE,
    movedTo,
    message:
      `The library's journal of recent changes (${JOURNAL_FILE}) was damaged (line${damagedLines.length === 1 ? '' : 's'} ${damagedLines.join(', ')}). ` +
      `It was moved to ${movedTo}. The library was opened from ${INDEX_FILE} and the ${goodLines} good change${goodLines === 1 ? '' : 's'} in it, ` +
      'and its list of articles was checked against the article files.',
  });
}

/** The article's file, checked and migrated, or a DamagedFileError; `check` for findGoodCopy. */
async function checkArticleCopy(articleId: string, data: unknown, path: string): Promise<ArticleFile> {
  const file = await migrateArticleFile(data, path);
  if (file.article.id !== articleId) throw new DamagedFileError(`${path} holds another article.`);
  return file;
}

export interface RepairedArticle {
  file: JsonDocument<ArticleFile>;
  wasMigrated: boolean;
}

/**
 * Moves a damaged article file aside and restores its newest good backup; null when none holds one (the caller
 * drops the article from the list). `title` names it in the notice.
 */
export async function repairArticleFile(context: RepairContext, articleId: string, title: string | null): Promise<RepairedArticle | null> {
  const { dataDir, now, notices, isDurable } = context;
  const fileName = articleFileName(articleId);
  const movedTo = await moveAside(dataDir, fileName, now());
  const copy = await findGoodCopy(dataDir, fileName, (data, path) => checkArticleCopy(articleId, data, path));
  const name = title === null ? `An article (${fileName})` : `The article “${title}” (${fileName})`;
  if (!copy) {
    notices.push({
      level: 'error',
      file: fileName,
      movedTo,
      message: `${name} was damaged and no backup held a good copy. It was moved to ${movedTo} and removed from the library.`,
    });
    return null;
  }
  await restoreCopy(dataDir, fileName, copy.bytes);
  notices.push({
    level: 'error',
    file: fileName,
    movedTo,
    message: `${name} was damaged. It was moved to ${movedTo} and the copy backed up on ${copy.day} was restored; changes made to it after that day are lost.`,
  });
  return readArticleFile(articlePathIn(dataDir, articleId), isDurable);
}

/**
 * Brings the list of articles in line with the article files, after library.json or the journal was repaired:
 * a file the list does not name is added (repaired first if damaged), an entry with no file is dropped.
 * Changes `entries` in place; the caller writes library.json. Returns the documents read, to keep in memory.
 */
export async function reconcileWithArticleFiles(context: RepairContext, entries: Map<string, ArticleSummary>): Promise<Map<string, RepairedArticle>> {
  const names = await readdir(join(context.dataDir, ARTICLES_DIR)).catch(() => [] as string[]);
  const ids = new Set(names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).filter(isArticleId));
  const read = new Map<string, RepairedArticle>();
  for (const id of entries.keys()) if (!ids.has(id)) entries.delete(id);
  for (const id of ids) {
    if (entries.has(id)) continue;
    let article: RepairedArticle | null;
    try {
      article = await readArticleFile(articlePathIn(context.dataDir, id), context.isDurable);
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      article = await repairArticleFile(context, id, null);
    }
    if (!article) continue;
    entries.set(id, summarizeArticle(article.file.data));
    read.set(id, article);
  }
  return read;
}
