// Lines of a paragraph back into running text, undoing the hyphenation typesetting added at line
// ends ("infor-" + "mation") while keeping hyphens that belong to the word ("well-" + "known").
// Where the document itself spells the word elsewhere, that spelling decides.

/** Words of the document, lower case, as they appear inside lines (where no line end split them). */
export type Vocabulary = ReadonlySet<string>;

/**
 * Compounds whose hyphen is never typesetting's: English "self-", "well-"; Russian "-либо", "-нибудь",
 * "кто-то" and the like, "из-за", "из-под". Short, common syllables ("pro-", "ex-", "-то" alone) are left
 * out: "pro-gram" and "ле-то" are far more often split words.
 */
const HYPHEN_PREFIXES = new Set(['self', 'well']);
const HYPHEN_SUFFIXES = new Set(['либо', 'нибудь']);
const PRONOUNS_BEFORE_TO = new Set(['кто', 'что', 'как', 'где', 'куда', 'когда', 'почему', 'зачем', 'откуда', 'какой', 'какая', 'какое', 'какие', 'чей', 'сколько']);
const HYPHENATED_PREPOSITIONS = new Set(['из-за', 'из-под']);
/** Longer "words" than this at a line end are not words split by hyphenation. */
const MAX_WORD_LENGTH = 64;
const LINE_END_HYPHEN = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)[-\u2010]$/u;
const LEADING_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’]*/u;
const WORD = /[\p{L}\p{N}]+(?:[-\u2010'’][\p{L}\p{N}]+)*/gu;
/** Scripts written without spaces between words: lines join with nothing between them. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

export function collectVocabulary(paragraphs: readonly (readonly string[])[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const lines of paragraphs) {
    for (const line of lines) {
      // A line's last word is left out when a hyphen ends the line: it is only the first part.
      const inner = LINE_END_HYPHEN.test(line) ? line.replace(LINE_END_HYPHEN, '') : line;
      for (const word of inner.match(WORD) ?? []) vocabulary.add(word.toLowerCase());
    }
  }
  return vocabulary;
}

export function joinLines(lines: readonly string[], vocabulary: Vocabulary = new Set()): string {
  // Pieces rather than one growing string: each join looks only at the two lines it joins.
  const pieces: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const previous = pieces.at(-1);
    if (previous === undefined) {
      pieces.push(line);
      continue;
    }
    const joint = chooseJoint(previous, line, vocabulary);
    if (joint.isHyphenDropped) pieces[pieces.length - 1] = previous.slice(0, -1);
    pieces.push(joint.separator, line);
  }
  return pieces.join('');
}

interface Joint {
  /** The hyphen or soft hyphen ending the line above goes: it only split the word. */
  isHyphenDropped: boolean;
  separator: '' | ' ';
}

function chooseJoint(before: string, after: string, vocabulary: Vocabulary): Joint {
  if (before.endsWith('\u00ad')) return { isHyphenDropped: true, separator: '' };
  // Only the line's end matters; a bounded tail keeps the pattern's work small on very long lines.
  const hyphenated = LINE_END_HYPHEN.exec(before.slice(-MAX_WORD_LENGTH));
  if (hyphenated !== null) {
    return { isHyphenDropped: isJoinedWord(hyphenated[1] ?? '', after, vocabulary), separator: '' };
  }
  const isUnspaced = UNSPACED_SCRIPT.test(before.slice(-1)) && UNSPACED_SCRIPT.test(after.charAt(0));
  return { isHyphenDropped: false, separator: isUnspaced ? '' : ' ' };
}

/** Whether "first-" at a line end and the next line's first word are one word split by typesetting. */
function isJoinedWord(first: string, after: string, vocabulary: Vocabulary): boolean {
  const second = LEADING_WORD.exec(after)?.[0] ?? '';
  if (second === '' || !/^\p{Ll}/u.test(second)) return false;
  const lastPart = first.split(/[-\u2010]/u).at(-1) ?? first;
  const joined = (lastPart + second).toLowerCase();
  const compound = `${first}-${second}`.toLowerCase();
  if (vocabulary.has(compound)) return false;
  if (vocabulary.has(joined)) return true;
  // "state-of-the-" + "art": a word that already has hyphens keeps this one too.
  if (lastPart !== first) return false;
  // "X-ray", "UN-led", "B2-level": an abbreviation or a number keeps its hyphen. A capitalised first
  // part ("Infor-" + "mation" at a sentence's start) is split like any other word.
  if (first === first.toUpperCase() || /\p{N}/u.test(first)) return false;
  return !isKnownCompound(first.toLowerCase(), second.toLowerCase());
}

function isKnownCompound(first: string, second: string): boolean {
  return (
    HYPHEN_PREFIXES.has(first) ||
    HYPHEN_SUFFIXES.has(second) ||
    (second === 'то' && PRONOUNS_BEFORE_TO.has(first)) ||
    HYPHENATED_PREPOSITIONS.has(`${first}-${second}`)
  );
}
