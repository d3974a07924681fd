// A line that states a date and little else: "24 October 2016 19:12", "Updated: 2025-09-03 19:57".
import { findDate } from './find-date';
import type { DateMatch } from './find-date';
import { collectWords } from './patterns/index';
import { buildAlternation } from './line-shape';

const MAX_DATELINE_CHARS = 100;
/** Letters allowed beside the date and its label: a weekday, "GMT", a city. */
const MAX_OTHER_LETTERS = 16;

const DATE_LABELS = buildAlternation(collectWords('dateLabels'), 'giu');

/** The date the line states, when the line is a dateline; null otherwise. */
export function readDateline(text: string): DateMatch | null {
  if (text.length > MAX_DATELINE_CHARS) return null;
  const date = findDate(text);
  if (date === null) return null;
  const rest = `${text.slice(0, date.start)} ${text.slice(date.end)}`.replace(DATE_LABELS, ' ');
  const otherLetters = rest.match(/\p{L}/gu)?.length ?? 0;
  return otherLetters <= MAX_OTHER_LETTERS ? date : null;
}
