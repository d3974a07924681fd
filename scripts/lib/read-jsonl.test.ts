import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asObject, readJsonl, readStringArrayField, readStringField } from './read-jsonl';

const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeFile(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const parseItem = (value: unknown): { id: string; tags: string[] } => {
  const record = asObject(value);
  return { id: readStringField(record, 'id'), tags: readStringArrayField(record, 'tags') };
};

describe('readJsonl', () => {
  it('reads one record a line and skips blank lines', () => {
    const file = writeFile('ok.jsonl', '{"id":"a","tags":[]}\n\n{"id":"b","tags":["x"]}\r\n');
    expect(readJsonl(file, parseItem)).toEqual([
      { id: 'a', tags: [] },
      { id: 'b', tags: ['x'] },
    ]);
  });

  it('names the file and line of bad JSON or a record of the wrong shape', () => {
    expect(() => readJsonl(writeFile('bad.jsonl', '{"id":"a","tags":[]}\n{oops\n'), parseItem)).toThrow(/bad\.jsonl:2: /);
    expect(() => readJsonl(writeFile('shape.jsonl', '{"id":1,"tags":[]}\n'), parseItem)).toThrow(/shape\.jsonl:1: "id" should be a string/);
    expect(() => readJsonl(writeFile('array.jsonl', '[1]\n'), parseItem)).toThrow('expected a JSON object');
  });
});
