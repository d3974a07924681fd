// Before Readability looks for the article: takes out what a reader never sees as article text and
// what pages mark as furniture by name (captions, share bars, related links, newsletter boxes, author
// boxes, hover cards, text only screen readers hear). Readability drops some of these itself, but only
// when they score badly; named furniture inside the article's own container survives it.

/**
 * Class and id words of page furniture, matched as whole parts of a class or id between dashes or
 * underscores: "share" in "post-share-bar", "related" in "related_links".
 */
const CLUTTER_WORDS = [
  // Captions and photo credits: kept out of article text like the figure they belong to.
  'caption', 'captions', 'figcaption', 'credit', 'credits',
  // Sharing.
  'share', 'shares', 'sharing', 'sharebar', 'social', 'addthis', 'sharethis', 'sharedaddy',
  // Links to other stories.
  'related', 'recommended', 'recommendations', 'recirc', 'more-stories', 'read-more', 'readmore', 'read-next',
  'readnext', 'also-read', 'trending', 'popular', 'most-read', 'outbrain', 'taboola', 'promo', 'sponsored',
  'breadcrumb', 'breadcrumbs', 'pagination', 'tags', 'tag-list', 'categories', 'topics',
  // Newsletters and subscription prompts.
  'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'paywall', 'membership',
  // Authors, dates and other post metadata.
  'author-box', 'author-info', 'about-author', 'author-card', 'bio', 'byline', 'bylines', 'dateline', 'timestamp',
  'meta', 'disclaimer', 'disclosure',
  // Comments.
  'comment', 'comments', 'respond', 'reply', 'disqus',
  // Advertising.
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'dfp',
  // Cookie and consent banners.
  'cookie', 'cookies', 'consent', 'gdpr',
  // Shown only on hover, or only to screen readers.
  'tooltip', 'rollover', 'popover', 'hovercard', 'popup', 'modal', 'sr-only', 'screen-reader-text', 'screenreader',
  'visually-hidden', 'visuallyhidden', 'off-screen', 'offscreen', 'hidden', 'hide',
  // Printed pages only ("print-header"), and print buttons.
  'print',
];

/** Words that name furniture only at the end of a name ("article-tools", "social-follow"), not at its start ("tools-review"). */
const CLUTTER_END_WORDS = ['tools', 'toolbar', 'follow'];

/** Responsive utility classes: hidden on some screens, or in print, only ("hidden-xs", "hide-on-mobile", "hidden-print"). */
const RESPONSIVE_CLASS = /^(?:hidden|hide|visible|show)-(?:on-)?(?:xs|sm|md|lg|xl|xxl|mobile|phone|tablet|desktop|small|medium|large|print)(?:$|[-_])/iu;
/** Bootstrap's "d-none" hides an element unless a class shows it again from some screen size ("d-md-block"). */
const SHOWN_FROM_SIZE = /^d-(?:sm|md|lg|xl|xxl)-(?!none)/iu;

const CLUTTER_TOKEN = new RegExp(
  `(?:^|[-_])(?:${CLUTTER_WORDS.map(escapeRegExp).join('|')})(?:$|[-_])|(?:^|[-_])(?:${CLUTTER_END_WORDS.map(escapeRegExp).join('|')})$`,
  'iu',
);

/** Elements never holding article text, and the ARIA roles of page parts around the article. */
const CLUTTER_TAGS: ReadonlySet<string> = new Set(['FIGCAPTION', 'NAV']);
const CLUTTER_ROLES: ReadonlySet<string> = new Set(['navigation', 'complementary']);

/** Elements a whole article can sit in: never removed by name, whatever their classes say. */
const CONTAINER_TAGS: ReadonlySet<string> = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** A furniture element is removed only if it holds less than this share of the page's paragraph text. */
const MAX_PARAGRAPH_SHARE = 0.4;
/** Below this much paragraph text, a page's text is not in its <p>s. */
const MIN_PARAGRAPH_TEXT = 500;

export function removePageClutter(document: Document): void {
  const body = document.body;
  if (body === null) return;
  // Pages that write their text in <div>s rather than <p>s are measured by all their text.
  const measure = measureParagraphText(body) >= MIN_PARAGRAPH_TEXT ? measureParagraphText : measureAllText;
  const limit = MAX_PARAGRAPH_SHARE * measure(body);
  // One walk from the top, what is removed not searched further; a stack, as broken pages nest thousands deep.
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const parent = stack.pop();
    for (let child = parent?.firstElementChild ?? null; child !== null; ) {
      const next = child.nextElementSibling;
      if (isClutter(child) && measure(child) <= limit) child.remove();
      else stack.push(child);
      child = next;
    }
  }
}

function isClutter(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (CLUTTER_TAGS.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (CLUTTER_ROLES.has(element.getAttribute('role') ?? '')) return true;
  return !CONTAINER_TAGS.has(tag) && isNamedClutter(element);
}

export function isNamedClutter(element: Element): boolean {
  const classes = (element.getAttribute('class') ?? '').split(/\s+/u).filter((word) => word !== '');
  if (classes.includes('d-none') && !classes.some((word) => SHOWN_FROM_SIZE.test(word))) return true;
  const words = [...classes, element.getAttribute('id') ?? ''].filter((word) => word !== '' && !RESPONSIVE_CLASS.test(word));
  // camelCase names count as dashed ones: "newsCaption" is "news-caption".
  return words.some((word) => CLUTTER_TOKEN.test(word.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')));
}

function measureParagraphText(root: Element): number {
  let length = 0;
  for (const paragraph of root.getElementsByTagName('p')) length += (paragraph.textContent ?? '').trim().length;
  return length;
}

function measureAllText(root: Element): number {
  return (root.textContent ?? '').replace(/\s+/gu, ' ').length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
