// How statuses and kinds read and look in a report. Colours are chosen to stay apart in print and in greyscale
// (the label is always printed too, so colour is never the only signal).
import type { ClaimKind, ClaimStatus, LanguageCode } from '../../shared/model';
import { CLAIM_KINDS, CLAIM_STATUSES, LANGUAGES } from '../../shared/model';

export interface StatusStyle {
  /** Text and border colour. */
  ink: string;
  /** Badge and highlight background. */
  tint: string;
}

export const STATUS_STYLES: Readonly<Record<ClaimStatus, StatusStyle>> = {
  unverified: { ink: '#4b5563', tint: '#eceef1' },
  'in-progress': { ink: '#1d4ed8', tint: '#dde8fd' },
  verified: { ink: '#166534', tint: '#d9f2e1' },
  disputed: { ink: '#92400e', tint: '#fcebc7' },
  false: { ink: '#b91c1c', tint: '#fbdcdc' },
  misleading: { ink: '#c2410c', tint: '#fde3d2' },
  unverifiable: { ink: '#6d28d9', tint: '#ebe3fc' },
  dismissed: { ink: '#6b7280', tint: '#f3f4f6' },
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
