import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD, isCheckworthy, scoreSentence } from './index';

const CUSTOMS =
  "According to China's General Administration of Customs, China-Kazakhstan bilateral trade value grew 6.8 percent year-on-year to $43.82 billion last year.";
const TOKAYEV =
  'Kazakh President Kassym-Jomart Tokayev inaugurated the Kazakhstan Cultural Center in Beijing on Sept 2, highlighting the bilateral relationship.';

describe('scoreSentence', () => {
  it('scores figures, percentages and attributions high and names them in the reasons', () => {
    const { score, reasons } = scoreSentence(CUSTOMS, 'en');
    expect(score).toBeGreaterThan(0.9);
    expect(reasons).toContain('percentage: 6.8 percent');
    expect(reasons).toContain('figure: $43.82 billion');
    expect(reasons).toContain("attribution: According to China's General Administration of Customs");
    expect(reasons).toContain('comparison: year-on-year');
    // Most important first: the numbers before the attribution.
    expect(reasons.findIndex((r) => r.startsWith('attribution:'))).toBeGreaterThan(reasons.indexOf('figure: $43.82 billion'));
  });

  it('names the words the English model leans on, leaving out function words', () => {
    const { reasons } = scoreSentence('We have lost 700,000 jobs in America in the last year and taxes went up.', 'en');
    const wording = reasons.find((reason) => reason.startsWith('wording: '));
    expect(wording).toBeDefined();
    const words = wording!.slice('wording: '.length).split(', ');
    for (const word of ['in', 'the', 'and', 'we', 'have']) expect(words).not.toContain(word);
  });

  it('names each piece of text once, under the feature that raised the score most', () => {
    const { reasons } = scoreSentence('"The cultural centers implement the consensus reached by the two heads of state," Sun said.', 'en');
    const texts = reasons.map((reason) => reason.slice(reason.indexOf(': ') + 2));
    expect(texts.filter((text) => text === 'reached')).toHaveLength(1);
  });

  it('finds named people without their titles, and dates', () => {
    const { score, reasons } = scoreSentence(TOKAYEV, 'en');
    expect(isCheckworthy(score)).toBe(true);
    expect(reasons).toContain('named entity: Kassym-Jomart Tokayev');
    expect(reasons).toContain('named entity: Kazakhstan Cultural Center');
    expect(reasons).toContain('date: Sept 2');
    expect(reasons).toContain('action: inaugurated');
    expect(scoreSentence('Kazakhstan and China launched media projects on July 2 in Astana.', 'en').reasons).toContain(
      'date: July 2',
    );
  });

  it('reports superlatives and comparisons', () => {
    expect(scoreSentence("China is Kazakhstan's largest trading and investment partner.", 'en').reasons).toContain(
      'superlative: largest',
    );
    const russian = scoreSentence('Казахстан впервые стал крупнейшим партнёром Китая, товарооборот вырос больше чем вдвое.', 'ru');
    expect(russian.reasons).toEqual(
      expect.arrayContaining(['superlative: впервые', 'superlative: крупнейшим', 'comparison: вдвое', 'change: вырос']),
    );
  });

  it('scores Russian and Kazakh figures, names and attributions', () => {
    const russian = scoreSentence('По данным Бюро национальной статистики, в 2023 году ВВП вырос на 5,1% до 261 млрд долларов.', 'ru');
    expect(isCheckworthy(russian.score)).toBe(true);
    expect(russian.reasons).toEqual(
      expect.arrayContaining(['percentage: 5,1%', 'figure: до 261 млрд долларов', 'date: 2023 году', 'attribution: По данным Бюро национальной статистики']),
    );
    const kazakh = scoreSentence('Былтыр Қазақстан мен Қытай арасындағы тауар айналымы 43,8 млрд долларға жетті, — деді Қасым-Жомарт Тоқаев.', 'kk');
    expect(isCheckworthy(kazakh.score)).toBe(true);
    expect(kazakh.reasons).toEqual(expect.arrayContaining(['figure: 43,8 млрд долларға', 'attribution: деді', 'named entity: Қасым-Жомарт Тоқаев']));
  });

  it('scores opinions, questions, greetings, slogans, sayings and boilerplate low', () => {
    const low = [
      ['I think we should all hope for a better future together.', 'en'],
      ['What is the most important thing when choosing a job?', 'en'],
      ['Dear friends, welcome and thank you all for coming!', 'en'],
      ['Get The Astana Times stories sent directly to you!', 'en'],
      ['Copyright 1995 - . All rights reserved.', 'en'],
      ['Что для вас является самым важным при выборе работы?', 'ru'],
      ['- «Близкий сосед лучше дальнего родственника», - говорят казахи.', 'ru'],
      ['Сегодня можно с уверенностью сказать, что Центральная Азия и Китай готовы вместе сделать шаг к общему будущему.', 'ru'],
      ['Давайте воспользуемся возможностью этого форума для обсуждения сотрудничества.', 'ru'],
      ['Құрметті достар, сіздерді мерекемен құттықтаймын!', 'kk'],
      // Nothing to check at all: only the bias speaks.
      ['Culture brings people together and makes life richer.', 'en'],
      ['Wide audience follows the news about the partnership from mass media.', 'en'],
      ['Мы не просто соседи, нас объединяют культурная общность и традиции.', 'ru'],
    ] as const;
    for (const [sentence, language] of low) {
      const { score } = scoreSentence(sentence, language);
      expect(score, sentence).toBeLessThan(CLAIM_THRESHOLD);
    }
    // Reasons name what raised a score; a question or an opinion only lowers it.
    expect(scoreSentence('What is the most important thing when choosing a job?', 'en').reasons.join()).not.toContain('question');
    expect(scoreSentence('I think we should all hope for a better future.', 'en').reasons.join()).not.toContain('opinion');
  });

  it('is deterministic and bounded', () => {
    expect(scoreSentence(CUSTOMS, 'en')).toEqual(scoreSentence(CUSTOMS, 'en'));
    for (const s of ['', '.', '?', '12345', CUSTOMS]) {
      const { score } = scoreSentence(s, 'en');
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
