// The words a sentence is scored on: lower-cased, numbers reduced to their shape so "700,000 jobs" and
// "2 million jobs" share what matters.

const TOKEN = /\p{L}+(?:'\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*|[$%€£¥₸₽]/gu;
const YEAR = /^(?:1[89]|20)\d\d$/u;
const DIGIT = /^\p{N}/u;

/** Model tokens of a sentence: words lower-cased, numbers as `<year>` or `<num>`, currency and % kept. */
export function tokenizeForModel(sentence: string): string[] {
  const text = sentence.toLowerCase().replaceAll('’', "'");
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const token = match[0];
    const first = token.charCodeAt(0);
    const isNumber = (first >= 48 && first <= 57) || (first > 127 && DIGIT.test(token));
    tokens.push(isNumber ? (YEAR.test(token) ? '<year>' : '<num>') : token);
  }
  return tokens;
}
