import { describe, expect, it } from 'vitest';
import { FactdeskError } from '../errors';
import { buildHostileExportSet, HOSTILE_NOTE, SCRIPT } from './export-test-fixtures';
import { readFullJson, renderFullJson } from './to-json';

function readBack(mutate: (file: Record<string, unknown>) => void): () => unknown {
  const file = JSON.parse(renderFullJson(buildHostileExportSet())) as Record<string, unknown>;
  mutate(file);
  return () => readFullJson(JSON.stringify(file), '"export.json"');
}

describe('renderFullJson and readFullJson', () => {
  it('gives back every article document exactly, and the export facts', () => {
    const set = buildHostileExportSet();
    const read = readFullJson(renderFullJson(set));
    expect(read.articles).toStrictEqual(set.docs);
    expect(read).toMatchObject({ generatedAt: '2026-11-21T09:05:00.000Z', appVersion: '0.1.0', author: set.author, filter: set.filter });
  });

  it('writes a pretty-printed file headed by its format and version', () => {
    const json = renderFullJson(buildHostileExportSet());
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['format', 'formatVersion', 'generatedAt', 'app', 'author', 'filter', 'articles']);
    expect(json.startsWith('{\n  "format": "factdesk-export",\n  "formatVersion": 1,\n')).toBe(true);
    expect(json).toContain(JSON.stringify(HOSTILE_NOTE));
    expect(json).toContain(SCRIPT);
    expect(json).toContain('据海关统计，俄罗斯排名第一。');
  });

  it('refuses text that is not JSON, or JSON of another kind or version, saying which', () => {
    const expectBadInput = (read: () => unknown, message: RegExp): void => {
      expect(read).toThrow(FactdeskError);
      expect(read).toThrow(message);
      try {
        read();
      } catch (error) {
        expect((error as FactdeskError).code).toBe('bad-input');
      }
    };
    expectBadInput(() => readFullJson('{"format": "factdesk-export",', '"export.json"'), /^"export\.json" is not a Factdesk export: it is not JSON\.$/);
    expectBadInput(() => readFullJson('[1, 2]'), /^This file is not a Factdesk export/);
    expectBadInput(readBack((file) => (file['format'] = 'factdesk-backup')), /is not a Factdesk export/);
    expectBadInput(readBack((file) => (file['formatVersion'] = 2)), /format version 2; this Factdesk reads version 1/);
  });

  it('refuses a damaged article, naming the field', () => {
    const claimsOf = (file: Record<string, unknown>, index: number): Record<string, unknown>[] =>
      ((file['articles'] as Record<string, unknown>[])[index]!['claims'] as Record<string, unknown>[]);
    expect(readBack((file) => (claimsOf(file, 1)[0]!['status'] = 'true'))).toThrow(/articles\.1\.claims\.0\.status is wrong/);
    expect(readBack((file) => delete (file['articles'] as Record<string, unknown>[])[0]!['article'])).toThrow(/articles\.0\.article is wrong/);
    expect(readBack((file) => (claimsOf(file, 0)[0]!['history'] = [{ kind: 'status', at: 'x', from: 'unverified' }]))).toThrow(
      /articles\.0\.claims\.0\.history\.0\.to is wrong/,
    );
  });
});
