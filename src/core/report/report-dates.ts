// Dates as a report prints them. Generation time is shown in UTC so the same report reads the same
// everywhere; an article's own date is printed as stated, without inventing a time zone.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "21 November 2026, 09:05 UTC" */
export function formatGeneratedAt(date: Date): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}, ${time} UTC`;
}

/** "2024-03-05" → "5 March 2024"; "2024-03-05T14:30+06:00" → "5 March 2024, 14:30 (+06:00)"; else as given. */
export function formatStatedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return value;
  const [, year, , day, hours, minutes, zone] = match;
  const date = `${Number(day)} ${month} ${year}`;
  if (hours === undefined || minutes === undefined) return date;
  const zoneLabel = zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` (${zone})`;
  return `${date}, ${hours}:${minutes}${zoneLabel}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
