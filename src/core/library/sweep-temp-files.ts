// What a killed writer leaves behind. Temporary files: a write goes to `.<name>.<8 hex>.tmp` beside its target
// (see write-file-atomic.ts) and the lock to `library.lock.<8 hex>.tmp`; after a crash nothing renames or
// removes them. Unlisted article files: an import writes the article's file before the index line naming it,
// and a deletion removes the line before the file; killed in between, the file is one no change acknowledged.
// Only the writer that now holds the lock sweeps, so no live write's file is taken.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleId } from '../ids';

const TEMP_FILE = /^(?:\..+|library\.lock)\.[0-9a-f]{8}\.tmp$/u;

/** Removes left-over temporary files in these folders; how many were removed. A folder that is missing is skipped. */
export async function sweepTempFiles(folders: readonly string[]): Promise<number> {
  let removed = 0;
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!TEMP_FILE.test(name)) continue;
      await rm(join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

const ARTICLE_FILE = /^(.+)\.json$/u;

/**
 * Removes the article files in `articlesDir` the index does not list; how many were removed. Only for an index
 * read whole: one rebuilt from the article files (after damage) lists what they hold instead.
 */
export async function sweepUnlistedArticles(articlesDir: string, isListed: (articleId: string) => boolean): Promise<number> {
  let removed = 0;
  for (const name of await readdir(articlesDir).catch(() => [] as string[])) {
    const articleId = ARTICLE_FILE.exec(name)?.[1];
    if (articleId === undefined || !isArticleId(articleId) || isListed(articleId)) continue;
    await rm(join(articlesDir, name), { force: true });
    removed += 1;
  }
  return removed;
}
