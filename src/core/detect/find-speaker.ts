// Who a sentence attributes its content to: "…," Tokayev said; according to Assel Tulegenova; Раушан
// Кажибаева отметила; по словам Ивана Петрова; Тоқаевтың сөзінше; 王毅表示; 据新华社报道. And the speaker
// lines of Russian and Kazakh news ("Раушан Кажибаева, директор …:") that introduce a quoted paragraph.
import type { TextSpan } from '../../shared/analysis';
import type { LanguageCode } from '../../shared/model';
import type { TextMatch } from './find-matches';
import { countOpenQuotes } from './classify-claim';
import type { NameRun, Token } from './find-names';
import { findNameRuns, getNameTests, readSegmentText, splitAtTitles, tokenize } from './find-names';
import type { Lexicon } from './lexicon';
import { getLexicon } from './lexicon';
import { rangesOverlap } from '../../shared/text-range';

/**
 * A named speaker; a pronoun ("she said") to be resolved from the sentences before; or a description
 * ("The General Director of Kazinform told…") to be matched against a person named earlier with it.
 */
export type SpeakerMention =
  | { kind: 'name'; name: string }
  | { kind: 'pronoun' }
  | { kind: 'description'; words: string[] }
  | { kind: 'none' };

const NONE: SpeakerMention = { kind: 'none' };
const PATRONYMIC = /(?:ович|евич|ич|овна|евна|ична|ұлы|қызы)$/u;
/** A source named after "according to" runs to the next punctuation. */
const SOURCE_AFTER_PHRASE = /^[^,.;:!?()"“”«»，。；：！？、（）]{1,80}/u;
/** Kazakh genitive endings: "Тоқаевтың сөзінше" is "according to Tokayev". */
const KAZAKH_GENITIVE = /(?<=\p{L}{3})(?:тың|тің|дың|дің|ның|нің)$/u;
/** Where a Chinese speaker's name starts: after punctuation or a quotation. */
const CHINESE_BOUNDARY = /[\s,.;:!?，。；：！？、“”‘’「」『』（）()"]/u;
const MAX_SOURCE_WORDS = 8;
/** How many words a title between a speech verb and the name may have ("министр торговли"). */
const MAX_TITLE_WORDS = 5;
/** How many paragraphs after a speaker line may continue its quotation (guards an unclosed «). */
const MAX_QUOTE_PARAGRAPHS = 6;


export function findSpeaker(sentence: string, language: LanguageCode): SpeakerMention {
  const lex = getLexicon(language);
  const phrases = lex.findAll('attributionPhrases', sentence);
  if (language === 'zh') return findChineseSpeaker(sentence, lex, phrases);
  const runs = findNameRuns(sentence, language);
  const isSourceBefore = fullMatcher(lex, 'sourceBeforePhrases');
  let source: SpeakerMention = NONE;
  const sourceSpans: TextSpan[] = [];
  for (const phrase of phrases) {
    const found = isSourceBefore(phrase.text)
      ? readSourceBefore(sentence, phrase, runs, language)
      : readSourceAfter(sentence, phrase, runs, language);
    sourceSpans.push({ start: phrase.start, end: found.end });
    if (source.kind === 'none' && found.mention.kind !== 'none') source = found.mention;
  }
  // A speech verb naming its speaker outranks a source ("according to X"); a source outranks a pronoun.
  let fallback: SpeakerMention = NONE;
  for (const verb of lex.findAll('attribution', sentence)) {
    if (sourceSpans.some((span) => rangesOverlap(verb, span))) continue;
    const mention = readVerbSpeaker(sentence, verb, runs, language);
    if (mention.kind === 'name') return mention;
    if (fallback.kind === 'none' || (fallback.kind === 'pronoun' && mention.kind === 'description')) fallback = mention;
  }
  return source.kind !== 'none' ? source : fallback;
}

/** The speaker next to a speech verb: "Tokayev said", "said Shen", "— сказал Иванов". */
function readVerbSpeaker(sentence: string, verb: TextMatch, runs: NameRun[], language: LanguageCode): SpeakerMention {
  // Before first: in "Tokayev told Xinhua" the name after the verb is the listener.
  const before = runs.findLast((run) => run.end <= verb.start && isOnlySpace(sentence.slice(run.end, verb.start)));
  // After the verb, a name speaks only where it closes the clause ("…, said Shen." / "said Shen, adding"):
  // in "He said China would invest" the name opens what was said.
  const after = runs.find(
    (run) => run.start >= verb.end && isOnlySpace(sentence.slice(verb.end, run.start)) && /^\s*(?:[,.;:!?"”»)]|$)/u.test(sentence.slice(run.end)),
  );
  let description: SpeakerMention = NONE;
  const candidates = [before, after, findTitledAfter(sentence, verb, runs, language), findOpeningSubject(sentence, verb, runs, language)];
  for (const run of candidates) {
    if (!run) continue;
    const mention = readPerson(sentence, run, language);
    if (mention.kind === 'name') return mention;
    if (mention.kind === 'description') description = mention;
  }
  // "Assel Tulegenova, Kazinform General Director, who…, told": the name that opens the clause.
  const pronouns = getLexicon(language).words('pronouns');
  const subject = runs.find((run) => run.end <= verb.start && sentence.charAt(run.end) === ',');
  if (subject && subject.tokens.length >= 2) {
    const between = sentence.slice(subject.end, verb.start + 1).toLowerCase();
    const mention = readPerson(sentence, subject, language);
    const hasPronounBetween = tokenize(between).some((token) => pronouns.has(token.text));
    if (mention.kind === 'name' && !hasPronounBetween) return mention;
  }
  if (description.kind !== 'none') return description;
  const around = [readLastWord(sentence.slice(0, verb.start)), readFirstWord(sentence.slice(verb.end))];
  return around.some((word) => pronouns.has(word.toLowerCase())) ? { kind: 'pronoun' } : NONE;
}

/** "заявил министр торговли Серик Жумангарин": a name after a lowercase title after the verb. */
function findTitledAfter(sentence: string, verb: TextMatch, runs: NameRun[], language: LanguageCode): NameRun | undefined {
  const run = runs.find((r) => r.start >= verb.end);
  if (!run) return undefined;
  const words = tokenize(sentence.slice(verb.end, run.start));
  const isTitled = words.length <= MAX_TITLE_WORDS && words[0] !== undefined && isTitleWord(words[0].text, language);
  return isTitled && /^[\s\p{L}\p{N}-]*$/u.test(sentence.slice(verb.end, run.start)) ? run : undefined;
}

/**
 * Kazakh puts the verb last: "Қасым-Жомарт Тоқаев тауар айналымы өскенін атап өтті." The full name
 * (two words at least: one capitalised word may open any sentence) that opens it speaks.
 */
function findOpeningSubject(sentence: string, verb: TextMatch, runs: NameRun[], language: LanguageCode): NameRun | undefined {
  if (language !== 'kk' || !/^[\s\p{P}]*$/u.test(sentence.slice(verb.end))) return undefined;
  const run = runs[0];
  const person = run && !sentence.slice(0, run.end).includes(',') ? readPerson(sentence, run, language) : NONE;
  return person.kind === 'name' && person.name.split(/\s+/u).length >= 2 ? run : undefined;
}

function isTitleWord(word: string, language: LanguageCode): boolean {
  const tests = getNameTests(language);
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return tests.isTitle(capitalised) || tests.isTitleModifier(capitalised);
}

/**
 * The source after "according to": a person when the name follows a title ("according to Kazakh
 * Minister … Aida Balayeva"), else the name as written ("China's General Administration of Customs").
 */
function readSourceAfter(
  sentence: string,
  phrase: TextMatch,
  runs: NameRun[],
  language: LanguageCode,
): { mention: SpeakerMention; end: number } {
  const text = SOURCE_AFTER_PHRASE.exec(sentence.slice(phrase.end))?.[0] ?? '';
  const words = tokenize(text).slice(0, MAX_SOURCE_WORDS);
  const end = phrase.end + (words.at(-1)?.end ?? 0);
  // One lowercase word may come first ("according to the World Bank"); more ("preliminary queries of
  // Chinese travel operators") name nobody.
  const first = runs.find((run) => run.start >= phrase.end && run.start < end);
  const wordsBefore = first ? tokenize(sentence.slice(phrase.end, first.start)).length : Infinity;
  if (!first || wordsBefore > 1) return { mention: NONE, end };
  const tests = getNameTests(language);
  if (first.tokens.some((token) => tests.isTitle(token.text))) {
    const person = readPerson(sentence, first, language);
    return { mention: person.kind === 'name' ? person : NONE, end };
  }
  let name: string;
  if (language === 'en') {
    // English names end where the capitalised words end: "according to Tokayev the trade grew…".
    let last = first;
    for (const run of runs) {
      if (run.start > last.end && run.start < end && isOnlySpace(sentence.slice(last.end, run.start))) last = run;
    }
    name = sentence.slice(first.start, last.end);
  } else {
    // Russian names of bodies run on in lowercase: "по данным Комитета по статистике".
    name = sentence.slice(first.start, end).trim();
  }
  name = name.replace(/['’]s$/u, '');
  if (getLexicon(language).pattern('genitiveSourcePhrases').test(phrase.text)) name = toNominative(name);
  return { mention: { kind: 'name', name }, end };
}

/** The source before a Kazakh phrase: "Қасым-Жомарт Тоқаевтың сөзінше" → "Қасым-Жомарт Тоқаев". */
function readSourceBefore(
  sentence: string,
  phrase: TextMatch,
  runs: NameRun[],
  language: LanguageCode,
): { mention: SpeakerMention; end: number } {
  const run = runs.findLast((r) => r.end <= phrase.start && isOnlySpace(sentence.slice(r.end, phrase.start)));
  const person = run ? readPerson(sentence, run, language) : NONE;
  if (person.kind !== 'name') return { mention: NONE, end: phrase.end };
  return { mention: { kind: 'name', name: person.name.replace(KAZAKH_GENITIVE, '') }, end: phrase.end };
}

/** The person in a run of names: "Kazakh President Kassym-Jomart Tokayev" → "Kassym-Jomart Tokayev". */
function readPerson(sentence: string, run: NameRun, language: LanguageCode): SpeakerMention {
  const tests = getNameTests(language);
  const segment = splitAtTitles(run, tests).at(-1);
  if (!segment?.length) return NONE;
  let tokens: Token[] = segment;
  const lastConnector = tokens.findLastIndex((t) => tests.connectors.has(t.text));
  if (lastConnector >= 0 && tokens.length - lastConnector - 1 >= 3) tokens = tokens.slice(lastConnector + 1);
  const head = tokens[0];
  // "Director of Kazinform": a title and its organisation, no person; someone named earlier with them.
  if (head && tests.isTitle(head.text)) {
    const words = tokens.filter((t) => !tests.connectors.has(t.text)).map((t) => t.text);
    return { kind: 'description', words };
  }
  if (language === 'ru' || language === 'kk') {
    const middle = tokens.at(-2);
    tokens = tokens.slice(middle && PATRONYMIC.test(middle.text) ? -3 : -2);
  } else if (lastConnector >= 0 && tokens.length > 2 && tokens !== segment) {
    tokens = tokens.slice(-2);
  }
  const name = readSegmentText(sentence, tokens);
  return name && !getLexicon(language).words('pronouns').has(name.toLowerCase()) ? { kind: 'name', name } : NONE;
}

/** Chinese speakers: "王毅3日在北京表示" → 王毅, "外交部发言人毛宁说" → 毛宁, "据新华社报道" → 新华社. */
function findChineseSpeaker(sentence: string, lex: Lexicon, phrases: TextMatch[]): SpeakerMention {
  const stripFillers = suffixStripper(lex, 'speakerFillers');
  const stripSourceSuffixes = suffixStripper(lex, 'sourceSuffixes');
  const pronouns = lex.words('pronouns');
  let source: SpeakerMention = NONE;
  const sourceSpans: TextSpan[] = [];
  for (const phrase of phrases) {
    const text = SOURCE_AFTER_PHRASE.exec(sentence.slice(phrase.end))?.[0] ?? '';
    sourceSpans.push({ start: phrase.start, end: phrase.end + text.length });
    const name = stripSourceSuffixes(text.trim());
    if (source.kind === 'none' && isChineseName(name) && !pronouns.has(name)) source = { kind: 'name', name };
  }
  let fallback: SpeakerMention = NONE;
  for (const verb of lex.findAll('attribution', sentence)) {
    if (sourceSpans.some((span) => rangesOverlap(verb, span))) continue;
    let from = verb.start;
    while (from > 0 && !CHINESE_BOUNDARY.test(sentence.charAt(from - 1))) from -= 1;
    const chunk = stripFillers(sentence.slice(from, verb.start));
    if (pronouns.has(chunk)) {
      fallback = { kind: 'pronoun' };
      continue;
    }
    const titles = lex.findAll('speakerTitles', chunk);
    const name = chunk.slice(titles.at(-1)?.end ?? 0);
    if (isChineseName(name)) return { kind: 'name', name };
  }
  return source.kind !== 'none' ? source : fallback;
}

function isChineseName(text: string): boolean {
  return /^[\p{L}·•]{2,12}$/u.test(text);
}

/** A line of its own ending in a colon ("Раушан Кажибаева, директор …:"): who speaks in what follows. */
export function findSpeakerLine(line: string, language: LanguageCode): SpeakerMention {
  const text = line.trim();
  if (!/[:：]$/u.test(text)) return NONE;
  const fromLine = readNameAndTitle(text.slice(0, -1), language);
  if (fromLine) return { kind: 'name', name: fromLine };
  const titled = readTitleAndName(text.slice(0, -1), language);
  if (titled.kind === 'name') return titled;
  // "Tokayev said:", "Он подчеркнул:".
  return findSpeaker(text, language);
}

/** "Министр торговли Серик Жумангарин", "Foreign Minister Murat Nurtleu": a title, then the person. */
function readTitleAndName(text: string, language: LanguageCode): SpeakerMention {
  const tokens = tokenize(text);
  const first = tokens[0];
  if (!first || tokens.length > 10 || !isTitleWord(first.text, language)) return NONE;
  const run = findNameRuns(text, language).at(-1);
  if (!run || run.end !== text.trimEnd().length) return NONE;
  return readPerson(text, run, language);
}

/** "Name, title" or "Name — title": the name, if the line opens with a person's name and nothing else. */
function readNameAndTitle(text: string, language: LanguageCode): string | null {
  const separator = /\s*(?:,|\s[\p{Pd}]\s)/u.exec(text);
  if (!separator || separator.index === 0) return null;
  const head = text.slice(0, separator.index);
  const tail = text.slice(separator.index + separator[0].length);
  if (!/\p{L}/u.test(tail) || tokenize(text).length > 25) return null;
  // "Note, however:" is no speaker line: a single word, or an English pair, needs a title after it.
  const hasTitle = tokenize(tail).some((t) => isTitleWord(t.text, language));
  const isRussianOrKazakh = language === 'ru' || language === 'kk';
  if (!hasTitle && (tokenize(head).length < 2 || !isRussianOrKazakh)) return null;
  const tests = getNameTests(language);
  const tokens = tokenize(head);
  const runs = findNameRuns(head, language);
  const run = runs[0];
  const isWholeName =
    runs.length === 1 &&
    run !== undefined &&
    run.start === 0 &&
    run.end === head.length &&
    tokens.length <= 4 &&
    tokens.every((t) => /^\p{Lu}/u.test(t.text) && !tests.isTitle(t.text) && !tests.isStopWord(t.text));
  return isWholeName ? head : null;
}

/**
 * The quotation after a speaker line: the next paragraph, and the ones after it that continue it (a
 * quotation still open, or another paragraph opening with a dash when the first did).
 */
export function findQuoteAfter(body: string, lineEnd: number): TextSpan | null {
  const paragraphs = listParagraphsFrom(body, lineEnd);
  const first = paragraphs[0];
  if (!first) return null;
  const opensWithDash = (p: TextSpan): boolean => /^[\p{Pd}]/u.test(body.slice(p.start, p.end));
  let open = countOpenQuotes(body.slice(first.start, first.end));
  let end = first.end;
  for (const paragraph of paragraphs.slice(1, MAX_QUOTE_PARAGRAPHS)) {
    const text = body.slice(paragraph.start, paragraph.end);
    const isContinued = open > 0 || (opensWithDash(first) && opensWithDash(paragraph));
    if (!isContinued || /[:：]$/u.test(text)) break;
    open += countOpenQuotes(text);
    end = paragraph.end;
  }
  return { start: first.start, end };
}

/** The non-blank lines after an offset, trimmed. */
function listParagraphsFrom(body: string, from: number): TextSpan[] {
  const paragraphs: TextSpan[] = [];
  for (const line of body.slice(from).matchAll(/[^\n]+/gu)) {
    const start = from + line.index + (line[0].length - line[0].trimStart().length);
    const end = from + line.index + line[0].trimEnd().length;
    if (end > start) paragraphs.push({ start, end });
    if (paragraphs.length >= MAX_QUOTE_PARAGRAPHS) break;
  }
  return paragraphs;
}

/**
 * A Russian name in the genitive ("по словам Ивана Петрова") in the nominative ("Иван Петров"), when
 * the surname's ending tells case and gender; any other name is kept as written ("Фу Хуа").
 */
export function toNominative(name: string): string {
  const words = name.split(/\s+/u);
  const surname = words.at(-1) ?? '';
  const female = /(?:[оеё]вой|[иы]ной|[сц]кой)$/u.test(surname);
  const male = !female && /(?:[оеё]ва|[иы]на|[сц]кого)$/u.test(surname);
  if ((!female && !male) || words.length > 3) return name;
  return words
    .map((word, index) => {
      if (index === words.length - 1) {
        return female ? word.replace(/ой$/u, 'ая').replace(/(?<=[вн])ая$/u, 'а') : word.replace(/ого$/u, 'ий').replace(/а$/u, '');
      }
      if (/ича$/u.test(word)) return word.slice(0, -1); // Ивановича → Иванович
      if (/[иа]чны$|[оеё]вны$/u.test(word)) return `${word.slice(0, -1)}а`; // Ивановны → Ивановна
      return female ? toFemaleFirstName(word) : toMaleFirstName(word);
    })
    .join(' ');
}

function toMaleFirstName(word: string): string {
  if (/[аеёиоуыэюя]я$/u.test(word)) return word.replace(/я$/u, 'й'); // Андрея → Андрей
  if (/\p{L}я$/u.test(word)) return word.replace(/я$/u, 'ь'); // Игоря → Игорь
  return word.replace(/(?<=[^аеёиоуыэюя])а$/u, ''); // Ивана → Иван, Касым-Жомарта → Касым-Жомарт
}

function toFemaleFirstName(word: string): string {
  if (/ы$/u.test(word)) return word.replace(/ы$/u, 'а'); // Анны → Анна
  if (/ии$/u.test(word)) return word.replace(/и$/u, 'я'); // Марии → Мария
  if (/[гкхжшчщ]и$/u.test(word)) return word.replace(/и$/u, 'а'); // Ольги → Ольга
  return word; // Раушан, Асель: not declined
}

type WholeList = 'sourceBeforePhrases' | 'speakerFillers' | 'sourceSuffixes';
const wholePatterns = new WeakMap<Lexicon, Map<WholeList, RegExp>>();

/** A pattern matching a whole text that is one entry of a list (compiled once per lexicon). */
function compileWhole(lex: Lexicon, list: WholeList): RegExp {
  let patterns = wholePatterns.get(lex);
  if (!patterns) {
    patterns = new Map();
    wholePatterns.set(lex, patterns);
  }
  let pattern = patterns.get(list);
  if (!pattern) {
    pattern = new RegExp(`^${lex.source(list)}$`, 'iu');
    patterns.set(list, pattern);
  }
  return pattern;
}

function fullMatcher(lex: Lexicon, list: WholeList): (text: string) => boolean {
  const pattern = compileWhole(lex, list);
  return (text) => pattern.test(text.trim());
}

/** Strips entries of a list off the end of a text, shortest first, as long as any is there. */
function suffixStripper(lex: Lexicon, list: WholeList): (text: string) => string {
  const pattern = compileWhole(lex, list);
  return (text) => {
    let result = text;
    for (let length = 1; length < result.length; ) {
      if (pattern.test(result.slice(-length))) {
        result = result.slice(0, -length);
        length = 1;
      } else {
        length += 1;
      }
    }
    return result;
  };
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
