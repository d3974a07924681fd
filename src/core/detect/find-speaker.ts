// Who a sentence attributes its content to: "…," Tokayev said; according to Assel Tulegenova;
// Раушан Кажибаева отметила; said Shen.
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch } from './features';
import type { NameRun, Token } from './find-names';
import { findNameRuns, getNameTests, readSegmentText, splitAtTitles } from './find-names';
import { getLexicon } from './lexicon';

/** A named speaker, or a pronoun ("she said") to be resolved from the sentences before. */
export type SpeakerMention = { kind: 'name'; name: string } | { kind: 'pronoun' } | { kind: 'none' };

const PATRONYMIC = /(?:ович|евич|ич|овна|евна|ична|ұлы|қызы)$/u;
/** Phrases that name their source after them ("according to X"), and Kazakh ones that name it before. */
const SOURCE_BEFORE_PHRASE = /^(?:сөзінше|мәліметінше|мәліметі бойынша|деректері бойынша|хабарлауынша)/u;

export function findSpeaker(sentence: string, language: LanguageCode, features: FeatureMatch[]): SpeakerMention {
  const runs = findNameRuns(sentence, language);
  const pronouns = getLexicon(language).words('pronouns');
  let hasPronoun = false;
  const attributions = features.filter((f) => f.feature === 'attribution').sort((a, b) => a.start - b.start);
  for (const attribution of attributions) {
    const isPhrase = /\s/u.test(attribution.text.trim()) && !SOURCE_BEFORE_PHRASE.test(attribution.text);
    const verbEnd = isPhrase ? findPhraseEnd(sentence, attribution, language) : attribution.end;
    if (isPhrase) {
      const source = sentence.slice(verbEnd, attribution.end).trim();
      // Only a capitalised source is a speaker: "according to preliminary queries" names nobody.
      if (/^\p{Lu}/u.test(source)) return { kind: 'name', name: source.replace(/['’]s$/u, '') };
      continue;
    }
    const after = runs.find((run) => run.start >= attribution.end && isOnlySpace(sentence.slice(attribution.end, run.start)));
    const before = runs.find((run) => run.end <= attribution.start && isOnlySpace(sentence.slice(run.end, attribution.start)));
    const run = after ?? before;
    if (run) {
      const name = findPersonName(sentence, run, language);
      if (name) return { kind: 'name', name };
    }
    // "Assel Tulegenova, Kazinform General Director, who…, told": the name that opens the clause.
    const subject = runs.find((run) => run.end <= attribution.start && sentence.charAt(run.end) === ',');
    const subjectName = subject && subject.tokens.length >= 2 ? findPersonName(sentence, subject, language) : null;
    if (subjectName && !/\s(?:he|she|they|он|она|они|ол)\s/iu.test(sentence.slice(subject?.end ?? 0, attribution.start + 1))) {
      return { kind: 'name', name: subjectName };
    }
    const around = `${readLastWord(sentence.slice(0, attribution.start))} ${readFirstWord(sentence.slice(attribution.end))}`;
    if (around.split(' ').some((word) => pronouns.has(word.toLowerCase()))) hasPronoun = true;
  }
  return hasPronoun ? { kind: 'pronoun' } : { kind: 'none' };
}

/** Where "according to" ends inside an attribution feature that runs on to name its source. */
function findPhraseEnd(sentence: string, attribution: FeatureMatch, language: LanguageCode): number {
  const phrase = getLexicon(language).pattern('attributionPhrases');
  phrase.lastIndex = attribution.start;
  const match = phrase.exec(sentence);
  return match && match.index === attribution.start ? match.index + match[0].length : attribution.start;
}

/** The person in a run of names: "Kazakh President Kassym-Jomart Tokayev" → "Kassym-Jomart Tokayev". */
function findPersonName(sentence: string, run: NameRun, language: LanguageCode): string | null {
  const tests = getNameTests(language);
  const segment = splitAtTitles(run, tests).at(-1);
  if (!segment?.length) return null;
  let tokens: Token[] = segment;
  const lastConnector = tokens.findLastIndex((t) => tests.connectors.has(t.text));
  if (lastConnector >= 0 && tokens.length - lastConnector - 1 >= 3) tokens = tokens.slice(lastConnector + 1);
  if (language === 'ru' || language === 'kk') {
    const middle = tokens.at(-2);
    tokens = tokens.slice(middle && PATRONYMIC.test(middle.text) ? -3 : -2);
  } else if (lastConnector >= 0 && tokens.length > 2 && tokens !== segment) {
    tokens = tokens.slice(-2);
  }
  const name = readSegmentText(sentence, tokens);
  return name && !getLexicon(language).words('pronouns').has(name.toLowerCase()) ? name : null;
}

function isOnlySpace(text: string): boolean {
  return /^\s*$/u.test(text);
}

function readLastWord(text: string): string {
  return /([\p{L}]+)[^\p{L}]*$/u.exec(text)?.[1] ?? '';
}

function readFirstWord(text: string): string {
  return /^[^\p{L}]*([\p{L}]+)/u.exec(text)?.[1] ?? '';
}
