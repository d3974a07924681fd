// JSON Lines files (one JSON value a line) and checks on the records read from them.
import { readFileSync } from 'node:fs';
import { ScriptError } from './script-error';

/**
 * Reads a JSON Lines file, skipping blank lines, and turns each value into a record with parseRecord,
 * which throws on a value of the wrong shape; errors name the file and line.
 */
export function readJsonl<T>(file: string, parseRecord: (value: unknown) => T): T[] {
  const records: T[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        records.push(parseRecord(JSON.parse(line)));
      } catch (error) {
        throw new ScriptError(`${file}:${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  return records;
}

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  // Checked just above: a non-null, non-array object.
  return value as JsonObject;
}

export function readStringField(record: JsonObject, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`"${key}" should be a string`);
  return value;
}

export function readStringArrayField(record: JsonObject, key: string): string[] {
  const value = record[key];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`"${key}" should be an array of strings`);
  }
  return value;
}
