// The API under hostile input, as a compromised renderer could send it over IPC: every operation gets wrong
// types, missing and extra fields, huge values, prototype keys, path-like ids, unknown choices and bad numbers,
// from a fixed list and from a seeded random mix. Each call must be answered with an error value, and the
// library folder (and everything around it) must be byte for byte as it was.
import { createSeededRandom } from './seeded-random';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, API_ERROR_CODES, API_METHODS, type ApiMethod } from '../shared/api';
import { openFactdesk, type Factdesk } from './app';
import { callApi, createTestHost, duplicateOf, type TestHost } from './test-app';

const SEED = 0x5eed_fac7;
const RANDOM_CASES_PER_METHOD = 120;
/** Every operation must get at least this many hostile calls. */
const MIN_CASES_PER_METHOD = 60;
const CALL_TIMEOUT_MS = 10_000;
const HUGE_CHARS = 10 * 1024 * 1024;
const POLLUTION_KEY = 'factdeskPolluted';

/** Seeded, so every run sends the same calls. */
function createRandom(seed: number) {
  const next = createSeededRandom(seed);
  const below = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)] as T;
  return { next, below, pick };
}
type Random = ReturnType<typeof createRandom>;

// ---- What the fuzzer reads of the contract's schemas ----

/** The parts of a valibot schema the fuzzer reads: a field's type, its wrappers, limits and choices. */
interface SchemaShape {
  type: string;
  entries?: Record<string, SchemaShape>;
  wrapped?: SchemaShape;
  options?: readonly unknown[];
  item?: SchemaShape;
  pipe?: readonly { type: string; requirement?: unknown }[];
}

type FieldType = 'string' | 'number' | 'boolean' | 'picklist' | 'array';

interface FieldSpec {
  /** Its key in the argument. */
  key: string;
  /** method.key, for messages and attacks by meaning. */
  name: string;
  type: FieldType;
  isOptional: boolean;
  isNullable: boolean;
  /** Must match a pattern (an id). */
  isPatterned: boolean;
  maxLength: number | null;
  options: readonly unknown[];
  item: FieldSpec | null;
}

const FIELD_TYPES: readonly string[] = ['string', 'number', 'boolean', 'picklist', 'array'];

function readField(name: string, key: string, schema: SchemaShape): FieldSpec {
  let shape = schema;
  let isOptional = false;
  let isNullable = false;
  while (shape.wrapped && ['optional', 'nullable', 'nullish'].includes(shape.type)) {
    if (shape.type !== 'nullable') isOptional = true;
    if (shape.type !== 'optional') isNullable = true;
    shape = shape.wrapped;
  }
  if (!FIELD_TYPES.includes(shape.type)) {
    throw new Error(`${name}: the fuzzer has no hostile values for a "${shape.type}" field yet; add them to api-fuzz.test.ts.`);
  }
  const actions = shape.pipe ?? [];
  const maxLength = actions.find((action) => action.type === 'max_length')?.requirement;
  return {
    key,
    name,
    type: shape.type as FieldType,
    isOptional,
    isNullable,
    isPatterned: actions.some((action) => action.type === 'regex'),
    maxLength: typeof maxLength === 'number' ? maxLength : null,
    options: shape.options ?? [],
    item: shape.item ? readField(`${name}[]`, key, shape.item) : null,
  };
}

interface InputSpec {
  isOptional: boolean;
  fields: FieldSpec[];
}

function readInput(method: ApiMethod): InputSpec {
  let shape = api[method].input as unknown as SchemaShape;
  const isOptional = shape.type === 'optional';
  if (isOptional && shape.wrapped) shape = shape.wrapped;
  // A plain object schema would drop unknown keys silently; the contract refuses them.
  if (shape.type !== 'strict_object' || !shape.entries) throw new Error(`${method}: its argument is not a strict object (${shape.type}).`);
  return { isOptional, fields: Object.entries(shape.entries).map(([key, entry]) => readField(`${method}.${key}`, key, entry)) };
}

// ---- Hostile values ----

const hugeStrings = new Map<number, string>();
/** One string per length, shared by every case that sends it. */
function hugeString(length: number, char = 'x'): string {
  const key = length * 31 + char.charCodeAt(0);
  let text = hugeStrings.get(key);
  if (text === undefined) {
    text = char.repeat(length);
    hugeStrings.set(key, text);
  }
  return text;
}

/** An object holding `key` as its own property, as JSON.parse and structured clone deliver "__proto__". */
function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const POLLUTER = JSON.parse(`{"__proto__": {"${POLLUTION_KEY}": true}, "constructor": {"prototype": {"${POLLUTION_KEY}": true}}}`) as unknown;

/** Values of every kind, each labelled; a field gets those of the wrong type for it. */
function valuesOfEveryKind(): [string, unknown][] {
  return [
    ['null', null],
    ['undefined', undefined],
    ['0', 0],
    ['-1', -1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a bigint', 12n],
    ['true', true],
    ['false', false],
    ['a string', 'x'],
    ['an empty string', ''],
    ['a numeric string', '12'],
    ['an empty array', []],
    ['an array of an id', ['a000000000000']],
    ['an empty object', {}],
    ['a nested object', { a: { b: { c: { d: [1, { e: null }] } } } }],
    ['an object posing as a value', { toString: 'x', valueOf: 1, length: 3 }],
    ['a String object', new String('a000000000000')],
    ['a Number object', new Number(3)],
    ['a Boolean object', new Boolean(true)],
    ['a Date', new Date(0)],
    ['a Map', new Map([['a', 1]])],
    ['a Set', new Set(['a000000000000'])],
    ['a RegExp', /a/u],
    ['bytes', new Uint8Array([0, 1, 2, 3])],
    ['a prototype polluter', POLLUTER],
  ];
}

function isOfType(value: unknown, type: FieldType): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'picklist') return typeof value === 'string';
  return typeof value === type;
}

function wrongTypes(field: FieldSpec): [string, unknown][] {
  return valuesOfEveryKind().filter(
    ([, value]) => !isOfType(value, field.type) && !(value === null && field.isNullable) && !(value === undefined && field.isOptional),
  );
}

const PATH_IDS = [
  '../../etc/passwd',
  '..\\..\\x',
  'a/b',
  '../../../../canary',
  '..',
  '.',
  '/',
  '\\',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '%2e%2e%2fx',
  '..%2F..%2Fx',
];
const ID_ATTACKS = [
  ...PATH_IDS,
  '',
  ' ',
  'a\0',
  '\0',
  'a000000000000\0.json',
  'A000000000000',
  'a000000000000 ',
  ' a000000000000',
  'a000000000000\n',
  '-a000000000000',
  'a000000000000.json',
  'ａ０００', // full-width letters that look like an id
  'a\u200b000000000000', // a zero-width space inside
  '\u202ea000000000000', // right-to-left override
  'a\u0301', // a combining accent
  'ı', // dotless i, which upper-cases to I
  'a\ud800', // half a surrogate pair
  '😀',
  '__proto__',
  'a?b',
  'a#b',
  'a:b',
  'file:///etc/passwd',
  'a'.repeat(82),
];
/** Ids of the right form that name nothing: refused as not found. */
const UNKNOWN_IDS = ['constructor', 'prototype', 'tostring', 'hasownproperty', '0'].concat(
  ['a000000000000', 'a000000000000-00000000', 's0000000000', 'p000000000000', 'f000000000000'],
);
const BAD_NUMBERS: [string, number][] = [
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['-1', -1],
  ['-0.05', -0.05],
  ['1.5', 1.5],
  ['0.123', 0.123],
  ['2^53', 2 ** 53],
  ['MAX_VALUE', Number.MAX_VALUE],
  ['-MAX_VALUE', -Number.MAX_VALUE],
  ['MIN_VALUE', Number.MIN_VALUE],
  ['-2^31', -(2 ** 31)],
];
const DANGEROUS_URLS = [
  'file:///etc/passwd',
  'file://C:/Windows/win.ini',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/plain;base64,SGVsbG8=',
  'blob:https://example.com/0b3e',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.com/',
  'ftp://example.com/article.txt',
  'ws://example.com/',
  '//example.com/article',
  'example.com/article',
  'http://',
  'https://',
  'http://[::1',
  'http://a b.com/',
  '../../etc/passwd',
  `https://example.com/${'a'.repeat(2_100)}`,
];

/** Hostile values of a field's own type, from what its schema says it takes. */
function sameTypeAttacks(field: FieldSpec, ids: SeededIds): [string, unknown][] {
  switch (field.type) {
    case 'string': {
      if (field.isPatterned) {
        // Ids of the other kinds the library knows, except the field's own: a claim's id given as an article's.
        const own: unknown = (ids as unknown as Record<string, unknown>)[field.key];
        const otherKinds = Object.values(ids).filter((id) => id !== own);
        return [...ID_ATTACKS, ...UNKNOWN_IDS, ...otherKinds, hugeString(HUGE_CHARS, 'a')].map((id) => [`id ${show(id)}`, id]);
      }
      if (field.maxLength === null) throw new Error(`${field.name}: a string field without a maximum length lets a caller send any amount of text.`);
      const over = field.maxLength + 1;
      return [
        [`${over} characters`, hugeString(over)],
        ...(over < HUGE_CHARS ? [[`${HUGE_CHARS} characters`, hugeString(HUGE_CHARS)] as [string, unknown]] : []),
      ];
    }
    case 'number':
      return BAD_NUMBERS;
    case 'boolean':
      return [];
    case 'picklist': {
      const first = String(field.options[0]);
      const candidates = [
        first.toUpperCase(),
        ` ${first}`,
        `${first}\0`,
        `${first}\u200b`,
        first.replace(/e/u, 'е'), // a Cyrillic e
        '',
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'valueOf',
        '0',
        hugeString(HUGE_CHARS),
      ];
      return candidates.filter((candidate) => !field.options.includes(candidate)).map((candidate) => [`choice ${show(candidate)}`, candidate]);
    }
    case 'array': {
      if (field.maxLength === null) throw new Error(`${field.name}: an array field without a maximum length lets a caller send any number of items.`);
      // A list of ids or choices gets path-like items; a list of free text (tags) gets items over its limit.
      const isFreeText = field.item?.type === 'string' && !field.item.isPatterned;
      const itemLimit = field.item?.maxLength ?? null;
      const itemAttacks: [string, unknown][] = isFreeText
        ? itemLimit === null
          ? []
          : [[`[..., ${itemLimit + 1} characters]`, ['a000000000000', hugeString(itemLimit + 1)]]]
        : ID_ATTACKS.slice(0, 12).map((id): [string, unknown] => [`[..., ${show(id)}]`, ['a000000000000', id]]);
      return [
        [`${field.maxLength + 1} ids`, new Array<string>(field.maxLength + 1).fill('a000000000000')],
        ['100,000 numbers', new Array<number>(100_000).fill(7)],
        ['a sparse array', new Array<string>(3)],
        ['nested arrays', [['a000000000000']]],
        ...itemAttacks,
        ['an array-like object', { 0: 'a000000000000', length: 1 }],
      ];
    }
  }
}

/** Attacks that depend on what a field means, not only on its type. */
function meaningAttacks(field: string, seeded: Seeded): unknown[] {
  const notArticle = Buffer.from([0, 159, 146, 150, 0, 0, 255, 254, 1, 2, 3]).toString('base64');
  const attacks: Record<string, unknown[]> = {
    'importUrl.url': [...DANGEROUS_URLS, '', '   '],
    'addClaimSource.url': DANGEROUS_URLS,
    'importFile.name': [...PATH_IDS, 'dir/', 'x'.repeat(10_000)],
    'importFile.contentBase64': [
      'not base64!',
      '====',
      'QUFB=',
      'QQ',
      'QUFB\n',
      ' QUFB',
      'QUF-',
      'QUF_',
      'QUFB\0',
      'ＱＵＦＢ',
      'data:text/plain;base64,QUFB',
      // A long valid start and then garbage: the regex the schema used overflowed the stack on this.
      `${hugeString(HUGE_CHARS, 'Q')}!!!!`,
      '', // an empty file
      notArticle, // bytes that are not text
    ],
    'importText.text': ['', ' \n\t \r\n '],
    'setClaimText.text': ['', '   ', '\n\t'],
    'setPreferences.claimThreshold': [0, 1, 0.96, 0.33, 0.051, 0.049, -0.05, 1e-9],
    'setClaimStatus.status': ['true', 'fake', 'pending', 'approved', 'Verified', 'in progress', 'in_progress', 'verified,false'],
    'resolveDuplicate.action': ['delete', 'merge', 'overwrite', 'REPLACE', 'keep_both', 'keep-both '],
    'chooseImportFiles.kind': ['file', 'folders', 'directory', '../', '/etc'],
    'setRangeIncluded.start': [seeded.excludedStart + 1, seeded.body.length + 1],
  };
  return attacks[field] ?? [];
}

/** Whole inputs that are wrong only together (a selection outside the text, an existing claim). */
function combinationAttacks(method: ApiMethod, seeded: Seeded): [string, unknown][] {
  const { ids: { articleId }, body, claimRange } = seeded;
  const length = body.length;
  const blank = body.search(/\n\n/u);
  const cases: Partial<Record<ApiMethod, [string, unknown][]>> = {
    addClaim: [
      ['a selection past the body', { articleId, start: length, end: length + 1 }],
      ['a selection ending past the body', { articleId, start: 0, end: length + 1 }],
      ['a selection far past the body', { articleId, start: length + 5, end: length + 10 }],
      ['an empty selection', { articleId, start: 5, end: 5 }],
      ['a reversed selection', { articleId, start: 9, end: 3 }],
      ['a selection of white space', { articleId, start: blank, end: blank + 2 }],
      ['a selection that is a claim already', { articleId, start: claimRange.start, end: claimRange.end }],
    ],
    addClaimSource: [['a source with neither title nor link', { ...seeded.bases.addClaimSource, url: null, title: '' }]],
    importText: [['nothing, as text and as a page', { text: '', html: '', name: null }]],
  };
  return cases[method] ?? [];
}

/** Something random of any type, nested up to three levels, with prototype keys among its keys. */
function randomJunk(random: Random, depth = 0): unknown {
  const kinds = depth > 2 ? 6 : 8;
  switch (random.below(kinds)) {
    case 0:
      return null;
    case 1:
      return random.pick([0, -1, 1.5, NaN, Infinity, 2 ** 60, -(2 ** 60), random.next() * 1e6 - 5e5]);
    case 2:
      return randomText(random, random.below(40));
    case 3:
      return random.next() < 0.5;
    case 4:
      return BigInt(random.below(1_000_000)) - 500_000n;
    case 5:
      return random.pick([new Date(random.below(1e9)), new Map([[random.below(9), 'x']]), new Uint8Array(random.below(16))]);
    case 6:
      return Array.from({ length: random.below(5) }, () => randomJunk(random, depth + 1));
    default: {
      let junk: Record<string, unknown> = {};
      const keys = random.below(4) + 1;
      for (let i = 0; i < keys; i += 1) junk = withOwn(junk, random.pick(JUNK_KEYS), randomJunk(random, depth + 1));
      return junk;
    }
  }
}
const JUNK_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'length', '0', '', 'x', '\0', '../', POLLUTION_KEY];

/** Random text from characters that break ids, paths and displays. */
function randomText(random: Random, length: number): string {
  const hostile = ['/', '\\', '.', '\0', ' ', '\n', 'A', 'é', '😀', '\u202e', '\u200b', '\ud800', '\udc00', '_', ':', '%', '<', '"', 'ı', 'Ω'];
  let text = '';
  for (let i = 0; i < length; i += 1) text += random.next() < 0.5 ? random.pick(hostile) : String.fromCharCode(97 + random.below(26));
  return text;
}

/** A random value the field must refuse. */
function randomAttack(field: FieldSpec, random: Random, pool: [string, unknown][]): unknown {
  const roll = random.next();
  if (roll < 0.4) return random.pick(pool)[1];
  if (field.type === 'string' && field.isPatterned && roll < 0.8) {
    // Something id-like with at least one character an id may not have.
    const text = randomText(random, random.below(30));
    const at = random.below(text.length + 1);
    return `${text.slice(0, at)}${random.pick(['/', '\\', '.', '\0', ' ', 'A', '😀', '\u202e', '_'])}${text.slice(at)}`;
  }
  if (field.type === 'number' && roll < 0.8) return random.pick([-1 - random.below(1e9), random.below(1e6) + 1.5, NaN, -Infinity]);
  for (;;) {
    const junk = randomJunk(random);
    const isAllowed = isOfType(junk, field.type) || (junk === null && field.isNullable);
    if (!isAllowed) return junk;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 20)}…" (${value.length} chars)` : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return value.length > 5 ? `[${value.length} items]` : `[${value.map(show).join(', ')}]`;
  if (isPlainObject(value)) return `{${Object.keys(value).join(', ')}}`;
  if (value !== null && typeof value === 'object') return value.constructor.name;
  return String(value);
}

// ---- The library the calls aim at ----

interface SeededIds {
  articleId: string;
  claimId: string;
  sourceId: string;
  pendingId: string;
  fileId: string;
}

interface Seeded {
  ids: SeededIds;
  /** The body of the article the ids are in. */
  body: string;
  claimRange: { start: number; end: number };
  excludedStart: number;
  articleCount: number;
  /** A valid argument per operation, aimed at real things: one hostile field in it is what gets refused. */
  bases: Record<ApiMethod, Record<string, unknown> | undefined>;
}

/** Valid arguments, at real ids; the fuzzer changes them one field at a time (never sent as they are). */
function validBases(ids: SeededIds, selection: { start: number; end: number }, excluded: { start: number; isIncluded: boolean }) {
  const { articleId, claimId, sourceId, pendingId, fileId } = ids;
  const fresh = 'Exports of grain rose 14 percent to 9.2 million tonnes in 2024, the ministry said on Monday.';
  const bases: { [M in ApiMethod]: Record<string, unknown> | undefined } = {
    listArticles: undefined,
    getArticle: { articleId },
    deleteArticle: { articleId },
    importText: { text: fresh, name: null },
    importUrl: { url: 'https://example.invalid/news/grain' },
    importFile: { name: 'grain.txt', contentBase64: Buffer.from(fresh).toString('base64') },
    importSampleArticles: undefined,
    chooseImportFiles: { kind: 'files' },
    importChosenFile: { fileId },
    resolveDuplicate: { pendingId, action: 'replace' },
    dismissUnplacedClaim: { articleId, claimId },
    setClaimStatus: { articleId, claimId, status: 'false' },
    setClaimNote: { articleId, claimId, note: 'Changed by the fuzzer' },
    setClaimText: { articleId, claimId, text: 'Changed by the fuzzer' },
    addClaim: { articleId, start: selection.start, end: selection.end },
    addClaimSource: { articleId, claimId, url: 'https://example.org/evidence', title: 'Evidence', note: '' },
    removeClaimSource: { articleId, claimId, sourceId },
    deleteClaim: { articleId, claimId },
    restoreClaim: { articleId, claimId },
    setRangeIncluded: { articleId, start: excluded.start, isIncluded: !excluded.isIncluded },
    redetectClaims: { articleId, keepClaimIds: [claimId] },
    redetectAllClaims: { keepClaimIds: [claimId] },
    getPreferences: undefined,
    takeLibraryNotices: undefined,
    setPreferences: { claimThreshold: 0.8 },
    exportReport: { articleId },
    backupLibrary: undefined,
    restoreLibrary: undefined,
    searchLibrary: { query: 'grain exports', statuses: ['unverified'], languages: ['en'], from: '2020-01-01', to: '2030-12-31', limit: 20 },
    setArticleTags: { articleId: ids.articleId, tags: ['elections', 'budget 2025'] },
  };
  return bases;
}

// ---- Cases ----

interface FuzzCase {
  method: string;
  label: string;
  input: unknown;
}

function casesFor(method: ApiMethod, seeded: Seeded, random: Random): FuzzCase[] {
  const spec = readInput(method);
  const base = seeded.bases[method] ?? {};
  const cases: FuzzCase[] = [];
  const add = (label: string, input: unknown) => cases.push({ method, label, input });

  // The whole argument of the wrong kind.
  for (const [label, value] of valuesOfEveryKind()) {
    if (value === undefined && spec.isOptional) continue;
    if (label === 'an empty object' && spec.fields.every((field) => field.isOptional)) continue;
    add(`argument: ${label}`, value);
  }
  add('argument: a huge string', hugeString(HUGE_CHARS));
  add('argument: a path', '../../etc/passwd');
  add('argument: the valid argument in an array', [base]);
  add('argument: 100,000 copies of the valid argument', new Array<unknown>(100_000).fill(base));
  add('argument: the valid argument wrapped', { input: base });
  add('argument: the valid argument as a Map', new Map(Object.entries(base)));
  add('argument: the valid argument as JSON text', JSON.stringify(base));

  // Keys that are not the operation's.
  add('extra key', { ...base, extra: 1 });
  for (const key of ['__proto__', 'constructor', 'prototype']) add(`own "${key}" key`, withOwn(base, key, { [POLLUTION_KEY]: true }));
  const rest = Object.keys(base).length > 0 ? `,${JSON.stringify(base).slice(1)}` : '}';
  add('JSON-parsed "__proto__" key', JSON.parse(`{"__proto__": {"${POLLUTION_KEY}": "yes"}${rest}`));
  add('empty key', { ...base, '': 1 });
  add('a 1,000,000-character key', { ...base, [hugeString(1_000_000, 'k')]: 1 });
  add('1,000 extra keys', { ...base, ...Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${i}`, i])) });
  for (const { key } of spec.fields) {
    add(`key "${key.toUpperCase()}"`, { ...base, [key.toUpperCase()]: base[key] ?? 1 });
    add(`key "${key} "`, { ...base, [`${key} `]: base[key] ?? 1 });
  }

  // Each field: missing, of the wrong type, and hostile values of its own type.
  const without = (input: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(input).filter(([name]) => name !== key));
  for (const field of spec.fields) {
    const { key } = field;
    if (!field.isOptional) add(`${key} missing`, without(base, key));
    const pool = [
      ...wrongTypes(field),
      ...sameTypeAttacks(field, seeded.ids),
      ...meaningAttacks(field.name, seeded).map((value): [string, unknown] => [show(value), value]),
    ];
    for (const [label, value] of pool) add(`${key}: ${label}`, withOwn(base, key, value));
  }
  for (const [label, input] of combinationAttacks(method, seeded)) add(label, input);

  // A seeded random mix: one to three fields hostile at once, now and then a key added or one missing.
  const pools = new Map<FieldSpec, [string, unknown][]>(spec.fields.map((field) => [field, [...wrongTypes(field), ...sameTypeAttacks(field, seeded.ids)]]));
  for (let i = 0; i < RANDOM_CASES_PER_METHOD; i += 1) {
    if (spec.fields.length === 0 || random.next() < 0.1) {
      const junk = randomJunk(random);
      // An empty object (or nothing) is a valid argument to an operation whose fields are all optional.
      const isValid = junk === undefined || (isPlainObject(junk) && Object.keys(junk).length === 0);
      if (!isValid) add(`random argument ${show(junk)}`, junk);
      continue;
    }
    let input: Record<string, unknown> = { ...base };
    const labels: string[] = [];
    const count = 1 + random.below(Math.min(3, spec.fields.length));
    for (let j = 0; j < count; j += 1) {
      const field = random.pick(spec.fields);
      const value = randomAttack(field, random, pools.get(field) ?? []);
      input = withOwn(input, field.key, value);
      labels.push(`${field.key}=${show(value)}`);
    }
    const required = spec.fields.filter((field) => !field.isOptional);
    if (required.length > 0 && random.next() < 0.1) {
      const { key } = random.pick(required);
      input = without(input, key);
      labels.push(`-${key}`);
    }
    if (random.next() < 0.2) {
      const key = random.pick(JUNK_KEYS);
      input = withOwn(input, key, randomJunk(random));
      labels.push(`+${JSON.stringify(key)}`);
    }
    add(`random: ${labels.join(' ')}`, input);
  }
  return cases;
}

// ---- Checking ----

type FileState = { bytes: Buffer; mtimeMs: number } | 'folder';

async function snapshotTree(root: string): Promise<Map<string, FileState>> {
  const tree = new Map<string, FileState>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        tree.set(relative(root, path), 'folder');
        await walk(path);
      } else {
        tree.set(relative(root, path), { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs });
      }
    }
  };
  await walk(root);
  return tree;
}

/** What is wrong with an answer to a hostile call; null when it is a proper refusal. */
function problemWith(response: unknown, root: string): string | null {
  if (typeof response !== 'object' || response === null) return `answered ${show(response)}`;
  if ('thrown' in response) return `threw or hung: ${String(response.thrown).slice(0, 200)}`;
  const { ok, error } = response as { ok?: unknown; error?: unknown };
  if (ok !== false) return `was accepted: ${JSON.stringify(response).slice(0, 200)}`;
  if (Object.keys(response).sort().join() !== 'error,ok') return `answered with keys ${Object.keys(response).join(', ')}`;
  if (typeof error !== 'object' || error === null) return 'answered without an error';
  if (Object.keys(error).sort().join() !== 'code,message') return `answered an error with keys ${Object.keys(error).join(', ')}`;
  const { code, message } = error as { code: unknown; message: unknown };
  if (!(API_ERROR_CODES as readonly unknown[]).includes(code)) return `answered code ${String(code)}`;
  // "internal" means a handler threw something unexpected: input reached code that was not ready for it.
  if (code === 'internal') return 'answered an internal error';
  if (typeof message !== 'string' || message.trim() === '') return 'answered an empty message';
  if (message.length > 1_000) return `answered a message of ${message.length} characters`;
  if (/\n\s+at\s|\.ts:\d+|node:internal/u.test(message)) return `answered a stack trace: ${message.slice(0, 200)}`;
  if (/\p{Cc}/u.test(message)) return `answered a message with control characters: ${JSON.stringify(message.slice(0, 200))}`;
  if (message.includes(root)) return `answered a message naming a path on disk: ${message.slice(0, 200)}`;
  return null;
}

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CALL_TIMEOUT_MS} ms: ${label}`)), CALL_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((prototype) => Reflect.ownKeys(prototype).map(String).sort().join())
    .join('|');
}

// ---- The test ----

let root: string;
let libraryDir: string;
let host: TestHost;
let app: Factdesk;
let seeded: Seeded;
const logged: unknown[] = [];
let fetchCount = 0;
let dialogCount = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factdesk-fuzz-'));
  // The library sits deep in the temporary folder, so a path that climbs out of it still lands where the
  // snapshot looks.
  libraryDir = join(root, 'a', 'b', 'c', 'library');
  await mkdir(join(root, 'outside'), { recursive: true });
  await writeFile(join(root, 'canary.txt'), 'canary');
  const chosenPath = join(root, 'outside', 'chosen.txt');
  await writeFile(chosenPath, 'Wheat exports rose 11 percent to 8.1 million tonnes in 2024, the ministry of agriculture said.\n');

  host = createTestHost();
  // Every dialog the host has (choose…), counted: a hostile call must never get as far as asking the user.
  const countedHost = new Proxy(host, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !key.startsWith('choose') || typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        dialogCount += 1;
        return Reflect.apply(value, target, args);
      };
    },
  });
  const fetchNothing: typeof fetch = () => {
    fetchCount += 1;
    return Promise.reject(new Error('This test never goes on the network.'));
  };
  app = await openFactdesk({
    dataDir: libraryDir,
    host: countedHost,
    log: (error) => logged.push(error),
    warn: () => undefined,
    fetchOptions: { fetch: fetchNothing },
  });
  const call = <M extends ApiMethod>(method: M, input?: unknown) => callApi(app, method, input);

  // A library with work in it: the sample articles, a verdict, a note, a source, preferences saved.
  const samples = await call('importSampleArticles');
  expect(samples.imported.length).toBeGreaterThanOrEqual(2);
  const articleId = samples.imported[0]!.id;
  let doc = await call('getArticle', { articleId });
  const claim = doc.claims[0]!;
  await call('setClaimStatus', { articleId, claimId: claim.id, status: 'verified' });
  await call('setClaimNote', { articleId, claimId: claim.id, note: 'Matches the ministry figures' });
  const { claim: withSource } = await call('addClaimSource', { articleId, claimId: claim.id, url: 'https://example.org/', title: 'Ministry', note: '' });
  await call('setPreferences', { claimThreshold: 0.6 });
  // An import held back as a duplicate, and a file chosen in the dialog: both waiting for a decision.
  const { pendingId } = duplicateOf(await call('importText', { text: doc.article.rawText, name: 'again.txt' }));
  host.chosenFiles = [chosenPath];
  const chosen = await call('chooseImportFiles', { kind: 'files' });
  host.chosenFiles = null;
  dialogCount = 0;

  doc = await call('getArticle', { articleId });
  const excluded = doc.article.excluded[0];
  expect(excluded, 'the first sample has an excluded line').toBeDefined();
  // A selection that is not a claim yet: the first claim's words less its last character.
  const selection = { start: claim.start, end: claim.end - 1 };
  const ids: SeededIds = { articleId, claimId: claim.id, sourceId: withSource.sources[0]!.id, pendingId, fileId: chosen.files[0]!.fileId };
  seeded = {
    ids,
    body: doc.article.body,
    claimRange: { start: claim.start, end: claim.end },
    excludedStart: excluded!.start,
    articleCount: samples.imported.length,
    bases: validBases(ids, selection, excluded!),
  };
}, 60_000);

afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the API under hostile input', () => {
  it('has a valid starting argument for every operation, so each hostile field is what gets refused', () => {
    for (const method of API_METHODS) {
      expect(Object.hasOwn(seeded.bases, method), `${method} has no fuzz cases: add it to validBases in api-fuzz.test.ts`).toBe(true);
      const parsed = v.safeParse(api[method].input, seeded.bases[method]);
      expect(parsed.success, `${method}'s starting argument is valid`).toBe(true);
    }
  });

  it('refuses every hostile call with an error value and leaves the library byte for byte as it was', async () => {
    const before = await snapshotTree(root);
    const prototypesBefore = prototypeKeys();
    const articlesBefore = await callApi(app, 'listArticles');
    const docBefore = await callApi(app, 'getArticle', { articleId: seeded.ids.articleId });
    const preferencesBefore = await callApi(app, 'getPreferences');
    const random = createRandom(SEED);

    const cases: FuzzCase[] = [];
    for (const method of API_METHODS) {
      const forMethod = casesFor(method, seeded, random);
      expect(forMethod.length, `${method} gets hostile calls`).toBeGreaterThanOrEqual(MIN_CASES_PER_METHOD);
      cases.push(...forMethod);
    }
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'listArticles ', 'LISTARTICLES', hugeString(1_000_000)]) {
      cases.push({ method: name, label: `unknown operation ${show(name)}`, input: undefined });
    }

    const problems: string[] = [];
    const started = performance.now();
    for (const [index, { method, label, input }] of cases.entries()) {
      // As IPC delivers it: a structured clone (own "__proto__" keys stay own keys, Maps stay Maps).
      const response = await withTimeout(app.dispatch(method, structuredClone(input)), `${method} ${label}`).catch((error: unknown) => ({
        thrown: String(error),
      }));
      const problem = problemWith(response, root);
      if (problem) problems.push(`${method} (${label}): ${problem}`);
      // Now and then a valid call: the app still answers, and sees the library as it was.
      if (index % 97 === 0) {
        const isSame =
          isDeepStrictEqual(await callApi(app, 'listArticles'), articlesBefore) &&
          isDeepStrictEqual(await callApi(app, 'getArticle', { articleId: seeded.ids.articleId }), docBefore) &&
          isDeepStrictEqual(await callApi(app, 'getPreferences'), preferencesBefore);
        if (!isSame) problems.push(`after ${method} (${label}): the library or the preferences changed`);
      }
    }
    const elapsed = performance.now() - started;
    console.info(`api-fuzz: ${cases.length} hostile calls over ${API_METHODS.length} operations in ${Math.round(elapsed)} ms`);

    expect(problems).toEqual([]);
    expect(logged).toEqual([]);
    expect(fetchCount, 'no hostile address was fetched').toBe(0);
    expect(dialogCount, 'no hostile call opened a dialog').toBe(0);
    expect(host.printed).toEqual([]);
    expect(prototypeKeys()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>)[POLLUTION_KEY]).toBeUndefined();

    const after = await snapshotTree(root);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, state] of before) {
      const now = after.get(path);
      if (state === 'folder') continue;
      expect(now !== undefined && now !== 'folder' && now.bytes.equals(state.bytes), `${path} is byte for byte the same`).toBe(true);
      expect(now !== undefined && now !== 'folder' && now.mtimeMs, `${path} was not rewritten`).toBe(state.mtimeMs);
    }
    // Paths that climb out of the library name nothing, inside the temporary folder or beyond it.
    for (const id of PATH_IDS) {
      for (const candidate of [join(libraryDir, 'articles', `${id}.json`), join(libraryDir, `${id}.json`), join(libraryDir, id)]) {
        if (!before.has(relative(root, candidate)) && candidate.startsWith(root)) expect(existsSync(candidate), candidate).toBe(false);
      }
    }
    expect(await readFile(join(root, 'canary.txt'), 'utf8')).toBe('canary');
  }, 120_000);

  it('still works after the hostile calls: what was waiting is still waiting, and changes are saved', async () => {
    const { articleId, claimId, sourceId, pendingId, fileId } = seeded.ids;
    const articleFile = join(libraryDir, 'articles', `${articleId}.json`);
    const bytesBefore = await readFile(articleFile);
    const { claim } = await callApi(app, 'setClaimStatus', { articleId, claimId, status: 'disputed' });
    expect(claim.status).toBe('disputed');
    expect((await callApi(app, 'removeClaimSource', { articleId, claimId, sourceId })).claim.sources).toEqual([]);
    expect((await readFile(articleFile)).equals(bytesBefore)).toBe(false);
    expect(await callApi(app, 'resolveDuplicate', { pendingId, action: 'skip' })).toEqual({ kind: 'skipped' });
    const imported = await callApi(app, 'importChosenFile', { fileId });
    expect(imported.kind).toBe('imported');
    expect(await callApi(app, 'listArticles')).toHaveLength(seeded.articleCount + 1);
  });
});
