// Where an article's document lives, and reading it brought up to the current schema.
import { join } from 'node:path';
import { readJsonDocument, type JsonDocument } from './json-document';
import { isOlderSchema, migrateArticleFile, type ArticleFile } from './schema';

export const ARTICLES_DIR = 'articles';

/** `articles/<id>.json`, relative to the library folder. */
export function articleFileName(articleId: string): string {
  return join(ARTICLES_DIR, `${articleId}.json`);
}

export function articlePathIn(dataDir: string, articleId: string): string {
  return join(dataDir, articleFileName(articleId));
}

/** An article's file, brought up to the current schema; `wasMigrated` when it was older. Null when missing. */
export async function readArticleFile(path: string, isDurable: boolean): Promise<{ file: JsonDocument<ArticleFile>; wasMigrated: boolean } | null> {
  let wasMigrated = false;
  const file = await readJsonDocument(
    path,
    (data) => {
      wasMigrated = isOlderSchema(data);
      return migrateArticleFile(data, path);
    },
    { isDurable },
  );
  return file ? { file, wasMigrated } : null;
}
