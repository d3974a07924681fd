// How statuses and kinds read and look in a report. Colours are chosen to stay apart in print and in greyscale
// (the label is always printed too, so colour is never the only signal).
import type { ClaimKind, ClaimStatus, LanguageCode } from '../../shared/model';
import { CLAIM_KINDS, CLAIM_STATUSES, LANGUAGES } from '../../shared/model';

export interface StatusStyle {
  label: string;
  /** Text and border colour. */
  ink: string;
  /** Badge and highlight background. */
  tint: string;
}

export const STATUS_STYLES: Readonly<Record<ClaimStatus, StatusStyle>> = {
  unverified: { label: 'Unverified', ink: '#4b5563', tint: '#eceef1' },
  'in-progress': { label: 'In progress', ink: '#1d4ed8', tint: '#dde8fd' },
  verified: { label: 'Verified', ink: '#166534', tint: '#d9f2e1' },
  disputed: { label: 'Disputed', ink: '#92400e', tint: '#fcebc7' },
  false: { label: 'False', ink: '#b91c1c', tint: '#fbdcdc' },
  misleading: { label: 'Misleading', ink: '#c2410c', tint: '#fde3d2' },
  unverifiable: { label: 'Unverifiable', ink: '#6d28d9', tint: '#ebe3fc' },
  dismissed: { label: 'Not a claim', ink: '#6b7280', tint: '#f3f4f6' },
};

export const KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  statistic: 'Statistic',
  quote: 'Quote',
  event: 'Event',
  comparison: 'Comparison',
  other: 'Other',
};

export const LANGUAGE_LABELS: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  ru: 'Russian',
  kk: 'Kazakh',
  zh: 'Chinese',
  und: 'Undetermined',
};

// Values read from a damaged library file must not break a report or its markup (they end up in class
// names): anything unknown reads as the neutral value.

export function toKnownStatus(status: string): ClaimStatus {
  return CLAIM_STATUSES.find((known) => known === status) ?? 'unverified';
}

export function toKnownKind(kind: string): ClaimKind {
  return CLAIM_KINDS.find((known) => known === kind) ?? 'other';
}

export function toKnownLanguage(language: string): LanguageCode {
  return LANGUAGES.find((known) => known === language) ?? 'und';
}
