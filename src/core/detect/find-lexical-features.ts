// Word-list features: attributions, comparisons, events, and the opinion, greeting and boilerplate
// words that make a sentence less check-worthy.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch } from './features';
import { LEXICAL_FEATURES, getLexicon } from './lexicon';
import type { SentenceKeys } from './list-prefilter';
import { describeSentence } from './list-prefilter';

/** "Министрдің сөзінше": up to three words just before the phrase, after any punctuation. */
const SOURCE_BEFORE_PHRASE = /(?:[\p{L}\p{N}-]+\s+){1,3}$/u;
/** "according to X", "по данным X": the source named after the phrase, up to the next punctuation. */
const SOURCE_AFTER_PHRASE = /^[^,.;:!?()"“”«»，。、；：！？（）「」]{1,80}/u;

export function findLexicalFeatures(sentence: string, language: LanguageCode, keys: SentenceKeys = describeSentence(sentence)): FeatureMatch[] {
  const lex = getLexicon(language);
  const found: FeatureMatch[] = [];
  for (const feature of LEXICAL_FEATURES) {
    if (!lex.mayMatch(feature, keys)) continue;
    const matches = lex.findAll(feature, sentence).map((match) => ({ ...match, feature }));
    // "-ed" words in capitals are names and titles ("Advanced Relations"), not past events.
    found.push(...(feature === 'pastTense' ? matches.filter((m) => !/^\p{Lu}/u.test(m.text)) : matches));
  }
  const phrases = lex.mayMatch('attributionPhrases', keys)
    ? lex.findAll('attributionPhrases', sentence).map((match) => ({ ...match, feature: 'attribution' as const }))
    : [];
  const sourceBefore = new Set(phrases.length > 0 ? lex.findAll('sourceBeforePhrases', sentence).map((match) => match.start) : []);
  for (const phrase of phrases) {
    if (sourceBefore.has(phrase.start)) {
      // Kazakh names the source first, in the genitive: "Министрдің сөзінше".
      const before = SOURCE_BEFORE_PHRASE.exec(sentence.slice(0, phrase.start))?.[0].trimStart() ?? '';
      const start = phrase.start - before.length;
      found.push({ ...phrase, text: sentence.slice(start, phrase.end), start });
      continue;
    }
    const source = SOURCE_AFTER_PHRASE.exec(sentence.slice(phrase.end))?.[0] ?? '';
    const words = source.trim().split(/\s+/u).slice(0, 8).join(' ');
    const end = words ? sentence.indexOf(words, phrase.end) + words.length : phrase.end;
    found.push({ ...phrase, text: sentence.slice(phrase.start, end), end });
  }
  return found;
}

/** A question: the sentence ends with a question mark (before any closing quotes). */
export function findQuestion(sentence: string): FeatureMatch[] {
  const match = /[?？][\s"'”’»)\]」』]*$/u.exec(sentence);
  return match ? [{ feature: 'question', text: '?', start: match.index, end: match.index + 1 }] : [];
}

/** A sentence of fewer than four words says too little to check. */
export function findShortness(sentence: string, language: LanguageCode): FeatureMatch[] {
  const count = language === 'zh' ? Math.ceil(sentence.length / 3) : (sentence.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return count < 4 ? [{ feature: 'short', text: `${count} words`, start: 0, end: sentence.length }] : [];
}
