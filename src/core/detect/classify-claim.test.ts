import { describe, expect, it } from 'vitest';
import type { ClaimKind, LanguageCode } from '../../shared/model';
import { classifyClaim, countOpenQuotes, hasQuotation } from './classify-claim';
import { findFeatures } from './score-sentence';

function kindOf(sentence: string, language: LanguageCode = 'en', isQuote = false): ClaimKind {
  return classifyClaim(sentence, language, findFeatures(sentence, language), isQuote);
}

describe('classifyClaim', () => {
  it('makes a forecast with a figure or date target a prediction, ahead of statistic', () => {
    expect(kindOf('Trade will reach $50 billion by 2030.')).toBe('prediction');
    expect(kindOf('Bilateral trade is expected to double in the coming years.')).toBe('prediction');
    expect(kindOf('Kazakhstan aims to open 5 new cultural centers by 2030.')).toBe('prediction');
    expect(kindOf('In 2017 one more center will be opened at Xian University of Foreign Languages.')).toBe('prediction');
    // The forecast outranks the quotation it is in.
    expect(kindOf('“Over half a million tourists will come to Astana next year,” she said.', 'en', true)).toBe('prediction');
  });

  it('keeps a reported figure a statistic when the future part only follows it', () => {
    expect(kindOf('Trade grew 6.8 percent to $43.82 billion in 2024 and will keep growing.')).toBe('statistic');
    expect(kindOf('China-Kazakhstan bilateral trade value grew 6.8 percent year-on-year to $43.82 billion last year.')).toBe('statistic');
  });

  it('makes a bare future a prediction only when nothing more specific is there', () => {
    expect(kindOf('The exchange of official visits will pave the way for cultural cooperation.')).toBe('prediction');
    expect(kindOf('“Our friendship will be further strengthened,” Tokayev said.', 'en', true)).toBe('quote');
  });

  it('finds Russian, Kazakh and Chinese predictions', () => {
    expect(kindOf('Ожидается, что товарооборот достигнет 50 млрд долларов.', 'ru')).toBe('prediction');
    expect(kindOf('Товарооборот к 2030 году составит 50 млрд долларов.', 'ru')).toBe('prediction');
    expect(kindOf('Планируется открыть 5 новых центров в Астане.', 'ru')).toBe('prediction');
    expect(kindOf('Тауар айналымы 2030 жылға дейін 50 млрд долларға жетеді деп күтілуде.', 'kk')).toBe('prediction');
    expect(kindOf('Астанада жаңа мәдени орталық ашу жоспарлануда.', 'kk')).toBe('prediction');
    expect(kindOf('预计到2030年两国贸易额将达到500亿美元。', 'zh')).toBe('prediction');
    expect(kindOf('两国贸易额有望突破500亿美元。', 'zh')).toBe('prediction');
  });

  it('tells statistics, comparisons, events, quotes and the rest apart in every language', () => {
    expect(kindOf('Товарооборот вырос на 5% в 2024 году.', 'ru')).toBe('statistic');
    expect(kindOf('Тауар айналымы 10 пайызға өсті.', 'kk')).toBe('statistic');
    expect(kindOf('两国贸易额去年增长了10%。', 'zh')).toBe('statistic');
    expect(kindOf("China is Kazakhstan's largest trading and investment partner.")).toBe('comparison');
    expect(kindOf('The China Cultural Center in Astana was inaugurated in July last year.')).toBe('event');
    expect(kindOf('Меморандум о сотрудничестве был подписан 2 июля в Астане.', 'ru')).toBe('event');
    expect(kindOf('“Culture is a bridge between our peoples,” Tokayev said.', 'en', true)).toBe('quote');
    expect(kindOf('Culture is a bridge between our peoples.')).toBe('other');
  });

  it('makes a dated action an event even with a superlative in it', () => {
    expect(kindOf('The first Kazakhstan center in China was opened on November 16, 2015 at Shanghai University.')).toBe('event');
  });
});

describe('quotation marks', () => {
  it('counts the quotations a sentence leaves open or closes', () => {
    expect(countOpenQuotes('“The Silk Way Center opened in Astana.')).toBe(1);
    expect(countOpenQuotes('Over 500 students attended,” said Shen.')).toBe(-1);
    expect(countOpenQuotes('«Близкий сосед лучше дальнего родственника», - говорят казахи.')).toBe(0);
    expect(hasQuotation('“Culture is a bridge between our peoples,” Tokayev said.')).toBe(true);
    expect(hasQuotation('The documentary “Bond” premiered.')).toBe(false);
  });
});
