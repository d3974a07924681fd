// The shape of a full JSON export, checked field by field when one is read back: the articles must be whole
// library documents before anything (a future import) relies on them. Unknown fields are dropped.
import * as v from 'valibot';
import { CHECKABLE_KINDS, CLAIM_KINDS, CLAIM_STATUSES, EXCLUSION_REASONS, LANGUAGES } from '../../shared/model';

export const FULL_JSON_FORMAT = 'factdesk-export';
export const FULL_JSON_VERSION = 1;

const text = v.string();
const nullableText = v.nullable(v.string());
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const status = v.picklist(CLAIM_STATUSES);
const by = v.optional(v.string());

const articleSchema = v.object({
  id: text,
  title: text,
  source: nullableText,
  url: nullableText,
  author: nullableText,
  publishedAt: nullableText,
  language: v.picklist(LANGUAGES),
  importedAt: text,
  origin: text,
  rawText: text,
  body: text,
  excluded: v.array(v.object({ start: offset, end: offset, reason: v.picklist(EXCLUSION_REASONS), isIncluded: v.boolean() })),
  scoreHistogram: v.array(v.number()),
  contentHash: text,
  tags: v.array(text),
});

const changeSchema = v.variant('kind', [
  v.object({ kind: v.literal('status'), at: text, from: status, to: status, by }),
  v.object({ kind: v.literal('note'), at: text, from: text, to: text, by }),
  v.object({ kind: v.literal('text'), at: text, from: text, to: text, by }),
  v.object({ kind: v.literal('source-added'), at: text, sourceId: text, title: text, by }),
  v.object({ kind: v.literal('source-removed'), at: text, sourceId: text, title: text, by }),
  v.object({ kind: v.literal('created'), at: text, origin: v.picklist(['detected', 'manual']), by }),
  v.object({ kind: v.literal('quote-changed'), at: text, from: text, to: text, by }),
]);

const claimSchema = v.object({
  id: text,
  articleId: text,
  quote: text,
  start: offset,
  end: offset,
  prefix: text,
  suffix: text,
  text,
  score: v.number(),
  kind: v.picklist(CLAIM_KINDS),
  reasons: v.array(text),
  checkables: v.array(v.object({ start: offset, end: offset, kind: v.picklist(CHECKABLE_KINDS) })),
  speaker: nullableText,
  status,
  note: text,
  sources: v.array(v.object({ id: text, url: nullableText, title: text, note: text, addedAt: text })),
  history: v.array(changeSchema),
  createdAt: text,
  updatedAt: text,
  origin: v.picklist(['detected', 'manual']),
});

export const articleDocumentSchema = v.object({
  article: articleSchema,
  claims: v.array(claimSchema),
  unplacedClaims: v.array(claimSchema),
});

/** What says which file this is; checked first, so a file of another kind or version gets its own message. */
export const fullJsonHeaderSchema = v.object({ format: v.string(), formatVersion: v.number() });

export const fullJsonSchema = v.object({
  format: v.literal(FULL_JSON_FORMAT),
  formatVersion: v.literal(FULL_JSON_VERSION),
  generatedAt: text,
  app: v.object({ version: text }),
  author: text,
  filter: v.object({
    statuses: v.optional(v.array(status)),
    from: v.optional(text),
    to: v.optional(text),
    sources: v.optional(v.array(text)),
    tags: v.optional(v.array(text)),
  }),
  articles: v.array(articleDocumentSchema),
});
