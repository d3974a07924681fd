// Patterns that do not depend on the language: agency datelines, URLs, breadcrumb separators.

/** Separators of a breadcrumb trail; spaced, so "Asia/Pacific" or «quotes» are not split. */
export const BREADCRUMB_SEPARATOR = /\s+[/>»›|→]\s+/u;

/**
 * An agency dateline opening the first paragraph; `source` is the agency.
 * "NANJING. KAZINFORM - …", "АСТАНА. КАЗИНФОРМ – …", "BEIJING, Sept 3 (Xinhua) -- …".
 * A place alone ("ASTANA – …") names no agency and does not match.
 */
export const AGENCY_DATELINE_PATTERNS: readonly RegExp[] = [
  /^\p{Lu}[\p{Lu} .'’-]{1,40}[.,]\s+(?<source>\p{Lu}[\p{Lu}\p{N}-]{2,30})\s*[-–—]{1,2}\s/u,
  /^\p{Lu}[\p{L}\p{N} ,.'’-]{1,60}?\((?<source>\p{L}[\p{L} .&-]{1,30})\)\s*[-–—]{1,2}\s/u,
];

/** The place-and-date part of a dateline opening a paragraph ("ASTANA, 3 September 2025 –"). */
export const DATELINE_PREFIX = /^(?<prefix>\p{Lu}{2,}[\p{Lu} .'’-]*,[^\n–—]{1,40}?)\s[-–—]{1,2}\s/u;

export const BARE_URL = /^<?(?<url>https?:\/\/[^\s<>]+)>?$/iu;

export const DOMAIN_NAME = /^(?:www\.)?(?<domain>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})$/u;

/** Han characters repeated four times or more ("久久久久") occur in spam, not in prose. */
export const REPEATED_HAN = /(\p{Script=Han})\1{3,}/u;

/** Separators of a keyword-stuffed line. */
export const KEYWORD_LIST_SEPARATOR = /[,，、|｜]/u;
