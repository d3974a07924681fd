// Site chrome around an article: menus, section names, breadcrumbs, language switchers, "back to top".
import { BREADCRUMB_SEPARATOR } from './patterns/any-language';
import { collectMatchers, collectWords } from './patterns/index';
import {
  buildAlternation,
  countWords,
  hasSentenceEnding,
  isMadeOfWords,
  looksLikeSentence,
  matchesAny,
  makeLookupKey,
} from './line-shape';

/** Navigation is short; anything longer is text even if it starts like a menu item. */
export const MAX_NAVIGATION_CHARS = 100;
const MAX_CRUMB_CHARS = 30;
const MAX_CRUMB_WORDS = 4;
const MIN_CRUMBS_WITHOUT_ROOT = 3;

const NAVIGATION_LINES = collectWords('navigationLines');
const NAVIGATION_WORDS = new Set([...NAVIGATION_LINES].filter((line) => !line.includes(' ')));
const NAVIGATION_PATTERNS = collectMatchers('navigationPatterns');
const BREADCRUMB_ROOTS = collectWords('breadcrumbRoots');
// No word boundaries: switchers are often glued together ("Global EditionASIA 中文雙語Français").
// Matched in the lookup key, which is in lower case already.
const SWITCHER_WORDS = buildAlternation(collectWords('languageSwitcherWords'), 'gu');

export function isNavigationLine(text: string, key = makeLookupKey(text)): boolean {
  if (text.length > MAX_NAVIGATION_CHARS || looksLikeSentence(text)) return false;
  return (
    NAVIGATION_LINES.has(key) ||
    matchesAny(text, NAVIGATION_PATTERNS) ||
    isLanguageSwitcher(key) ||
    isBreadcrumb(text) ||
    isMadeOfWords(key, NAVIGATION_WORDS)
  );
}

/** Nothing but language and edition names once those are taken out. */
function isLanguageSwitcher(key: string): boolean {
  const rest = key.replace(SWITCHER_WORDS, '');
  return rest !== key && !/[\p{L}\p{N}]/u.test(rest);
}

/** "Home / World / Asia-Pacific": short crumbs between separators, from a home crumb or three deep. */
function isBreadcrumb(text: string): boolean {
  if (!BREADCRUMB_SEPARATOR.test(text)) return false;
  const crumbs = text.split(BREADCRUMB_SEPARATOR).map((crumb) => crumb.trim());
  if (crumbs.length < 2) return false;
  const isEveryCrumbShort = crumbs.every(
    (crumb) =>
      crumb !== '' &&
      crumb.length <= MAX_CRUMB_CHARS &&
      countWords(crumb) <= MAX_CRUMB_WORDS &&
      !hasSentenceEnding(crumb),
  );
  if (!isEveryCrumbShort) return false;
  return BREADCRUMB_ROOTS.has(makeLookupKey(crumbs[0] ?? '')) || crumbs.length >= MIN_CRUMBS_WITHOUT_ROOT;
}
