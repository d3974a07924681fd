// Keeps the search index told of changes made through the API: after every operation that can change an
// article, the article it names (by its argument or in its answer) is marked for the next search to read
// again. Imports, deletions and restores are also caught by the index itself, from the library's summaries.
import type { ApiMethod } from '../../shared/api';
import type { ApiHandlers } from '../api-dispatch';
import type { LibrarySearch } from './library-search';

/** Operations that change no article's claims or text. */
const READ_ONLY: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'listArticles',
  'getArticle',
  'chooseImportFiles',
  'getPreferences',
  'setPreferences',
  'exportReport',
  'backupLibrary',
  'searchLibrary',
]);

export function trackSearchChanges(handlers: ApiHandlers, search: Pick<LibrarySearch, 'markChanged' | 'markAllChanged'>): ApiHandlers {
  const tracked: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [ApiMethod, (input: unknown) => Promise<unknown>][]) {
    if (READ_ONLY.has(method)) {
      tracked[method] = handler;
      continue;
    }
    tracked[method] = async (input: unknown) => {
      try {
        const result = await handler(input);
        for (const articleId of articleIdsIn(result)) search.markChanged(articleId);
        return result;
      } finally {
        // Also after a failure: a change to many articles may have done some before it stopped.
        if (method === 'redetectAllClaims') search.markAllChanged();
        for (const articleId of articleIdsIn(input)) search.markChanged(articleId);
      }
    };
  }
  return tracked as unknown as ApiHandlers;
}

/** The articles an argument or an answer names: its `articleId`, its `summary`, its `imported` list. */
function articleIdsIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as { articleId?: unknown; summary?: { id?: unknown }; imported?: unknown };
  const ids: unknown[] = [record.articleId, record.summary?.id];
  if (Array.isArray(record.imported)) for (const summary of record.imported as { id?: unknown }[]) ids.push(summary.id);
  return ids.filter((id): id is string => typeof id === 'string');
}
