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
});
