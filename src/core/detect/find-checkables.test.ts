import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../shared/model';
import type { FeatureMatch } from './features';
import { findCheckables } from './find-checkables';
import { findFeatures } from './score-sentence';

/** The marked parts as "kind[text]", in order. */
function marksOf(quote: string, language: LanguageCode = 'en', speaker: string | null = null): string[] {
  return findCheckables(quote, findFeatures(quote, language), speaker).map((p) => `${p.kind}[${quote.slice(p.start, p.end)}]`);
}

const match = (feature: FeatureMatch['feature'], quote: string, text: string): FeatureMatch => {
  const start = quote.indexOf(text);
  return { feature, text, start, end: start + text.length };
};

describe('findCheckables', () => {
  it('marks figures, dates and names in an English claim', () => {
    const quote = "According to China's General Administration of Customs, trade grew 6.8 percent to $43.82 billion last year.";
    const marks = marksOf(quote);
    expect(marks).toContain('figure[6.8 percent]');
    expect(marks).toContain('figure[$43.82 billion]');
    expect(marks).toContain('date[last year]');
    expect(marks.some((m) => m.startsWith('name[') && m.includes('General Administration of Customs'))).toBe(true);
    expect(marksOf('The first center was opened on November 16, 2015 at Shanghai University.')).toEqual([
      'date[November 16, 2015]',
      'name[Shanghai University]',
    ]);
  });

  it('marks Russian, Kazakh and Chinese figures and dates', () => {
    expect(marksOf('Товарооборот вырос на 5,1% и составил 261 млрд долларов в 2023 году.', 'ru')).toEqual([
      'figure[5,1%]',
      'figure[261 млрд долларов]',
      'date[2023 году]',
    ]);
    expect(marksOf('Тауар айналымы 10 пайызға өсті.', 'kk')).toEqual(['figure[10 пайызға]']);
    expect(marksOf('两国贸易额去年增长了10%。', 'zh')).toEqual(['date[去年]', 'figure[10%]']);
  });

  it("marks the speaker's name, the person rather than the title around it", () => {
    const quote = 'Culture plays a role, according to Kazakh Minister of Culture and Information Aida Balayeva.';
    const marks = marksOf(quote, 'en', 'Aida Balayeva');
    expect(marks).toContain('name[Aida Balayeva]');
    expect(marks.filter((m) => m.includes('Minister'))).toEqual([]);
    expect(marksOf('“两国贸易额增长了10%，”王毅说。', 'zh', '王毅')).toEqual(['figure[10%]', 'name[王毅]']);
  });

  it('prefers a figure over a name, then the longer part; trims spaces, punctuation and a possessive', () => {
    const quote = 'Exports to “Big Almaty” reached 2 million tons, Xi Jinping’s office said.';
    const parts = findCheckables(quote, [
      match('name', quote, 'Almaty” reached 2'),
      match('figure', quote, '2 million tons, '),
      match('namedEntity', quote, '“Big Almaty”'),
      match('name', quote, 'Big'),
      match('name', quote, 'Xi Jinping’s'),
      match('opinion', quote, 'office'),
    ]);
    expect(parts.map((p) => [p.kind, quote.slice(p.start, p.end)])).toEqual([
      ['name', 'Big Almaty'],
      ['figure', '2 million tons'],
      ['name', 'Xi Jinping'],
    ]);
  });

  it('returns parts in order, without overlaps, inside the quote', () => {
    const quote = 'Kazakh President Kassym-Jomart Tokayev inaugurated the Kazakhstan Cultural Center in Beijing on Sept 2.';
    const parts = findCheckables(quote, findFeatures(quote, 'en'), 'Kassym-Jomart Tokayev');
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((part, index) => {
      expect(part.start).toBeGreaterThanOrEqual(0);
      expect(part.end).toBeLessThanOrEqual(quote.length);
      expect(part.start).toBeGreaterThanOrEqual(parts[index - 1]?.end ?? 0);
    });
    expect(parts.map((p) => quote.slice(p.start, p.end))).toContain('Kassym-Jomart Tokayev');
    expect(parts.find((p) => p.kind === 'date')).toBeDefined();
  });

  it('marks nothing in a sentence with nothing to check', () => {
    expect(marksOf('we should all hope for a better future together.')).toEqual([]);
  });
});
