import { describe, expect, it } from 'vitest';
import type { DetectedClaim } from '../../shared/analysis';
import type { ExcludedRange } from '../../shared/model';
import { readSample } from '../sample-articles';
import { detectClaims } from './index';

const chinaDaily = readSample('en-chinadaily-cultural-center.txt');
const kazinform = readSample('en-kazinform-silk-way-forum.txt');
const astanaTimes = readSample('en-astana-times-media-event.txt');
const russian = readSample('ru-news-agencies-forum-astana.txt');

function claimWith(claims: DetectedClaim[], text: string): DetectedClaim | undefined {
  return claims.find((claim) => claim.quote.includes(text));
}

function isFlagged(claims: DetectedClaim[], text: string): boolean {
  return claimWith(claims, text) !== undefined;
}

describe('detectClaims on the sample articles', () => {
  const english = {
    chinaDaily: detectClaims(chinaDaily, 'en', []).claims,
    kazinform: detectClaims(kazinform, 'en', []).claims,
    astanaTimes: detectClaims(astanaTimes, 'en', []).claims,
  };
  const ru = detectClaims(russian, 'ru', []).claims;

  it('anchors every claim exactly in the body', () => {
    const all: [string, DetectedClaim[]][] = [
      [chinaDaily, english.chinaDaily],
      [kazinform, english.kazinform],
      [astanaTimes, english.astanaTimes],
      [russian, ru],
    ];
    for (const [body, claims] of all) {
      expect(claims.length).toBeGreaterThan(3);
      for (const claim of claims) {
        expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
        expect(claim.score).toBeGreaterThanOrEqual(0.5);
        expect(claim.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('flags sentences with figures, dates and named facts', () => {
    const customs = claimWith(english.chinaDaily, '$43.82 billion');
    expect(customs?.kind).toBe('statistic');
    expect(customs?.speaker).toBe("China's General Administration of Customs");
    expect(customs?.reasons.slice(0, 2)).toEqual(['percentage: 6.8 percent', 'figure: $43.82 billion']);

    const students = claimWith(english.kazinform, 'over 11 thousand');
    expect(students?.kind).toBe('statistic');
    expect(students?.reasons).toContain('figure: over 11 thousand');
    // Inside her multi-sentence quotation, closed by "…, she said" after a sentence naming her.
    expect(students?.speaker).toBe('Assel Tulegenova');

    const launch = claimWith(english.astanaTimes, 'July 2 in Astana');
    expect(launch?.kind).toBe('event');
    expect(launch?.reasons).toContain('date: July 2');

    expect(claimWith(english.chinaDaily, 'Kassym-Jomart Tokayev inaugurated')?.reasons).toContain(
      'named entity: Kassym-Jomart Tokayev',
    );
    expect(claimWith(english.chinaDaily, 'inaugurated in July last year')?.kind).toBe('event');
    expect(claimWith(english.chinaDaily, "largest trading and investment partner")?.kind).toBe('comparison');
    expect(claimWith(english.kazinform, 'Since the end of 2015')?.speaker).toBe('Assel Tulegenova');
  });

  it('flags the Russian memorandum signing and names Russian speakers', () => {
    const memorandum = claimWith(ru, 'Меморандум о сотрудничестве был подписан');
    expect(memorandum?.kind).toBe('event');
    expect(memorandum?.reasons).toContain('action: подписан');
    expect(claimWith(ru, 'Фу Хуа отметил')?.speaker).toBe('Фу Хуа');
    expect(claimWith(ru, 'Раушан Кажибаева отметила')?.speaker).toBe('Раушан Кажибаева');
  });

  it('leaves proverbs, polls, appeals, greetings, slogans and opinions out', () => {
    expect(isFlagged(ru, 'Близкий сосед лучше дальнего родственника')).toBe(false);
    expect(isFlagged(ru, 'Что для вас является самым важным при выборе работы?')).toBe(false);
    expect(isFlagged(ru, 'Давайте воспользуемся возможностью')).toBe(false);
    expect(isFlagged(ru, 'Сегодня можно с уверенностью сказать')).toBe(false);
    expect(isFlagged(ru, 'Мы будем поэтапно реализовывать совместные проекты.')).toBe(false);
    expect(isFlagged(ru, 'Мы не просто соседи')).toBe(false);
    expect(isFlagged(english.astanaTimes, 'Get The Astana Times stories sent directly to you!')).toBe(false);
    expect(isFlagged(english.astanaTimes, 'Sign up via the website')).toBe(false);
    expect(isFlagged(english.astanaTimes, 'Their friendship stands as a symbol')).toBe(false);
    expect(isFlagged(english.chinaDaily, 'He said he believes that the cultural centers')).toBe(false);
    expect(isFlagged(english.chinaDaily, 'As an ancient Chinese saying goes')).toBe(false);
    expect(isFlagged(english.chinaDaily, 'All rights reserved.')).toBe(false);
    expect(isFlagged(english.kazinform, 'We hope that more people from China')).toBe(false);
  });

  it('gives the quote kind and the speaker to attributed quotations', () => {
    const claims = detectClaims('“Exports grew to a record high in March,” Tokayev said.', 'en', []).claims;
    expect(claims[0]?.speaker).toBe('Tokayev');
    const quoted = detectClaims('“The forum opened the Silk Way Center in Astana,” Tokayev said.', 'en', []).claims;
    expect(quoted[0]?.kind).toBe('quote');
    // A quotation over several sentences: each is a quote of the speaker named where it closes.
    const long = detectClaims(
      '“The Silk Way Center opened in Astana on July 2. Over 500 students attended the opening,” said Shen Haixiong.',
      'en',
      [],
    ).claims;
    expect(long.map((c) => [c.kind, c.speaker])).toEqual([
      ['quote', 'Shen Haixiong'],
      ['statistic', 'Shen Haixiong'],
    ]);
  });
});

describe('detectClaims with excluded ranges', () => {
  const body = 'Trade grew 6.8 percent to $43.82 billion in 2024.\nOver 500 people attended the forum in Astana on July 2.\n';
  const caption = body.indexOf('Over');
  const range = (reason: ExcludedRange['reason'], isIncluded: boolean, start = caption, end = body.length - 1): ExcludedRange => ({
    start,
    end,
    reason,
    isIncluded,
  });

  it('skips sentences overlapping an excluded range, unless the user included it again', () => {
    expect(detectClaims(body, 'en', []).claims).toHaveLength(2);
    const skipped = detectClaims(body, 'en', [range('caption', false)]).claims;
    expect(skipped.map((c) => c.quote)).toEqual(['Trade grew 6.8 percent to $43.82 billion in 2024.']);
    expect(detectClaims(body, 'en', [range('caption', true)]).claims).toHaveLength(2);
    // Overlapping only part of the sentence is enough to skip it.
    expect(detectClaims(body, 'en', [range('caption', false, caption + 10, caption + 12)]).claims).toHaveLength(1);
  });

  it('cuts a dateline off the start of a sentence instead of dropping the sentence', () => {
    const text = 'NANJING. KAZINFORM - Over 500 people attended the forum on July 2, organisers said.';
    const dateline = text.indexOf('Over');
    const claims = detectClaims(text, 'en', [{ start: 0, end: dateline - 2, reason: 'dateline', isIncluded: false }]).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]?.quote).toBe(text.slice(dateline));
    expect(claims[0]?.start).toBe(dateline);
  });
});
