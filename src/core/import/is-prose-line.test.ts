import { describe, expect, it } from 'vitest';
import { readLine } from './is-prose-line';

const isSentenceLine = (text: string): boolean => readLine(text).isSentence;
const isParagraphLine = (text: string): boolean => readLine(text).isParagraph;

describe('readLine', () => {
  it('reads a paragraph of the story as a paragraph and a sentence', () => {
    const line = 'The regional council voted 9 to 4 on Wednesday to approve the expansion of the harbour.';
    expect(readLine(line)).toEqual({ words: 16, isSentence: true, isParagraph: true });
  });

  it('reads menu items, headlines and labels as neither', () => {
    for (const line of ['World', 'Most Popular Articles', 'Arizona Development Bans Residents From Bringing Cars', 'Read more.']) {
      expect(isSentenceLine(line), line).toBe(false);
      expect(isParagraphLine(line), line).toBe(false);
    }
  });

  it('takes a short sentence for a sentence, not a paragraph', () => {
    expect(isSentenceLine('He declined to comment.')).toBe(true);
    expect(isParagraphLine('He declined to comment.')).toBe(false);
  });

  it('takes a long line without a full stop for text, and a sentence inside a line for a paragraph', () => {
    const long = Array.from({ length: 26 }, (_, index) => `word${index}`).join(' ');
    expect(isSentenceLine(long)).toBe(true);
    expect(isParagraphLine('Police arrested two people on Monday. A 24-year-old woman and a man were later charged')).toBe(true);
  });

  it('counts Chinese by characters and reads 。 as a sentence end', () => {
    const line = '城际铁路二期工程于5月7日正式开工，线路全长46公里，设车站9座，计划于2027年底建成通车。';
    expect(isParagraphLine(line)).toBe(true);
    expect(isSentenceLine('相关新闻')).toBe(false);
  });
});
