// Deleting a claim and putting it back (undo), through the API on a real library folder.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../shared/api';
import type { ArticleDocument, Claim } from '../shared/model';
import { openFactdesk, type Factdesk } from './app';
import { putBackClaim, removeClaim, RESTORE_UNAVAILABLE_MESSAGE } from './claims/deleted-claims';
import { samplePath } from './sample-articles';
import { added, callApi, createTestHost } from './test-app';

const CHINADAILY = samplePath('en-chinadaily-cultural-center.txt');

let dir: string;
let app: Factdesk;
let clock: number;

async function open(): Promise<Factdesk> {
  return openFactdesk({ dataDir: join(dir, 'library'), host: createTestHost(), log: () => undefined, now: () => new Date(clock) });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-claim-deletion-'));
  clock = Date.parse('2025-03-01T10:00:00Z');
  app = await open();
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const call = <M extends ApiMethod>(method: M, input?: unknown) => callApi(app, method, input);

/** The error an operation answers with (it must fail). */
async function failureOf(method: ApiMethod, input: unknown) {
  const response = await app.dispatch(method, input);
  if (response.ok) throw new Error(`${method} succeeded`);
  return response.error;
}

/** An imported article with one claim worked on (status, note, wording, signed by a name). */
async function importWorkedOn(): Promise<{ articleId: string; claim: Claim }> {
  const summary = added(await call('importText', { text: await readFile(CHINADAILY, 'utf8'), name: null }));
  await call('setPreferences', { userName: 'Aigerim' });
  const doc = await call('getArticle', { articleId: summary.id });
  const claimId = doc.claims[1]!.id;
  const ref = { articleId: summary.id, claimId };
  await call('setClaimStatus', { ...ref, status: 'disputed' });
  await call('setClaimNote', { ...ref, note: 'Asked the ministry' });
  const { claim } = await call('setClaimText', { ...ref, text: 'Trade grew, the ministry says' });
  return { articleId: summary.id, claim };
}

describe('deleteClaim and restoreClaim', () => {
  it('deletes a claim without history, and puts exactly that claim back, history and all', async () => {
    const { articleId, claim } = await importWorkedOn();
    const before = await call('getArticle', { articleId });
    const summaryBefore = (await call('listArticles'))[0]!;

    const removal = await call('deleteClaim', { articleId, claimId: claim.id });
    expect(removal).toMatchObject({ articleId, claimId: claim.id });
    expect(removal.summary.claimCount).toBe(summaryBefore.claimCount - 1);
    expect(removal.summary.statusCounts.disputed).toBe(summaryBefore.statusCounts.disputed - 1);
    const deleted = await call('getArticle', { articleId });
    expect(deleted.claims.map((c) => c.id)).not.toContain(claim.id);
    expect(deleted.claims).toHaveLength(before.claims.length - 1);
    expect(deleted.unplacedClaims).toEqual([]);
    expect((await call('listArticles'))[0]).toEqual(removal.summary);

    clock += 60_000;
    const restored = await call('restoreClaim', { articleId, claimId: claim.id });
    expect(restored.isUnplaced).toBe(false);
    expect(restored.claim).toEqual(claim);
    expect(restored.summary).toEqual(summaryBefore);
    // The whole article is as it was before the deletion: same claims, same order, same history.
    expect(await call('getArticle', { articleId })).toEqual(before);
    expect(restored.claim.history.map((change) => change.kind)).toEqual(['created', 'status', 'note', 'text']);
    expect(restored.claim.history.slice(1).every((change) => change.by === 'Aigerim')).toBe(true);
  });

  it('puts a claim back only once, and says so when asked again', async () => {
    const { articleId, claim } = await importWorkedOn();
    await call('deleteClaim', { articleId, claimId: claim.id });
    await call('restoreClaim', { articleId, claimId: claim.id });
    expect(await failureOf('restoreClaim', { articleId, claimId: claim.id })).toEqual({ code: 'not-found', message: RESTORE_UNAVAILABLE_MESSAGE });
    // Deleted again, it can be put back again (undo, redo, undo).
    await call('deleteClaim', { articleId, claimId: claim.id });
    expect((await call('restoreClaim', { articleId, claimId: claim.id })).claim).toEqual(claim);
  });

  it('cannot put back a claim that was never deleted, or one deleted before a restart', async () => {
    const { articleId, claim } = await importWorkedOn();
    expect(await failureOf('restoreClaim', { articleId, claimId: claim.id })).toMatchObject({ code: 'not-found' });
    await call('deleteClaim', { articleId, claimId: claim.id });
    await app.close();
    app = await open();
    expect(await failureOf('restoreClaim', { articleId, claimId: claim.id })).toEqual({ code: 'not-found', message: RESTORE_UNAVAILABLE_MESSAGE });
    expect((await call('getArticle', { articleId })).claims.map((c) => c.id)).not.toContain(claim.id);
  });

  it('answers not-found for an unknown claim, and forgets deleted claims of a deleted article', async () => {
    const { articleId, claim } = await importWorkedOn();
    expect(await failureOf('deleteClaim', { articleId, claimId: `${articleId}-00000000` })).toMatchObject({ code: 'not-found' });
    await call('deleteClaim', { articleId, claimId: claim.id });
    expect(await failureOf('deleteClaim', { articleId, claimId: claim.id })).toMatchObject({ code: 'not-found' });
    await call('deleteArticle', { articleId });
    expect(await failureOf('restoreClaim', { articleId, claimId: claim.id })).toEqual({ code: 'not-found', message: RESTORE_UNAVAILABLE_MESSAGE });
  });

  it('refuses a claim object or extra fields: the claim is named, never sent', async () => {
    const { articleId, claim } = await importWorkedOn();
    await call('deleteClaim', { articleId, claimId: claim.id });
    const forged = await failureOf('restoreClaim', { articleId, claimId: claim.id, claim: { ...claim, status: 'verified' } });
    expect(forged.code).toBe('invalid-input');
    expect((await call('restoreClaim', { articleId, claimId: claim.id })).claim.status).toBe('disputed');
  });

  it('puts a manual claim back after undoing its addition, with the same id', async () => {
    const { articleId } = await importWorkedOn();
    const doc = await call('getArticle', { articleId });
    const start = doc.article.body.indexOf('cultural');
    const { claim } = await call('addClaim', { articleId, start, end: start + 'cultural'.length });
    await call('deleteClaim', { articleId, claimId: claim.id });
    expect((await call('restoreClaim', { articleId, claimId: claim.id })).claim).toEqual(claim);
    expect((await call('getArticle', { articleId })).claims.filter((c) => c.id === claim.id)).toHaveLength(1);
  });
});

describe('putBackClaim', () => {
  const body = 'Trade grew 6.8 percent in 2024, the ministry said on Monday. Prices rose 3 percent over the year.';

  function docWith(text: string, claims: Claim[]): ArticleDocument {
    return {
      article: { id: 'a000000000001', body: text, language: 'en' } as ArticleDocument['article'],
      claims,
      unplacedClaims: [],
    };
  }

  function claimOn(phrase: string, overrides: Partial<Claim> = {}): Claim {
    const start = body.indexOf(phrase);
    return {
      id: `a000000000001-${String(start).padStart(8, '0')}`,
      articleId: 'a000000000001',
      quote: phrase,
      start,
      end: start + phrase.length,
      prefix: body.slice(Math.max(0, start - 32), start),
      suffix: body.slice(start + phrase.length, start + phrase.length + 32),
      text: phrase,
      score: 0.9,
      kind: 'statistic',
      reasons: [],
      checkables: [],
      speaker: null,
      status: 'unverified',
      note: '',
      sources: [],
      history: [{ kind: 'created', at: '2025-03-01T10:00:00.000Z', origin: 'detected' }],
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
      origin: 'detected',
      ...overrides,
    };
  }

  const worked = (phrase: string) =>
    claimOn(phrase, { status: 'false', history: [{ kind: 'created', at: '2025-03-01T10:00:00.000Z', origin: 'detected' }, { kind: 'status', at: '2025-03-01T10:01:00.000Z', from: 'unverified', to: 'false' }] });

  it('puts the claim where it was, in order among the others', () => {
    const first = claimOn('Trade grew 6.8 percent');
    const second = worked('Prices rose 3 percent');
    const doc = docWith(body, [first, second]);
    const removed = removeClaim(doc, first.id);
    expect(doc.claims).toEqual([second]);
    expect(putBackClaim(doc, removed)).toEqual({ claim: first, isUnplaced: false });
    expect(doc.claims.map((c) => c.id)).toEqual([first.id, second.id]);
  });

  it('follows its words when a new version of the text moved them', () => {
    const claim = worked('Prices rose 3 percent');
    const moved = `Breaking news. ${body}`;
    const doc = docWith(moved, []);
    const { claim: placed, isUnplaced } = putBackClaim(doc, claim);
    expect(isUnplaced).toBe(false);
    expect(moved.slice(placed.start, placed.end)).toBe('Prices rose 3 percent');
    expect(placed).toMatchObject({ id: claim.id, status: 'false', history: claim.history });
  });

  it('keeps the claim for review when its words are gone', () => {
    const claim = worked('Prices rose 3 percent');
    const doc = docWith('Trade grew 6.8 percent in 2024, the ministry said on Monday. Prices fell over the year.', []);
    expect(putBackClaim(doc, claim)).toEqual({ claim, isUnplaced: true });
    expect(doc.unplacedClaims).toEqual([claim]);
    expect(doc.claims).toEqual([]);
  });

  it('replaces an untouched claim detection put on the same words, but never one worked on', () => {
    const claim = worked('Prices rose 3 percent');
    const untouched = claimOn('Prices rose 3 percent', { id: 'a000000000001-ffffffff' });
    const doc = docWith(body, [untouched]);
    putBackClaim(doc, claim);
    expect(doc.claims.map((c) => c.id)).toEqual([claim.id]);

    const other = worked('Prices rose 3 percent');
    const busy = docWith(body, [{ ...other, id: 'a000000000001-eeeeeeee' }]);
    expect(() => putBackClaim(busy, claim)).toThrow(/Another claim you worked on/);
    expect(() => putBackClaim(doc, claim)).toThrow(/in the article already/);
  });
});
