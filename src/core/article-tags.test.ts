// Tags through the API: kept as normalised, shown in the summary, kept across a restart, found by the search.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TAGS } from '../shared/tags';
import { openFactdesk, type Factdesk } from './app';
import { added, callApi, createTestHost } from './test-app';

let dir: string;
let app: Factdesk;
const open = () => openFactdesk({ dataDir: join(dir, 'library'), host: createTestHost(), log: () => undefined });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-tags-'));
  app = await open();
});

afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const TEXT = 'Grain exports climb\n\nKazakhstan exported 9.2 million tonnes of grain in 2024, up 14 percent, the ministry said on Monday.';

async function libraryFiles(): Promise<Map<string, string>> {
  const root = join(dir, 'library');
  const files = new Map<string, string>();
  for (const name of await readdir(root, { recursive: true })) {
    if (!name.endsWith('.json') || name.startsWith('backups')) continue;
    files.set(name, await readFile(join(root, name), 'utf8'));
  }
  return files;
}

describe('setArticleTags', () => {
  it('keeps the tags normalised, in the summary and the article, across a restart', async () => {
    const summary = added(await callApi(app, 'importText', { text: TEXT, name: null }));
    expect(summary.tags).toEqual([]);
    const tagged = await callApi(app, 'setArticleTags', { articleId: summary.id, tags: ['  Harvest  2024 ', 'harvest 2024', 'Зерно', ''] });
    expect(tagged.summary.tags).toEqual(['Harvest 2024', 'Зерно']);
    expect((await callApi(app, 'getArticle', { articleId: summary.id })).article.tags).toEqual(['Harvest 2024', 'Зерно']);

    await app.close();
    app = await open();
    expect((await callApi(app, 'listArticles')).map((entry) => entry.tags)).toEqual([['Harvest 2024', 'Зерно']]);
    expect((await callApi(app, 'searchLibrary', { query: 'tonnes', tags: ['зерно'] })).total).toBe(1);
    await callApi(app, 'setArticleTags', { articleId: summary.id, tags: [] });
    expect((await callApi(app, 'searchLibrary', { query: 'tonnes', tags: ['зерно'] })).total).toBe(0);
  });

  it('refuses too many tags, a tag too long or with control characters, and changes no file', async () => {
    const summary = added(await callApi(app, 'importText', { text: TEXT, name: null }));
    await callApi(app, 'setArticleTags', { articleId: summary.id, tags: ['kept'] });
    const before = await libraryFiles();
    const refusals = [
      { tags: Array.from({ length: MAX_TAGS + 1 }, (_, index) => `tag ${index}`), message: /at most 20 tags/u },
      { tags: ['x'.repeat(41)], message: /at most 40 characters/u },
      { tags: ['a\u0007b'], message: /control characters/u },
      { tags: 'kept', message: /./u },
    ];
    for (const { tags, message } of refusals) {
      const response = await app.dispatch('setArticleTags', { articleId: summary.id, tags });
      expect(response.ok).toBe(false);
      if (!response.ok) expect(response.error.message).toMatch(message);
    }
    const missing = await app.dispatch('setArticleTags', { articleId: 'a'.repeat(26), tags: [] });
    expect(missing.ok).toBe(false);
    expect(await libraryFiles()).toEqual(before);
  });
});
