// Imports through the API on a real library folder: duplicates held for a decision, replacing a changed
// version with the work carried over, folders, web addresses. Detection runs in this thread (the default).
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../shared/api';
import { openFactdesk, type Factdesk } from './app';
import { added, callApi, createTestHost, duplicateOf, type TestHost } from './test-app';

const STORY = [
  'Trade between Kazakhstan and China grows',
  '',
  'Trade between the two countries reached $43.8 billion in 2024, the customs office said.',
  '',
  'Officials expect the figure to rise by 10 percent next year.',
  '',
  'The two governments signed 12 agreements at the forum in Astana.',
  '',
].join('\n');

let dir: string;
let host: TestHost;
let app: Factdesk;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-imports-'));
  host = createTestHost();
  app = await openFactdesk({ dataDir: join(dir, 'library'), host, log: () => undefined });
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const call = <M extends ApiMethod>(method: M, input?: unknown) => callApi(app, method, input);

const page = (body: string, url = 'https://news.example.org/trade-2024') =>
  `<!doctype html><html lang="en"><head><title>Trade grows | Example News</title><link rel="canonical" href="${url}">` +
  `<meta property="og:site_name" content="Example News"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
  `<article><h1>Trade between Kazakhstan and China grows</h1>${body
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</article><footer>© Example News</footer></body></html>`;

const PARAGRAPHS = [
  'Trade between the two countries reached $43.8 billion in 2024, the customs office said in its annual report on Monday.',
  'Officials expect the figure to rise by 10 percent next year, according to the trade ministry in Astana.',
  'The two governments signed 12 agreements at the forum in Astana, covering transport, energy and agriculture.',
];

describe('duplicates', () => {
  it('holds the same text back for a decision: skip leaves the library as it was, keep-both adds a second copy', async () => {
    const first = added(await call('importText', { text: STORY, name: null }));
    // The same words with other line breaks and spacing.
    const again = duplicateOf(await call('importText', { text: STORY.replaceAll('\n\n', '\n\n\n').replaceAll(' the ', '  the '), name: 'copy.txt' }));
    expect(again).toMatchObject({ name: 'copy.txt', match: 'same-body', existing: { id: first.id }, title: first.title });
    expect(await call('listArticles')).toHaveLength(1);

    expect(await call('resolveDuplicate', { pendingId: again.pendingId, action: 'skip' })).toEqual({ kind: 'skipped' });
    expect(await call('listArticles')).toHaveLength(1);
    // A decision is taken once.
    expect(await app.dispatch('resolveDuplicate', { pendingId: again.pendingId, action: 'keep-both' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('no longer waiting') },
    });

    const third = duplicateOf(await call('importFile', { name: 'story.txt', contentBase64: Buffer.from(STORY).toString('base64') }));
    const kept = await call('resolveDuplicate', { pendingId: third.pendingId, action: 'keep-both' });
    expect(kept).toMatchObject({ kind: 'imported', summary: { title: first.title } });
    expect(await call('listArticles')).toHaveLength(2);
  });

  it('replaces a changed version of a page in place, carrying the work over and listing what it cannot place', async () => {
    const original = added(await call('importFile', { name: 'trade.html', contentBase64: Buffer.from(page(PARAGRAPHS.join('\n\n'))).toString('base64') }));
    const doc = await call('getArticle', { articleId: original.id });
    expect(doc.article).toMatchObject({ url: 'https://news.example.org/trade-2024', source: 'Example News' });
    const claimAt = (words: string) => doc.claims.find((claim) => claim.quote.includes(words))!;
    const trade = claimAt('$43.8 billion');
    const agreements = claimAt('12 agreements');
    await call('setClaimStatus', { articleId: original.id, claimId: trade.id, status: 'verified' });
    await call('setClaimNote', { articleId: original.id, claimId: trade.id, note: 'Customs yearbook, table 3' });
    await call('setClaimStatus', { articleId: original.id, claimId: agreements.id, status: 'false' });

    // The newer version: the figure corrected, the agreements paragraph gone, a paragraph added on top.
    const changed = [
      'Updated on Tuesday with the final customs figure.',
      PARAGRAPHS[0]!.replace('$43.8 billion', '$44.1 billion'),
      PARAGRAPHS[1]!,
    ];
    const outcome = duplicateOf(
      await call('importFile', {
        name: 'trade-v2.html',
        contentBase64: Buffer.from(page(changed.join('\n\n'), 'https://www.news.example.org/trade-2024?utm_source=mail')).toString('base64'),
      }),
    );
    expect(outcome).toMatchObject({ match: 'same-url', existing: { id: original.id } });

    const replaced = await call('resolveDuplicate', { pendingId: outcome.pendingId, action: 'replace' });
    expect(replaced).toMatchObject({ kind: 'replaced', summary: { id: original.id }, changes: { placed: 1, changed: 1, unplaced: 1 } });
    expect(await call('listArticles')).toHaveLength(1);
    const after = await call('getArticle', { articleId: original.id });
    expect(after.article.body).toContain('$44.1 billion');
    const carried = after.claims.find((claim) => claim.id === trade.id)!;
    expect(carried).toMatchObject({ status: 'verified', note: 'Customs yearbook, table 3' });
    expect(carried.history.at(-1)).toMatchObject({ kind: 'quote-changed', from: trade.quote, to: carried.quote });
    expect(after.article.body.slice(carried.start, carried.end)).toContain('$44.1 billion');
    expect(after.unplacedClaims).toEqual([expect.objectContaining({ id: agreements.id, status: 'false', quote: agreements.quote })]);

    const dismissed = await call('dismissUnplacedClaim', { articleId: original.id, claimId: agreements.id });
    expect(dismissed.unplacedClaims).toEqual([]);
    expect(await app.dispatch('dismissUnplacedClaim', { articleId: original.id, claimId: agreements.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('adds the new version when the article it would replace was deleted meanwhile', async () => {
    const first = added(await call('importText', { text: STORY, name: null }));
    const again = duplicateOf(await call('importText', { text: STORY, name: null }));
    await call('deleteArticle', { articleId: first.id });
    expect(await call('resolveDuplicate', { pendingId: again.pendingId, action: 'replace' })).toMatchObject({ kind: 'imported' });
    expect(await call('listArticles')).toHaveLength(1);
  });
});

describe('folders', () => {
  it('lists a chosen folder’s articles, skipping other formats, and imports them one by one', async () => {
    const folder = join(dir, 'inbox');
    await mkdir(join(folder, 'march'), { recursive: true });
    await writeFile(join(folder, 'a.txt'), STORY);
    await writeFile(join(folder, 'march', 'b.html'), page(PARAGRAPHS.join('\n\n')));
    await writeFile(join(folder, 'photo.png'), 'png');
    host.chosenFiles = [folder];
    const chosen = await call('chooseImportFiles', { kind: 'folder' });
    expect(chosen.files.map((file) => file.name)).toEqual(['a.txt', 'march/b.html']);
    expect(chosen.skipped.map((file) => file.name)).toEqual(['photo.png']);
    for (const file of chosen.files) added(await call('importChosenFile', { fileId: file.fileId }));
    const origins = await Promise.all((await call('listArticles')).map(async ({ id }) => (await call('getArticle', { articleId: id })).article.origin));
    expect(origins.sort()).toEqual(['a.txt', 'march/b.html']);
  });
});

describe('web addresses', () => {
  let server: Server;
  beforeEach(async () => {
    server = createServer((request, response) => {
      if (request.url === '/trade') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page(PARAGRAPHS.join('\n\n'), 'https://news.example.org/trade-2024'));
      } else {
        response.writeHead(404, 'Not Found');
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('imports a fetched page, and adds nothing when the address fails', async () => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const summary = added(await call('importUrl', { url: `${base}/trade` }));
    const doc = await call('getArticle', { articleId: summary.id });
    expect(doc.article).toMatchObject({ title: 'Trade between Kazakhstan and China grows', url: 'https://news.example.org/trade-2024', origin: `${base}/trade` });
    expect(doc.article.body).not.toContain('Home');

    expect(await app.dispatch('importUrl', { url: `${base}/gone` })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('404') } });
    expect(await app.dispatch('importUrl', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('listArticles')).toHaveLength(1);
  });
});
