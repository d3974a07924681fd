import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactdesk, type Factdesk } from '../app';
import { added, callApi, createTestHost } from '../test-app';

let dir: string;
let app: Factdesk;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-search-'));
  app = await openFactdesk({ dataDir: join(dir, 'library'), host: createTestHost(), log: () => undefined });
});

afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const TEXT =
  'Grain exports climb\n\nKazakhstan exported 9.2 million tonnes of grain in 2024, up 14 percent, the ministry said on Monday.\n\n' +
  'The harvest in the north was the largest since 2011, according to the agriculture ministry.';

describe('searchLibrary through the API', () => {
  it('finds imported claims and follows every change made through the other operations', async () => {
    const summary = added(await callApi(app, 'importText', { text: TEXT, name: null }));
    const first = await callApi(app, 'searchLibrary', { query: 'tonnes grain' });
    expect(first.total).toBe(1);
    const hit = first.hits[0]!;
    expect(hit.articleId).toBe(summary.id);
    expect(hit.claimId).not.toBeNull();
    const claimId = hit.claimId!;

    await callApi(app, 'setClaimNote', { articleId: summary.id, claimId, note: 'Checked against the customs bulletin' });
    await callApi(app, 'setClaimStatus', { articleId: summary.id, claimId, status: 'verified' });
    const byNote = await callApi(app, 'searchLibrary', { query: 'bulletin', statuses: ['verified'] });
    expect(byNote.hits.map((found) => [found.claimId, found.field])).toEqual([[claimId, 'note']]);

    await callApi(app, 'deleteClaim', { articleId: summary.id, claimId });
    expect((await callApi(app, 'searchLibrary', { query: 'bulletin' })).total).toBe(0);

    await callApi(app, 'deleteArticle', { articleId: summary.id });
    expect((await callApi(app, 'searchLibrary', { query: 'harvest' })).total).toBe(0);
  });

  it('refuses a query over the limit as invalid input', async () => {
    const response = await app.dispatch('searchLibrary', { query: 'x'.repeat(501) });
    expect(response.ok).toBe(false);
  });
});
