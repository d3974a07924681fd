// Finds the first date (and the time right beside it) stated in a line and writes it as ISO 8601
// without a time zone, since pages rarely say which one they mean.
import { KAZAKH_MONTH_STEMS, MONTH_WORDS } from './patterns/month-names';

export interface DateMatch {
  /** "2025-09-03" or "2025-09-03T19:57" (seconds when stated). */
  iso: string;
  /** Span of the date and its time in the searched text. */
  start: number;
  end: number;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

type DateReader = (text: string) => DateParts[];

const ISO_DATE = /(?<![\p{N}])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{N}])/gu;
const DOTTED_DATE = /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}])/gu;
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu;
const DAY_MONTH_YEAR =
  /(?<![\p{N}])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}{3,12})\.?,?\s+(\d{4})(?![\p{N}])(?:\s*(?:г\.|года|ж\.|жылы)(?![\p{L}]))?/gu;
const MONTH_DAY_YEAR = /(?<![\p{L}])(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\p{N}])/gu;
const KAZAKH_YEAR_FIRST = /(?<![\p{N}])(\d{4})\s*(?:жылғы|ж\.)\s*(\d{1,2})\s+(\p{L}{3,12})/gu;

const TIME_AFTER =
  /^\s*(?:,|\||at|в|T|—|–|-)?\s*(\d{1,2})[:时](\d{2})(?::(\d{2}))?分?(?:\s*([ap])\.?m\.?(?![\p{L}]))?(?![\p{N}])/iu;
const TIME_BEFORE = /(?<![\p{N}:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*[,|]?\s*$/u;

const READERS: readonly DateReader[] = [
  (text) => collectDates(text, ISO_DATE, (m) => [m[1], m[3], m[4]]),
  (text) => collectDates(text, DOTTED_DATE, (m) => [m[3], m[2], m[1]]),
  (text) => collectDates(text, CHINESE_DATE, (m) => [m[1], m[2], m[3]]),
  (text) => collectDates(text, DAY_MONTH_YEAR, (m) => [m[3], m[2], m[1]]),
  (text) => collectDates(text, MONTH_DAY_YEAR, (m) => [m[3], m[1], m[2]]),
  (text) => collectDates(text, KAZAKH_YEAR_FIRST, (m) => [m[1], m[3], m[2]]),
];

export function findDate(text: string): DateMatch | null {
  const candidates = READERS.flatMap((read) => read(text)).filter(isValidDate);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const first = candidates[0];
  if (first === undefined) return null;
  return attachTime(text, first);
}

/** Reads dates; `pick` returns [year, month, day] as written, the month as a number or a month word. */
function collectDates(
  text: string,
  pattern: RegExp,
  pick: (match: RegExpExecArray) => [string | undefined, string | undefined, string | undefined],
): DateParts[] {
  const found: DateParts[] = [];
  for (const match of text.matchAll(pattern)) {
    const [year, monthText = '', day] = pick(match);
    const month = /^\d+$/.test(monthText) ? Number(monthText) : lookUpMonth(monthText);
    if (month === null) continue;
    found.push({ year: Number(year), month, day: Number(day), start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function lookUpMonth(word: string): number | null {
  const key = word.toLowerCase();
  const month = MONTH_WORDS[key];
  if (month !== undefined) return month;
  const stem = KAZAKH_MONTH_STEMS.find(([prefix]) => key.startsWith(prefix));
  return stem === undefined ? null : stem[1];
}

function isValidDate(parts: DateParts): boolean {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

function attachTime(text: string, parts: DateParts): DateMatch {
  const date = `${parts.year}-${padNumber(parts.month)}-${padNumber(parts.day)}`;
  const after = TIME_AFTER.exec(text.slice(parts.end));
  const afterTime = after === null ? null : readTime(after[1], after[2], after[3], after[4]);
  if (after !== null && afterTime !== null) {
    return { iso: `${date}T${afterTime}`, start: parts.start, end: parts.end + after[0].length };
  }
  const before = TIME_BEFORE.exec(text.slice(0, parts.start));
  const beforeTime = before === null ? null : readTime(before[1], before[2], before[3], undefined);
  if (before !== null && beforeTime !== null) {
    return { iso: `${date}T${beforeTime}`, start: before.index, end: parts.end };
  }
  return { iso: date, start: parts.start, end: parts.end };
}

function readTime(
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  meridiem: string | undefined,
): string | null {
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? null : Number(secondText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const isAfternoon = meridiem.toLowerCase() === 'p';
    hour = (hour % 12) + (isAfternoon ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return null;
  return `${padNumber(hour)}:${padNumber(minute)}${second === null ? '' : `:${padNumber(second)}`}`;
}

function padNumber(value: number): string {
  return String(value).padStart(2, '0');
}
