// The application service end to end in Node: the API as the renderer calls it, on a real library folder.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ChosenFiles, ImportOutcome } from '../shared/api';
import type { ArticleDocument } from '../shared/model';
import { countAtThreshold } from '../shared/model';
import { detectClaims } from './detect';
import { defaultPreferences } from './preferences';
import { openFactdesk, type Factdesk } from './app';
import { added, callApi, createTestHost, type TestHost } from './test-app';
import { encodeAs } from './import/test-encodings';
import { samplePath } from './sample-articles';

const CHINADAILY = samplePath('en-chinadaily-cultural-center.txt');

let dir: string;
let host: TestHost;
let app: Factdesk;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-app-'));
  host = createTestHost();
  app = await openFactdesk({ dataDir: join(dir, 'library'), host, log: () => undefined });
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const call = <M extends ApiMethod>(method: M, input?: unknown) => callApi(app, method, input);

/** Imports every file chosen in the (test) dialog, as the renderer does one by one. */
async function importChosen(paths: string[] | null): Promise<{ chosen: ChosenFiles; outcomes: (ImportOutcome | string)[] }> {
  host.chosenFiles = paths;
  const chosen = await call('chooseImportFiles', { kind: 'files' });
  const outcomes: (ImportOutcome | string)[] = [];
  for (const file of chosen.files) {
    const response = await app.dispatch('importChosenFile', { fileId: file.fileId });
    outcomes.push(response.ok ? (response.value as ImportOutcome) : response.error.message);
  }
  return { chosen, outcomes };
}

describe('openFactdesk', () => {
  it('imports pasted text and lists it with its progress', async () => {
    const text = await readFile(CHINADAILY, 'utf8');
    const summary = added(await call('importText', { text, name: null }));
    expect(summary).toMatchObject({ title: 'Kazakhstan, China deepen cultural cooperation', language: 'en', decidedCount: 0 });
    expect(summary.claimCount).toBeGreaterThan(3);
    expect(await call('listArticles')).toEqual([summary]);
    const doc = await call('getArticle', { articleId: summary.id });
    expect(doc.article.rawText).toBe(text);
    expect(doc.article.origin).toBe('pasted text');
  });

  it('imports the four sample articles as a demo library', async () => {
    const report = await call('importSampleArticles');
    expect(report.failed).toEqual([]);
    expect(report.imported.map((summary) => summary.language).sort()).toEqual(['en', 'en', 'en', 'ru']);
    expect(await call('listArticles')).toHaveLength(4);
  });

  it('refuses empty text with a clear bad-input error and adds nothing', async () => {
    const response = await app.dispatch('importText', { text: '  \n ', name: null });
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await call('listArticles')).toEqual([]);
  });

  it('imports files chosen in the dialog one by one, reporting each failure by name', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const { chosen, outcomes } = await importChosen([CHINADAILY, empty, join(dir, 'gone.md')]);
    expect(chosen.isCancelled).toBe(false);
    // A path that is gone is reported when the dialog answers; the others when each is imported.
    expect(chosen.files.map((file) => file.name)).toEqual(['en-chinadaily-cultural-center.txt', 'empty.txt']);
    expect(chosen.skipped).toEqual([{ name: 'gone.md', message: expect.stringContaining('could not be read') }]);
    expect(added(outcomes[0] as ImportOutcome).title).toBe('Kazakhstan, China deepen cultural cooperation');
    expect(outcomes[1]).toMatch(/"empty\.txt" is empty/);
    // Each chosen file is imported once: its id is spent.
    const again = await app.dispatch('importChosenFile', { fileId: chosen.files[0]!.fileId });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await importChosen(null)).toEqual({ chosen: { isCancelled: true, files: [], skipped: [] }, outcomes: [] });
  });

  it('imports a dropped file from its bytes, with the same checks as a file on disk', async () => {
    const markdown = '# Trade grows\n\nExports rose **12 percent** to $3.4 billion in 2024, the ministry said.\n';
    const summary = added(await call('importFile', { name: 'C:\\Users\\me\\trade.md', contentBase64: Buffer.from(markdown).toString('base64') }));
    expect(summary.title).toBe('Trade grows');
    expect((await call('getArticle', { articleId: summary.id })).article.origin).toBe('trade.md');

    // "Товарооборот вырос в 2024 году на 12 процентов" in windows-1251: detected and decoded, not refused or garbled.
    const russian = 'Товарооборот вырос в 2024 году на 12 процентов.';
    const decoded = added(await call('importFile', { name: 'russian.txt', contentBase64: Buffer.from(encodeAs('windows-1251', russian)).toString('base64') }));
    expect((await call('getArticle', { articleId: decoded.id })).article.body).toBe(russian);
    const pdf = await app.dispatch('importFile', { name: 'scan.pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') });
    expect(pdf).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('scan.pdf') } });
    expect(await app.dispatch('importFile', { name: 'x.txt', contentBase64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('listArticles')).toHaveLength(2);
  });

  it('signs every change a fact-checker makes to a claim with the name in the preferences', async () => {
    const { id: articleId } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
    const { claims, article } = await call('getArticle', { articleId });
    const claimId = claims[0]!.id;
    await call('setClaimStatus', { articleId, claimId, status: 'disputed' });
    await call('setPreferences', { userName: 'Aigerim N.' });
    await call('setClaimStatus', { articleId, claimId, status: 'verified' });
    await call('setClaimNote', { articleId, claimId, note: 'Customs data' });
    await call('setClaimText', { articleId, claimId, text: 'Edited' });
    const { claim } = await call('addClaimSource', { articleId, claimId, url: null, title: 'Customs yearbook', note: '' });
    expect(claim.history.map((change) => [change.kind, change.by])).toEqual([
      // Found by detection: Factdesk's change, never signed; the first status change was made before a name was set.
      ['created', undefined],
      ['status', undefined],
      ['status', 'Aigerim N.'],
      ['note', 'Aigerim N.'],
      ['text', 'Aigerim N.'],
      ['source-added', 'Aigerim N.'],
    ]);
    const words = article.body.indexOf('cultural');
    const manual = await call('addClaim', { articleId, start: words, end: words + 8 });
    expect(manual.claim.history).toEqual([expect.objectContaining({ kind: 'created', origin: 'manual', by: 'Aigerim N.' })]);
  });

  it('repairs a damaged index from its daily backup on opening, and tells the page once', async () => {
    const { id } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
    await app.library.waitForBackup();
    await app.close();
    await writeFile(join(dir, 'library', 'library.json'), '{"schemaVersion": 4, "arti');
    app = await openFactdesk({ dataDir: join(dir, 'library'), host, log: () => undefined });
    expect((await call('listArticles')).map((summary) => summary.id)).toEqual([id]);
    const [notice, ...others] = await call('takeLibraryNotices');
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ level: 'info', file: 'library.json', movedTo: expect.stringMatching(/^damaged\/library\.json\./) });
    expect(await call('takeLibraryNotices')).toEqual([]);
  });

  it('changes status, note, text and sources, and updates the summary', async () => {
    const { id: articleId } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: 'cd.txt' }));
    const { claims } = await call('getArticle', { articleId });
    const claimId = claims[0]!.id;
    const verified = await call('setClaimStatus', { articleId, claimId, status: 'verified' });
    expect(verified.claim.status).toBe('verified');
    expect(verified.summary.decidedCount).toBe(1);
    expect((await call('setClaimNote', { articleId, claimId, note: 'Matches customs data' })).claim.note).toBe('Matches customs data');
    expect((await call('setClaimText', { articleId, claimId, text: 'Edited claim' })).claim.text).toBe('Edited claim');
    const withSource = await call('addClaimSource', { articleId, claimId, url: 'https://english.customs.gov.cn/', title: 'GACC', note: '' });
    const sourceId = withSource.claim.sources[0]!.id;
    expect((await call('removeClaimSource', { articleId, claimId, sourceId })).claim.sources).toEqual([]);
    const dismissed = await call('setClaimStatus', { articleId, claimId: claims[1]!.id, status: 'dismissed' });
    expect(dismissed.summary.claimCount).toBe(claims.length - 1);

    await app.close();
    app = await openFactdesk({ dataDir: join(dir, 'library'), host });
    const claim = (await app.library.readArticle(articleId)).claims[0]!;
    expect(claim).toMatchObject({ status: 'verified', note: 'Matches customs data', text: 'Edited claim' });
    expect(claim.history.map((change) => change.kind)).toEqual(['created', 'status', 'note', 'text', 'source-added', 'source-removed']);
  });

  it('adds a claim from a selection', async () => {
    const { id: articleId } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
    const { article } = await call('getArticle', { articleId });
    const start = article.body.indexOf('Sun said that culture');
    const { claim } = await call('addClaim', { articleId, start, end: start + 'Sun said that culture'.length });
    expect(claim).toMatchObject({ origin: 'manual', quote: 'Sun said that culture' });
    const bad = await app.dispatch('addClaim', { articleId, start: 0, end: article.body.length + 10 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('includes an excluded line in detection, and excludes it again without losing worked-on claims', async () => {
    const text = 'Trade report\n\nExports rose 12 percent to $3.4 billion in 2024, the ministry said.\n\nPhoto: Imports fell 40 percent in 2023, officials said.';
    // The lowest sensitivity, so the caption's sentence is flagged whatever the model scores it.
    await call('setPreferences', { claimThreshold: 0.05 });
    const { id: articleId } = added(await call('importText', { text, name: 'trade.txt' }));
    let doc: ArticleDocument = await call('getArticle', { articleId });
    const caption = doc.article.excluded.find((range) => range.reason === 'caption');
    expect(caption).toBeDefined();
    const inCaption = (d: ArticleDocument) => d.claims.filter((claim) => claim.start >= caption!.start && claim.end <= caption!.end);
    expect(inCaption(doc)).toEqual([]);

    const sentences = (d: ArticleDocument) => d.article.scoreHistogram.reduce((sum, n) => sum + n, 0);
    const before = sentences(doc);
    doc = await call('setRangeIncluded', { articleId, start: caption!.start, isIncluded: true });
    expect(doc.article.excluded.find((range) => range.start === caption!.start)?.isIncluded).toBe(true);
    expect(inCaption(doc)).toHaveLength(1);
    // The caption's sentence now counts in the histogram, and in the library's summary.
    expect(sentences(doc)).toBe(before + 1);
    expect((await call('listArticles'))[0]!.scoreHistogram).toEqual(doc.article.scoreHistogram);

    doc = await call('setRangeIncluded', { articleId, start: caption!.start, isIncluded: false });
    expect(inCaption(doc)).toEqual([]);

    doc = await call('setRangeIncluded', { articleId, start: caption!.start, isIncluded: true });
    await call('setClaimStatus', { articleId, claimId: inCaption(doc)[0]!.id, status: 'disputed' });
    doc = await call('setRangeIncluded', { articleId, start: caption!.start, isIncluded: false });
    expect(inCaption(doc).map((claim) => claim.status)).toEqual(['disputed']);
  });

  it('exports a report through the host printer to the chosen path, or not at all when cancelled', async () => {
    const { id: articleId } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
    expect(await call('exportReport', { articleId })).toEqual({ isCancelled: true, path: null });
    host.reportPath = join(dir, 'report.pdf');
    expect(await call('exportReport', { articleId })).toEqual({ isCancelled: false, path: host.reportPath });
    expect((await readFile(host.reportPath, 'utf8')).startsWith('%PDF-fake')).toBe(true);
    expect(host.printed).toHaveLength(1);
    const [printed] = host.printed;
    const { html, options } = printed!;
    expect(html).toContain('Kazakhstan, China deepen cultural cooperation');
    expect(options.paperSize).toBe('A4');
  });

  it('deletes an article', async () => {
    const { id: articleId } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
    await call('deleteArticle', { articleId });
    expect(await call('listArticles')).toEqual([]);
    expect(await app.dispatch('getArticle', { articleId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps preferences: defaults first, saved values after a restart, clear errors for bad values', async () => {
    expect(await call('getPreferences')).toEqual(defaultPreferences());
    expect(await call('setPreferences', { claimThreshold: 0.85 })).toEqual({ claimThreshold: 0.85, userName: '' });
    for (const claimThreshold of [0, 0.96, 0.33, '0.5', null]) {
      const refused = await app.dispatch('setPreferences', { claimThreshold });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/between 0.05 and 0.95, in steps of 0.05/) } });
    }
    expect(await app.dispatch('setPreferences', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await app.close();
    app = await openFactdesk({ dataDir: join(dir, 'library'), host });
    expect(await call('getPreferences')).toEqual({ claimThreshold: 0.85, userName: '' });
  });

  it('imports at the threshold set in the preferences, by every path', async () => {
    const text = await readFile(CHINADAILY, 'utf8');
    const counts: number[] = [];
    for (const claimThreshold of [0.95, 0.1]) {
      await call('setPreferences', { claimThreshold });
      // Each path in turn on an empty library, so none is held back as a duplicate of another.
      const pasted = added(await call('importText', { text, name: null }));
      const doc = await call('getArticle', { articleId: pasted.id });
      await call('deleteArticle', { articleId: pasted.id });
      const dropped = added(await call('importFile', { name: 'cd.txt', contentBase64: Buffer.from(text).toString('base64') }));
      await call('deleteArticle', { articleId: dropped.id });
      const chosen = added((await importChosen([CHINADAILY])).outcomes[0] as ImportOutcome);
      await call('deleteArticle', { articleId: chosen.id });
      const expected = detectClaims(doc.article.body, doc.article.language, doc.article.excluded, claimThreshold).claims.length;
      expect([pasted, dropped, chosen].map((summary) => summary.claimCount)).toEqual([expected, expected, expected]);
      expect(countAtThreshold(pasted.scoreHistogram, claimThreshold)).toBe(expected);
      counts.push(expected);
    }
    expect(counts[1]).toBeGreaterThan(counts[0]!);
    const samples = await call('importSampleArticles');
    const doc = await call('getArticle', { articleId: samples.imported[0]!.id });
    expect(samples.imported[0]!.claimCount).toBe(detectClaims(doc.article.body, doc.article.language, doc.article.excluded, 0.1).claims.length);
  });

  it('re-runs detection at the new threshold, keeping a verified claim with its note and sources', async () => {
    await call('setPreferences', { claimThreshold: 0.1 });
    const { id: articleId } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
    const { claims } = await call('getArticle', { articleId });
    const worked = claims.at(-1)!;
    await call('setClaimStatus', { articleId, claimId: worked.id, status: 'verified' });
    await call('setClaimNote', { articleId, claimId: worked.id, note: 'Embassy confirmed' });
    await call('addClaimSource', { articleId, claimId: worked.id, url: 'https://example.org/', title: 'Embassy', note: '' });
    const before = (await call('getArticle', { articleId })).claims.find((claim) => claim.id === worked.id)!;

    await call('setPreferences', { claimThreshold: 0.95 });
    const result = await call('redetectClaims', { articleId });
    expect(result.changes.kept).toBe(1);
    expect(result.changes.removed).toBeGreaterThan(0);
    expect(result.document.claims).toHaveLength(claims.length - result.changes.removed + result.changes.added);
    const after = result.document.claims.find((claim) => claim.id === worked.id)!;
    expect(after).toMatchObject({ status: 'verified', note: 'Embassy confirmed', sources: before.sources, history: before.history, text: before.text });
    expect(result.summary).toMatchObject({ id: articleId, claimCount: result.document.claims.length, decidedCount: 1 });
    expect((await call('listArticles'))[0]).toEqual(result.summary);
    expect(await call('getArticle', { articleId })).toEqual(result.document);
    expect(await app.dispatch('redetectClaims', { articleId: 'a000000000000' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps the claims it is told to keep (forms open on them), in one article and in all', async () => {
    await call('setPreferences', { claimThreshold: 0.05 });
    const { id: articleId } = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
    const { claims } = await call('getArticle', { articleId });
    await call('setPreferences', { claimThreshold: 0.95 });
    const flagged = (await call('getArticle', { articleId })).article;
    const stillFlagged = detectClaims(flagged.body, flagged.language, flagged.excluded, 0.95).claims;
    const goners = claims.filter((claim) => !stillFlagged.some((found) => found.start === claim.start));
    expect(goners.length).toBeGreaterThan(2);
    const [wording, source] = goners;

    const one = await call('redetectClaims', { articleId, keepClaimIds: [wording!.id] });
    expect(one.changes.kept).toBe(1);
    expect(one.document.claims.find((claim) => claim.id === wording!.id)).toEqual(wording);
    expect(one.document.claims.some((claim) => claim.id === source!.id)).toBe(false);

    await call('setPreferences', { claimThreshold: 0.05 });
    await call('redetectClaims', { articleId });
    const again = (await call('getArticle', { articleId })).claims.find((claim) => claim.start === source!.start)!;
    await call('setPreferences', { claimThreshold: 0.95 });
    const all = await call('redetectAllClaims', { keepClaimIds: [wording!.id, again.id] });
    expect(all).toMatchObject({ articleCount: 1, kept: 2 });
    const after = await call('getArticle', { articleId });
    expect(after.claims.map((claim) => claim.id)).toEqual(expect.arrayContaining([wording!.id, again.id]));
    expect(await app.dispatch('redetectAllClaims', { keepClaimIds: ['../x'] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('writes a preferences save on its way before close resolves', async () => {
    // Several saves queued: without waiting for them, close would resolve before the last is written.
    const saves = [0.2, 0.3, 0.4, 0.5, 0.6].map((claimThreshold) => app.preferences.set({ claimThreshold }));
    await app.close();
    expect(JSON.parse(await readFile(join(dir, 'library', 'preferences.json'), 'utf8')).claimThreshold).toBe(0.6);
    await Promise.all(saves);
    app = await openFactdesk({ dataDir: join(dir, 'library'), host });
    expect(await call('getPreferences')).toEqual({ claimThreshold: 0.6, userName: '' });
  });

  it('re-runs detection on every article, and goes on past one it cannot read', async () => {
    await call('setPreferences', { claimThreshold: 0.95 });
    const { imported } = await call('importSampleArticles');
    const fewer = imported.reduce((sum, summary) => sum + summary.claimCount, 0);
    // An article whose file is damaged (never opened yet, so not in memory).
    // Not the sample's words, or it would be held back as a duplicate of it.
    const damaged = added(await call('importText', { text: `${await readFile(CHINADAILY, 'utf8')}\nA line of its own.\n`, name: 'damaged.txt' }));
    await app.close();
    await writeFile(join(dir, 'library', 'articles', `${damaged.id}.json`), '{ not json');
    app = await openFactdesk({ dataDir: join(dir, 'library'), host, log: () => undefined });

    await call('setPreferences', { claimThreshold: 0.1 });
    const result = await call('redetectAllClaims');
    expect(result).toMatchObject({ articleCount: 4, removed: 0, kept: 0 });
    expect(result.failed).toEqual([{ name: damaged.title, message: expect.stringMatching(/damaged/) }]);
    const listed = await call('listArticles');
    const more = listed.filter((summary) => summary.id !== damaged.id).reduce((sum, summary) => sum + summary.claimCount, 0);
    expect(more).toBe(fewer + result.added);
    expect(result.added).toBeGreaterThan(0);
  });
});
