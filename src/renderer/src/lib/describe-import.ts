// How an import's outcomes read: what a duplicate matched, what replacing an article did to its claims,
// and the progress of a batch.
import type { DuplicateImport, ImportFailure, ReplaceChanges } from '../../../shared/api';
import { plural } from './format';

/** What a held-back import matched, as a sentence: the same text (under its own title or another) or a newer version. */
export function describeDuplicateMatch({ match, existing, title }: Pick<DuplicateImport, 'match' | 'existing' | 'title'>): string {
  if (match === 'same-url') return `A newer version of “${existing.title}”, already in the library.`;
  // Naming the article again under its own title would only repeat the line above.
  return existing.title === title ? 'Already in the library, word for word.' : `The same text as “${existing.title}”, already in the library.`;
}

/** What replacing an article did: its worked-on claims carried over, reworded, or not found in the new text. */
export function describeReplacement(title: string, { placed, changed, unplaced }: ReplaceChanges): string {
  if (placed === 0 && unplaced === 0) return `Replaced “${title}”. No claim had been worked on, so its claims were found afresh.`;
  const parts: string[] = [];
  if (placed > 0) parts.push(`${plural(placed, 'claim')} carried over`);
  if (changed > 0) parts.push(`${changed} with changed wording`);
  if (unplaced > 0) {
    const count = placed > 0 ? String(unplaced) : plural(unplaced, 'claim');
    parts.push(`${count} not found — listed for review in the article`);
  }
  return `Replaced “${title}”: ${parts.join(', ')}.`;
}

/** A failure's line: the message alone when it names the file already, else the name first. */
export function describeFailure({ name, message }: ImportFailure): string {
  const fileName = name.split('/').at(-1) ?? name;
  return message.includes(fileName) ? message : `${name}: ${message}`;
}

/** "Importing 12 of 100 — name.html": the file being read is the next after those done. */
export function describeProgress(done: number, total: number, currentName: string | null): string {
  const position = `Importing ${Math.min(done + 1, total)} of ${total}`;
  return currentName ? `${position} — ${currentName}` : position;
}
