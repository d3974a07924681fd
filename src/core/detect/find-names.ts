// Capitalised names in a sentence ("Kassym-Jomart Tokayev", "General Administration of Customs",
// "Раушан Кажибаева"): runs of capitalised words, split at job titles.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch } from './features';
import type { Lexicon } from './lexicon';
import { getLexicon } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Adjacent capitalised words, possibly joined by "of", "and"… */
export interface NameRun {
  tokens: Token[];
  start: number;
  end: number;
  isSentenceInitial: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;

export function tokenize(sentence: string): Token[] {
  return Array.from(sentence.matchAll(TOKEN), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const isCapitalised = (token: Token | undefined): boolean => token !== undefined && CAPITALISED.test(token.text);

/** All runs of capitalised words, in order. */
export function findNameRuns(sentence: string, language: LanguageCode): NameRun[] {
  const lex = getLexicon(language);
  const connectors = lex.words('connectors');
  const tokens = tokenize(sentence);
  const isJoined = (a: Token, b: Token): boolean => /^\s+$/u.test(sentence.slice(a.end, b.start));
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first)) {
      i += 1;
      continue;
    }
    const run: Token[] = [first];
    let hasOf = false;
    let j = i + 1;
    while (j < tokens.length) {
      const last = run[run.length - 1];
      const next = tokens[j];
      if (!last || !next || POSSESSIVE.test(last.text) || !isJoined(last, next)) break;
      if (isCapitalised(next)) {
        run.push(next);
        j += 1;
        continue;
      }
      const after = tokens[j + 1];
      // "and" joins names only inside a longer one ("Ministry of Culture and Information"), not "China and Kazakhstan".
      const isConnector = connectors.has(next.text) && (next.text !== 'and' || hasOf || run.length >= 2);
      if (!isConnector || !after || !isCapitalised(after) || !isJoined(next, after)) break;
      hasOf ||= next.text === 'of' || next.text === 'for';
      run.push(next, after);
      j += 2;
    }
    runs.push({ tokens: run, start: first.start, end: run[run.length - 1]?.end ?? first.end, isSentenceInitial: i === 0 });
    i = j;
  }
  return runs;
}

function compileWordTest(lex: Lexicon, list: 'titles' | 'titleModifiers' | 'demonyms' | 'stopCaps'): (word: string) => boolean {
  const pattern = new RegExp(`^${lex.source(list)}$`, 'u');
  return (word) => pattern.test(word);
}

interface NameTests {
  isTitle(word: string): boolean;
  isTitleModifier(word: string): boolean;
  isDemonym(word: string): boolean;
  isStopWord(word: string): boolean;
  connectors: Set<string>;
}

const testCache = new Map<LanguageCode, NameTests>();

export function getNameTests(language: LanguageCode): NameTests {
  let found = testCache.get(language);
  if (!found) {
    const lex = getLexicon(language);
    found = {
      isTitle: compileWordTest(lex, 'titles'),
      isTitleModifier: compileWordTest(lex, 'titleModifiers'),
      isDemonym: compileWordTest(lex, 'demonyms'),
      isStopWord: compileWordTest(lex, 'stopCaps'),
      connectors: lex.words('connectors'),
    };
    testCache.set(language, found);
  }
  return found;
}

/** Splits a run at job titles ("CMG President Shen Haixiong" → "CMG", "Shen Haixiong"), keeping "Minister of …". */
export function splitAtTitles(run: NameRun, tests: NameTests): Token[][] {
  const segments: Token[][] = [[]];
  run.tokens.forEach((token, index) => {
    const next = run.tokens[index + 1];
    const isLeadingStop = segments.length === 1 && segments[0]?.length === 0 && tests.isStopWord(token.text);
    if (isLeadingStop) return;
    // "General Director", "Deputy Minister": the modifier belongs to the title.
    const isModifiedTitle = tests.isTitleModifier(token.text) && next !== undefined && tests.isTitle(next.text);
    const isTitle = isModifiedTitle || tests.isTitle(token.text);
    if (isTitle && !(next && !isModifiedTitle && tests.connectors.has(next.text))) {
      if (segments[segments.length - 1]?.length) segments.push([]);
      return;
    }
    segments[segments.length - 1]?.push(token);
  });
  return segments
    .map((segment) => trimConnectors(segment, tests))
    .filter((segment) => segment.some((t) => !tests.isDemonym(t.text) && !tests.isStopWord(t.text)));
}

function trimConnectors(segment: Token[], tests: NameTests): Token[] {
  let start = 0;
  let end = segment.length;
  while (start < end && tests.connectors.has(segment[start]?.text ?? '')) start += 1;
  while (end > start && tests.connectors.has(segment[end - 1]?.text ?? '')) end -= 1;
  return segment.slice(start, end);
}

/** The text of a segment of tokens, taken from the sentence, without a possessive "'s". */
export function readSegmentText(sentence: string, segment: Token[]): string {
  const first = segment[0];
  const last = segment[segment.length - 1];
  if (!first || !last) return '';
  return sentence.slice(first.start, last.end).replace(POSSESSIVE, '');
}

/**
 * A capitalised first word is a name only in English, and only when it does not look like a verb or an
 * adverb ("Tokayev said…" but not "Speaking at…"); Russian sentences start with common nouns too often.
 */
function isLikelyInitialName(word: string, language: LanguageCode): boolean {
  return language === 'en' && !/(?:ing|ed|ly|s|['’]\p{L}+)$/u.test(word) && word !== word.toUpperCase();
}

/**
 * Words an article writes capitalised inside a sentence ("…trade with China"): names, so the same word
 * opening a sentence is a name too, where a capitalised "Trade" opening one is not.
 */
export function findKnownNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [word] of text.matchAll(/(?<=[\p{Ll}\p{N},;]\s+)\p{Lu}[\p{L}\p{N}'’-]*/gu)) names.add(word);
  return names;
}

/**
 * Named-entity features: several capitalised words make a named entity, one capitalised word a name.
 * A single word opening the sentence is a name when `knownNames` (from the article) holds it; without
 * them (a sentence on its own) when it does not look like an inflected English word.
 */
export function findNameFeatures(sentence: string, language: LanguageCode, knownNames?: ReadonlySet<string>): FeatureMatch[] {
  if (language === 'zh') return [];
  const tests = getNameTests(language);
  const found: FeatureMatch[] = [];
  for (const run of findNameRuns(sentence, language)) {
    for (const segment of splitAtTitles(run, tests)) {
      const first = segment[0];
      const last = segment[segment.length - 1];
      if (!first || !last) continue;
      const words = segment.filter((t) => !tests.connectors.has(t.text));
      const isInitialWord = run.isSentenceInitial && first === run.tokens[0];
      if (words.length === 1 && (first.text === 'I' || tests.isDemonym(first.text))) continue;
      if (words.length === 1 && isInitialWord && !(knownNames ? knownNames.has(first.text) : isLikelyInitialName(first.text, language))) continue;
      found.push({
        feature: words.length > 1 ? 'namedEntity' : 'name',
        text: readSegmentText(sentence, segment),
        start: first.start,
        end: last.end,
      });
    }
  }
  return found;
}
