import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVAL_DIR, REPO_ROOT, requireEvalFiles, resolveEvalDir } from './eval-dir';
import { ScriptError } from './script-error';

describe('resolveEvalDir', () => {
  it('prefers --eval-dir, then FACTDESK_EVAL_DIR, then ../shared/eval beside the repository', () => {
    const cwd = '/somewhere';
    expect(resolveEvalDir('data', { FACTDESK_EVAL_DIR: '/env' }, cwd)).toBe(path.resolve('/somewhere/data'));
    expect(resolveEvalDir(undefined, { FACTDESK_EVAL_DIR: '/env' }, cwd)).toBe(path.resolve('/env'));
    expect(resolveEvalDir(undefined, { FACTDESK_EVAL_DIR: '' }, cwd)).toBe(DEFAULT_EVAL_DIR);
    expect(DEFAULT_EVAL_DIR).toBe(path.resolve(REPO_ROOT, '..', 'shared', 'eval'));
  });
});

describe('requireEvalFiles', () => {
  it('returns the paths when the files are there', () => {
    const dir = path.join(REPO_ROOT, 'scripts/fixtures/eval');
    expect(requireEvalFiles(dir, 'segmentation', ['README.md'])).toEqual([path.join(dir, 'segmentation', 'README.md')]);
  });

  it('throws a ScriptError (exit 2) naming every missing file', () => {
    const attempt = (): string[] => requireEvalFiles('/no/such/dir', 'segmentation', ['a.jsonl', 'b.jsonl']);
    expect(attempt).toThrow(ScriptError);
    expect(attempt).toThrow(/a\.jsonl, .*b\.jsonl/);
  });
});
