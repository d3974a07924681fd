// The labelled check-worthiness files of the eval data: {"id", "text", "label"} a line, label 1 = check-worthy.
import { asObject, readJsonl, readStringField } from './read-jsonl';

export const CHECKWORTHY_DIR = 'checkworthy';
/** The set the F1 target is measured on. */
export const TARGET_FILE = 'claimbuster-2.5xNCS.dev.jsonl';
/** ClaimBuster's larger three-class set; it holds every sentence of the target file, and more. */
export const THREE_CLASS_FILE = 'claimbuster-3class.dev.jsonl';
export const CHECKWORTHY_FILES = [TARGET_FILE, THREE_CLASS_FILE, 'checkthat2022-en.dev.jsonl', 'checkthat2022-bg.dev.jsonl'] as const;

export interface LabelledRecord {
  id: string;
  text: string;
  label: 0 | 1;
}

export function readCheckworthyFile(file: string): LabelledRecord[] {
  return readJsonl(file, (value) => {
    const record = asObject(value);
    const id = record['id'];
    const label = record['label'];
    if (typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" should be a string or number');
    if (label !== 0 && label !== 1) throw new Error('"label" should be 0 or 1');
    return { id: String(id), text: readStringField(record, 'text'), label };
  });
}
