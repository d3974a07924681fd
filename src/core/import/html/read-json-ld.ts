// Schema.org JSON-LD blocks of a page: the article's headline, authors, dates, publisher and body.
// Pages ship these as one object, an array, or an @graph of linked nodes, and now and then as broken
// JSON; whatever cannot be read is skipped, never thrown.

export interface JsonLdFacts {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  articleBody: string | null;
}

type JsonNode = Record<string, unknown>;

/** Schema.org types of a news or blog text (NewsArticle, BlogPosting, ReportageNewsArticle…). */
const ARTICLE_TYPE = /(Article|BlogPosting|SocialMediaPosting|Report|Review)$/u;
const MAX_NODES = 500;

export const EMPTY_JSON_LD: JsonLdFacts = {
  headline: null,
  authors: [],
  datePublished: null,
  publisher: null,
  url: null,
  language: null,
  articleBody: null,
};

export function readJsonLd(document: Document): JsonLdFacts {
  const nodes: JsonNode[] = [];
  for (const script of document.getElementsByTagName('script')) {
    if (!/^application\/ld\+json$/iu.test((script.getAttribute('type') ?? '').trim())) continue;
    const value = parseLenientJson(script.textContent ?? '');
    if (value !== undefined) collectNodes(value, nodes);
  }
  if (nodes.length === 0) return EMPTY_JSON_LD;
  const byId = new Map<string, JsonNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const article = nodes.find((node) => readTypes(node).some((type) => ARTICLE_TYPE.test(type))) ??
    nodes.find((node) => typeof node['headline'] === 'string');
  if (article === undefined) return EMPTY_JSON_LD;
  const resolve = (value: unknown): unknown => resolveReference(value, byId);
  return {
    headline: readText(article['headline']),
    authors: readNames(article['author'], resolve),
    datePublished: readText(article['datePublished']) ?? readText(article['dateCreated']),
    publisher: readNames(article['publisher'], resolve)[0] ?? null,
    url: readText(article['url']) ?? readText(resolve(article['mainEntityOfPage'])) ?? readUrlOf(resolve(article['mainEntityOfPage'])),
    language: readText(article['inLanguage']),
    articleBody: readMultilineText(article['articleBody']),
  };
}

/** JSON.parse, then once more after the usual faults of hand-written JSON-LD are mended. */
export function parseLenientJson(source: string): unknown {
  const text = source.trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const mended = text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/u, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/u, '')
      // Raw line breaks and tabs inside strings are invalid JSON; outside strings they are only whitespace.
      .replace(/[\p{Cc}]/gu, (char) => (char.charCodeAt(0) < 0x20 ? ' ' : char))
      .replace(/,\s*([}\]])/gu, '$1')
      .replace(/;\s*$/u, '');
    try {
      return JSON.parse(mended) as unknown;
    } catch {
      return undefined;
    }
  }
}

function collectNodes(value: unknown, nodes: JsonNode[]): void {
  if (nodes.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, nodes);
    return;
  }
  if (!isNode(value)) return;
  nodes.push(value);
  if (value['@graph'] !== undefined) collectNodes(value['@graph'], nodes);
}

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTypes(node: JsonNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

/** A node that is only {"@id": …} stands for the full node of that id elsewhere in the page. */
function resolveReference(value: unknown, byId: ReadonlyMap<string, JsonNode>): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string') return value;
  const isReferenceOnly = Object.keys(value).every((key) => key === '@id' || key === '@type');
  return isReferenceOnly ? (byId.get(id) ?? value) : value;
}

function readText(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
}

/** A text whose line breaks part its paragraphs. */
function readMultilineText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

function readUrlOf(value: unknown): string | null {
  return isNode(value) ? (readText(value['@id']) ?? readText(value['url'])) : null;
}

/** Names of a person or organisation field: a string, {name}, or a list of either; references resolved. */
function readNames(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items.slice(0, 20)) {
    const resolved = resolve(item);
    const name = isNode(resolved) ? readText(resolved['name']) : readText(resolved);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
}
