// After Readability has chosen the article's container: takes out what it keeps that is not the story.
// Its class names are gone by then, so these rules read structure and wording: the page header inside
// the container, "Related: …" and "Read more" links, lists of other headlines under such a label,
// capitalised promo links, calls to subscribe or follow, and teasers of other articles.

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'BLOCKQUOTE', 'DIV', 'SECTION', 'TD', 'PRE', 'FIGURE', 'UL', 'OL', 'TABLE',
  'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'DL', 'TR', 'TBODY', 'FORM',
]);
const LEAF_TAGS: ReadonlySet<string> = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'DIV', 'BLOCKQUOTE', 'TD']);
const LIST_TAGS: ReadonlySet<string> = new Set(['UL', 'OL']);

/** Labels that open a pointer to other stories, in the languages the app reads and a few more. */
const SEE_ALSO_LABEL = new RegExp(
  '^[\\s\\[(]*(?:' +
    [
      'related(?: (?:posts?|articles?|stories|story|coverage|content|reading|links?|news))?',
      'read (?:more|also|next|this)', 'more(?: (?:on|from|about) [^:]{1,40})?', 'see (?:also|more)', 'also (?:read|on|see)',
      "don[’']?t miss", 'recommended(?: for you)?', 'you (?:may|might) (?:also )?like', 'trending(?: now)?', 'most (?:read|popular)',
      'further reading', 'top stories', 'latest (?:news|stories)',
      'читайте (?:также|еще|ещё)', 'смотрите также', 'см\\. также', 'по теме', 'читать далее', 'подробнее', 'ещё по теме',
      'сондай-ақ оқыңыз', 'оқыңыз',
      '相关(?:阅读|新闻|文章|报道)?', '延伸阅读', '推荐阅读', '阅读更多', '更多(?:阅读|新闻)',
      'lesen sie (?:auch|mehr)', 'mehr zum thema', 'leia (?:também|mais)', 'veja (?:também|mais)', 'leggi anche', 'lee también',
      'lire aussi', 'à lire aussi',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])(?<separator>\\s*[:：\\-–—|»])?',
  'iu',
);

/** A short heading over other stories: "More Great WIRED Stories", "Popular posts", "Другие новости". */
const STORIES_LABEL = /(?<![\p{L}])(?:stories|articles|posts|reads|news|headlines|videos|статьи|статей|новости|материалы|записи)(?![\p{L}])|文章|新闻|报道/iu;
const MAX_LABEL_CHARS = 60;

/** Calls to act (subscribe, follow, share, get the app) and page controls (reading time, gallery counters) opening a short block. */
const CALL_TO_ACTION = new RegExp(
  '^(?:' +
    [
      'click here', 'tap here', 'subscribe(?: (?:to|now|for|today)(?![\\p{L}])|$)', 'sign up (?:for (?:our|the) |now|today)',
      '(?:sign|log) in$', 'follow (?:us|@)', 'follow [^.]{0,60} on (?:facebook|twitter|instagram|youtube|linkedin|tiktok|telegram)',
      'like this (?:story|article)', 'share this', 'want more', '(?:get|download) (?:the|our) .{0,40}app(?![\\p{L}])',
      '(?:learn|read) more$', 'continue reading', 'advert(?:isement)?$', 'if you (?:enjoyed|liked) this',
      '(?:image|photo|picture|slide) \\d+ of\\b', 'enlarge (?:image|photo)', '(?:reading time|read time|tempo de leitura|время чтения|lesezeit|阅读时间)\\s*[:：]?\\s*\\d',
      '\\d+\\s*(?:min|minute|minutes|мин|минут[аы]?)\\.? read$',
      'подпи(?:шитесь|сывайтесь)', 'читайте нас', '关注(?:我们|公众号)', '扫码关注', '扫描二维码',
    ].join('|') +
    ')',
  'iu',
);
const MAX_CALL_TO_ACTION_CHARS = 200;

/** A block that is a link and little else. */
const MIN_LINK_DENSITY = 0.8;
/** In a list of links, the share of items that must be links. */
const MIN_LINK_ITEM_SHARE = 0.6;
/** "Related: <link>" carries a label besides the link. */
const MIN_SEE_ALSO_LINK_DENSITY = 0.4;
/** Page parts that do not hold the story are removed only while small against the whole container. */
const MAX_SECTION_SHARE = 0.3;
const MAX_TEASER_CHARS = 800;
/** The least text an <article> needs to be taken for the story rather than a teaser. */
const MIN_STORY_CHARS = 250;

export function pruneArticleContent(root: Element): void {
  const total = measureText(root);
  removeNestedSections(root, total);
  keepFirstArticle(root);
  for (const block of collectLeafBlocks(root)) {
    if (!root.contains(block)) continue;
    if (isSeeAlsoBlock(block) || isPromoLink(block) || isCallToAction(block) || isStoriesLabel(block)) removeWithFollowingLinkList(block);
  }
}

/** Other stories' teasers, then the page's own header, navigation and footer, when Readability kept them. */
function removeNestedSections(root: Element, total: number): void {
  const sections: Element[] = [...root.querySelectorAll('article')].filter(isTeaserArticle);
  sections.push(...root.querySelectorAll('header, nav, aside, footer'));
  for (const section of sections) {
    if (section === root || !root.contains(section)) continue;
    if (measureText(section) <= MAX_SECTION_SHARE * total) section.remove();
  }
}

/** An <article> inside the article is another story's teaser: short, under a headline that links away. */
function isTeaserArticle(section: Element): boolean {
  return measureText(section) < MAX_TEASER_CHARS && section.querySelector('h1 a, h2 a, h3 a, h4 a, h5 a, h6 a, a h1, a h2, a h3, a h4') !== null;
}

function isSeeAlsoBlock(block: Element): boolean {
  const text = readText(block);
  const label = SEE_ALSO_LABEL.exec(text);
  if (label === null) return false;
  const rest = text.slice(label[0].length).replace(/^[\s\])]+/u, '');
  // A bare label ("Related", "DON'T MISS") heads a list of links; "Related: <headline>" is mostly link.
  if (rest === '') return true;
  const linkText = measureLinkText(block);
  if (label.groups?.['separator'] !== undefined) return linkText >= MIN_SEE_ALSO_LINK_DENSITY * text.length;
  return linkText >= MIN_LINK_DENSITY * rest.length;
}

/** A paragraph that is one link in capitals: a promotion of another story ("WATCH: …", "TRUMP SAYS …"). */
function isPromoLink(block: Element): boolean {
  const text = readText(block);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const isCapitals = letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  // A heading linked to itself ("#chapter-one") is the story's own table of contents, not a promotion.
  const isInPage = [...block.querySelectorAll('a')].every((link) => (link.getAttribute('href') ?? '').startsWith('#'));
  return isCapitals && !isInPage && measureLinkText(block) >= MIN_LINK_DENSITY * text.length;
}

/** A short label naming other stories, with a list of links right after it. */
function isStoriesLabel(block: Element): boolean {
  const text = readText(block);
  if (text.length > MAX_LABEL_CHARS || !STORIES_LABEL.test(text)) return false;
  const next = findLabelled(block).nextElementSibling;
  return next !== null && isLinkList(next);
}

function isCallToAction(block: Element): boolean {
  const text = readText(block);
  return text.length <= MAX_CALL_TO_ACTION_CHARS && CALL_TO_ACTION.test(text);
}

/** Removes the block, and the list of links right after it that it labels. */
function removeWithFollowingLinkList(block: Element): void {
  const labelled = findLabelled(block);
  let next = labelled.nextElementSibling;
  labelled.remove();
  while (next !== null && isLinkList(next)) {
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
}

/** A label wrapped alone in its own element labels what follows that element. */
function findLabelled(block: Element): Element {
  let labelled = block;
  for (let parent = block.parentElement; labelled.nextElementSibling === null && parent !== null; parent = parent.parentElement) {
    if (readText(parent) !== readText(labelled) || LIST_TAGS.has(parent.tagName.toUpperCase())) break;
    labelled = parent;
  }
  return labelled;
}

/** A list (or a paragraph) of links: most of its items are links and little else, and so is the whole. */
function isLinkList(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (!LIST_TAGS.has(tag) && tag !== 'P' && tag !== 'DIV') return false;
  const items = LIST_TAGS.has(tag) ? [...element.children] : [element];
  const linkItems = items.filter((item) => {
    const length = measureText(item);
    return length > 0 && measureLinkText(item) >= MIN_LINK_DENSITY * length;
  });
  return linkItems.length > 0 && linkItems.length >= MIN_LINK_ITEM_SHARE * items.length && measureLinkText(element) >= 0.5 * measureText(element);
}

/** Blocks with no block inside them (paragraphs, list items, headings), in document order. */
function collectLeafBlocks(root: Element): Element[] {
  const leaves: Element[] = [];
  // Post-order with a stack, as broken pages nest thousands deep: an element is judged after its children.
  const holdsBlock = new Set<Element>();
  const stack: { element: Element; isLeaving: boolean }[] = [];
  for (let child = root.lastElementChild; child !== null; child = child.previousElementSibling) stack.push({ element: child, isLeaving: false });
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { element } = item;
    if (!item.isLeaving) {
      stack.push({ element, isLeaving: true });
      for (let child = element.lastElementChild; child !== null; child = child.previousElementSibling) stack.push({ element: child, isLeaving: false });
      continue;
    }
    const tag = element.tagName.toUpperCase();
    const hasBlockInside = holdsBlock.has(element);
    if (LEAF_TAGS.has(tag) && !hasBlockInside) leaves.push(element);
    const parent = element.parentElement;
    if (parent !== null && (hasBlockInside || BLOCK_TAGS.has(tag))) holdsBlock.add(parent);
  }
  return leaves;
}

function readText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

function measureText(element: Element): number {
  return readText(element).length;
}

function measureLinkText(element: Element): number {
  if (element.tagName.toUpperCase() === 'A') return measureText(element);
  let length = 0;
  for (const link of element.querySelectorAll('a')) length += measureText(link);
  return length;
}

/**
 * Several <article> elements side by side in the container are the story and the posts a blog shows after
 * it (or an endless scroll appends): the first one with some text is the story.
 */
function keepFirstArticle(root: Element): void {
  const articles = [...root.querySelectorAll('article')].filter((article) => {
    const outer = article.parentElement?.closest('article') ?? null;
    return outer === null || !root.contains(outer);
  });
  if (articles.length < 2) return;
  const story = articles.find((article) => measureText(article) >= MIN_STORY_CHARS);
  if (story === undefined) return;
  for (const article of articles) if (article !== story) article.remove();
}
