// Display formatting: dates as stated in the article (no time-zone shifting), languages, scores, sizes.
import { EXCLUSION_REASON_LABELS, KIND_LABELS, LANGUAGE_NAMES } from '../../../shared/labels';
import type { ClaimKind, ExclusionReason, LanguageCode } from '../../../shared/model';


export function formatLanguage(code: LanguageCode): string {
  return LANGUAGE_NAMES[code] ?? code;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?/;

/** Formats an ISO date or date-time exactly as stated: "3 Sep 2025" or "3 Sep 2025, 19:57". */
export function formatStatedDate(iso: string | null): string | null {
  if (!iso) return null;
  const match = DATE_RE.exec(iso);
  if (!match) return iso;
  const [, y, m, d, hh, mm] = match;
  const month = MONTHS[Number(m) - 1];
  if (!month) return iso;
  const day = d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
  return hh ? `${day}, ${hh}:${mm}` : day;
}

/** A moment the app recorded (import time, history), in the user's local time. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Scores are 0–1 (shown as a percentage); anything larger is shown as it is. */
export function formatScore(score: number): string {
  if (score >= 0 && score <= 1) return `${Math.round(score * 100)}%`;
  return String(Math.round(score * 100) / 100);
}

export function formatKind(kind: ClaimKind): string {
  return KIND_LABELS[kind] ?? kind;
}

export function formatExclusionReason(reason: ExclusionReason): string {
  return EXCLUSION_REASON_LABELS[reason] ?? reason;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Ctrl" or "⌘", for shortcut hints. */
export const MOD_KEY = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** The message of anything thrown, for showing to the user. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A claim threshold as the preferences show it: "0.50". */
export function formatThreshold(threshold: number): string {
  return threshold.toFixed(2);
}

/** What a claim threshold means for the fact-checker, in words. */
export function describeThreshold(threshold: number): string {
  if (threshold <= 0.25) return 'More claims, more noise';
  if (threshold < 0.45) return 'More claims';
  if (threshold <= 0.6) return 'Balanced';
  if (threshold < 0.75) return 'Fewer claims';
  return 'Fewer, surer claims';
}
