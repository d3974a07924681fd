import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../shared/api';
import { createDispatch, type ApiHandlers } from './api-dispatch';
import { FactdeskError } from './errors';

function handlersWith(overrides: Partial<ApiHandlers>): ApiHandlers {
  const missing = () => Promise.reject(new Error('not in this test'));
  return { ...(Object.fromEntries(API_METHODS.map((method) => [method, missing])) as unknown as ApiHandlers), ...overrides };
}

describe('createDispatch', () => {
  it('validates arguments against the contract before calling the handler', async () => {
    const setClaimStatus = vi.fn();
    const dispatch = createDispatch(handlersWith({ setClaimStatus }));
    const bad = await dispatch('setClaimStatus', { articleId: 'a000000000000', claimId: 'x', status: 'true-ish' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(bad.ok === false && bad.error.message).toMatch(/status/);
    const extra = await dispatch('getArticle', { articleId: 'a000000000000', evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const traversal = await dispatch('getArticle', { articleId: '../../etc/passwd' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(setClaimStatus).not.toHaveBeenCalled();
  });

  it('refuses unknown operations, including inherited names', async () => {
    const dispatch = createDispatch(handlersWith({}));
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('returns errors as values: its own with their code, unexpected ones without internals', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(
      handlersWith({
        getArticle: () => Promise.reject(new FactdeskError('not-found', 'The article was not found.')),
        listArticles: () => Promise.reject(new Error('EACCES /secret/path')),
      }),
      log,
    );
    expect(await dispatch('getArticle', { articleId: 'a000000000000' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'The article was not found.' },
    });
    const internal = await dispatch('listArticles', undefined);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('/secret/path');
    expect(log).toHaveBeenCalledOnce();
  });

  it('passes the parsed (trimmed) argument and wraps the result', async () => {
    const setClaimText = vi.fn(async (input: { text: string }) => input.text as never);
    const dispatch = createDispatch(handlersWith({ setClaimText }));
    const response = await dispatch('setClaimText', { articleId: 'a000000000000', claimId: 'a000000000000-00000000', text: '  Trade grew  ' });
    expect(response).toEqual({ ok: true, value: 'Trade grew' });
  });

  it('refuses arrays, Maps and Dates as the argument, even where every field is optional', async () => {
    const handlers = { listArticles: vi.fn(), setPreferences: vi.fn(), redetectAllClaims: vi.fn() };
    const dispatch = createDispatch(handlersWith(handlers));
    for (const input of [[], new Map(), new Date(0), new Set(), new Uint8Array(2)]) {
      for (const method of ['listArticles', 'setPreferences', 'redetectAllClaims'] as const) {
        expect(await dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
    }
    expect(await dispatch('listArticles', Object.create(null))).toMatchObject({ ok: true });
    expect(handlers.setPreferences).not.toHaveBeenCalled();
    expect(handlers.redetectAllClaims).not.toHaveBeenCalled();
  });

  it('keeps messages short and printable whatever value or key it refuses', async () => {
    const dispatch = createDispatch(handlersWith({}));
    const huge = 'x'.repeat(10_000_000);
    const refusals = await Promise.all([
      dispatch('setClaimStatus', { articleId: 'a000000000000', claimId: 'a000000000000-00000000', status: huge }),
      dispatch('getArticle', { articleId: 'a000000000000', [huge]: 1 }),
      dispatch('setClaimStatus', { articleId: 'a000000000000', claimId: 'a000000000000-00000000', status: 'x\0\u202e\ud800' }),
      dispatch(huge, {}),
    ]);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const message = refusal.ok ? '' : refusal.error.message;
      expect(message.length).toBeLessThanOrEqual(500);
      expect(message).not.toMatch(/[\p{Cc}\p{Cf}\ud800-\udfff]/u);
    }
    // Enough of the value is kept to recognise it.
    expect(refusals[0]?.ok === false && refusals[0].error.message).toMatch(/\(status\).*received "xxxxxxxx/);
  });

  it('takes a large dropped file: its base64 is checked without overflowing the stack', async () => {
    const importFile = vi.fn(async () => 'imported' as never);
    const dispatch = createDispatch(handlersWith({ importFile }));
    // 12 million characters: 9 MB of bytes. valibot's base64 regex threw a RangeError from about 4.5 million.
    const contentBase64 = 'QUJD'.repeat(3_000_000);
    expect(await dispatch('importFile', { name: 'big.txt', contentBase64 })).toEqual({ ok: true, value: 'imported' });
    const bad = await dispatch('importFile', { name: 'big.txt', contentBase64: `${contentBase64.slice(4)}QU!=` });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('not base64') } });
    expect(importFile).toHaveBeenCalledOnce();
  });

  it('answers with an error value when validation itself throws', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(handlersWith({}), log);
    const hostile = new Proxy({}, { has: () => { throw new Error('trap'); } });
    expect(await dispatch('getArticle', hostile)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
