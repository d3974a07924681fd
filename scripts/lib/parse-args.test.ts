import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args';
import { ScriptError } from './script-error';

const spec = { 'eval-dir': 'string', limit: 'integer', threshold: 'number', verbose: 'boolean' } as const;

describe('parseArgs', () => {
  it('reads strings, whole numbers, numbers and flags in both spellings', () => {
    const { options } = parseArgs(['--eval-dir', 'data', '--limit=5', '--threshold', '0.5', '--verbose'], spec);
    expect(options).toEqual({ 'eval-dir': 'data', limit: 5, threshold: 0.5, verbose: true });
  });

  it('leaves absent options undefined and absent flags false', () => {
    expect(parseArgs([], spec).options).toEqual({ 'eval-dir': undefined, limit: undefined, threshold: undefined, verbose: false });
  });

  it('rejects unknown options, bad numbers and stray arguments with a ScriptError', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(ScriptError);
    expect(() => parseArgs(['--limit', '1.5'], spec)).toThrow('--limit takes a whole number');
    expect(() => parseArgs(['--threshold', 'high'], spec)).toThrow('--threshold takes a number');
    expect(() => parseArgs(['extra'], spec)).toThrow('unexpected argument "extra"');
    expect(parseArgs(['extra'], spec, { allowPositionals: true }).positionals).toEqual(['extra']);
  });
});
