// How statuses, kinds, languages and exclusion reasons read, in the UI and in reports alike.
import type { CheckableKind, ClaimKind, ClaimStatus, ExclusionReason, LanguageCode } from './model';

export const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unverified: 'Unverified',
  'in-progress': 'In progress',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
  dismissed: 'Not a claim',
};

export const STATUS_DESCRIPTIONS: Readonly<Record<ClaimStatus, string>> = {
  unverified: 'Not checked yet',
  'in-progress': 'Being checked',
  verified: 'Accurate, supported by evidence',
  disputed: 'Credible sources disagree',
  false: 'Contradicted by evidence',
  misleading: 'Accurate in part, but gives a wrong impression',
  unverifiable: 'Cannot be checked with available evidence',
  dismissed: 'Dismissed: not a check-worthy claim',
};

export const KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  statistic: 'Statistic',
  quote: 'Quote',
  event: 'Event',
  comparison: 'Comparison',
  prediction: 'Prediction',
  other: 'Other',
};

export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  ru: 'Russian',
  kk: 'Kazakh',
  zh: 'Chinese',
  und: 'Unknown language',
};

export const EXCLUSION_REASON_LABELS: Readonly<Record<ExclusionReason, string>> = {
  navigation: 'Site navigation',
  'share-buttons': 'Share buttons',
  newsletter: 'Newsletter sign-up',
  copyright: 'Copyright notice',
  caption: 'Photo caption',
  poll: 'Poll',
  'repeated-title': 'Repeated title',
  spam: 'Spam',
  byline: 'Byline',
  dateline: 'Dateline',
  title: 'Title',
  advertisement: 'Advertisement',
  'cookie-notice': 'Cookie notice',
  'link-list': 'Menu or list of links',
  'related-links': 'Links to other stories',
  comments: 'Reader comments',
};

/** The one reason a claim added by hand has, until detection runs over its words. */
export const MANUAL_CLAIM_REASON = 'added by hand';

export const CHECKABLE_KIND_LABELS: Readonly<Record<CheckableKind, string>> = {
  figure: 'Figure',
  date: 'Date',
  name: 'Name',
};
