import { describe, expect, it } from 'vitest';
import type { DetectedClaim } from '../../shared/analysis';
import type { ExcludedRange } from '../../shared/model';
import { parseArticleText } from '../import/parse-article-text';
import { readSample, type SampleFile } from '../sample-articles';
import { CLAIM_THRESHOLD, detectClaims } from './index';

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
        expect(claim.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
        expect(claim.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('flags sentences with figures, dates and named facts', () => {
    const customs = claimWith(english.chinaDaily, '$43.82 billion');
    expect(customs?.kind).toBe('statistic');
    expect(customs?.speaker).toBe("China's General Administration of Customs");
    expect(customs?.reasons.slice(0, 2).sort()).toEqual(['figure: $43.82 billion', 'percentage: 6.8 percent']);

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

/** Every sentence of a parsed sample (threshold 0), so these checks do not depend on the scoring model. */
async function detectAll(file: SampleFile): Promise<DetectedClaim[]> {
  const article = await parseArticleText(readSample(file), { name: file });
  return detectClaims(article.body, article.language, article.excluded, 0).claims;
}

function marksOf(claim: DetectedClaim | undefined): string[] {
  return (claim?.checkables ?? []).map((part) => `${part.kind}[${claim?.quote.slice(part.start, part.end) ?? ''}]`);
}

describe('speakers, kinds and checkables on the parsed samples', async () => {
  const parsed = {
    chinaDaily: await detectAll('en-chinadaily-cultural-center.txt'),
    kazinform: await detectAll('en-kazinform-silk-way-forum.txt'),
    astanaTimes: await detectAll('en-astana-times-media-event.txt'),
    russian: await detectAll('ru-news-agencies-forum-astana.txt'),
  };
  const speakerOf = (claims: DetectedClaim[], text: string): string | null | undefined => claimWith(claims, text)?.speaker;

  it('gives the paragraph after a Russian speaker line to that speaker, as quotes', () => {
    const { russian } = parsed;
    for (const text of ['Близкий сосед лучше', 'Мы не просто соседи', 'Сегодня можно с уверенностью', 'Мы будем поэтапно']) {
      expect(speakerOf(russian, text), text).toBe('Раушан Кажибаева');
    }
    for (const text of ['Давайте воспользуемся', 'Это позволит внести вклад', 'Мы рассчитываем на активное участие']) {
      expect(speakerOf(russian, text), text).toBe('Фу Хуа');
    }
    expect(claimWith(russian, 'Мы не просто соседи')?.kind).toBe('quote');
    // The quotation ends with its paragraph; the speaker line itself is nobody's quote.
    expect(speakerOf(russian, '«Kazinform» в этом контексте')).toBeNull();
    expect(speakerOf(russian, 'В рамках диалоговой площадки')).toBeNull();
    expect(speakerOf(russian, 'Раушан Кажибаева, директор Телерадиокомплекса')).toBeNull();
    expect(speakerOf(russian, 'Раушан Кажибаева отметила')).toBe('Раушан Кажибаева');
    expect(speakerOf(russian, 'Фу Хуа отметил')).toBe('Фу Хуа');
  });

  it('resolves English pronouns, "according to" with a title, and a title standing for a person', () => {
    const { astanaTimes, kazinform, chinaDaily } = parsed;
    expect(speakerOf(astanaTimes, 'according to Kazakh Minister of Culture and Information')).toBe('Aida Balayeva');
    expect(speakerOf(astanaTimes, 'In particular, organizing performances')).toBe('Balayeva');
    expect(claimWith(astanaTimes, 'In particular, organizing performances')?.kind).toBe('quote');
    expect(speakerOf(astanaTimes, 'Thanks to the personal friendship')).toBe('Balayeva');
    expect(speakerOf(astanaTimes, 'These classical expressions actually reveal')).toBe('Shen');
    expect(speakerOf(astanaTimes, 'The Kazakh proverb says')).toBe('Shen');
    expect(speakerOf(astanaTimes, 'He also shared the heartwarming')).toBeNull();
    expect(speakerOf(kazinform, 'The General Director of Kazinform told')).toBe('Assel Tulegenova');
    expect(speakerOf(kazinform, 'Such a dynamics proves')).toBe('Assel Tulegenova');
    expect(speakerOf(kazinform, 'Wide audience follows the news')).toBeNull();
    expect(speakerOf(chinaDaily, 'The spiritual and cultural ties')).toBe('Tokayev');
    expect(speakerOf(chinaDaily, 'He said he believes that the cultural centers')).toBe('Sun');
    expect(speakerOf(chinaDaily, 'Speaking at the opening ceremony, Tokayev emphasized')).toBe('Tokayev');
  });

  it('tells predictions from statistics and events', () => {
    const { kazinform, chinaDaily } = parsed;
    const center = claimWith(kazinform, 'In 2017 one more center will be opened');
    expect(center?.kind).toBe('prediction');
    expect(marksOf(center)).toContain('date[2017]');
    const tourists = claimWith(kazinform, 'over half a million Chinese tourists will come');
    expect(tourists?.kind).toBe('prediction');
    expect(tourists?.speaker).toBe('Assel Tulegenova');
    expect(claimWith(kazinform, 'was opened on November 16, 2015')?.kind).toBe('event');
    expect(claimWith(kazinform, 'over 11 thousand')?.kind).toBe('statistic');
    expect(claimWith(chinaDaily, '$43.82 billion')?.kind).toBe('statistic');
    expect(claimWith(chinaDaily, 'The spiritual and cultural ties')?.kind).toBe('prediction');
  });

  it('marks the figures, dates and names of every claim, in order, inside the quote', () => {
    expect(marksOf(claimWith(parsed.chinaDaily, '$43.82 billion'))).toEqual(
      expect.arrayContaining(['figure[6.8 percent]', 'figure[$43.82 billion]', 'date[last year]']),
    );
    expect(marksOf(claimWith(parsed.kazinform, 'over 11 thousand'))).toContain('figure[over 11 thousand]');
    expect(marksOf(claimWith(parsed.astanaTimes, 'according to Kazakh Minister'))).toContain('name[Aida Balayeva]');
    expect(marksOf(claimWith(parsed.russian, 'Раушан Кажибаева отметила'))).toContain('name[Раушан Кажибаева]');
    for (const claims of Object.values(parsed)) {
      for (const claim of claims) {
        let previousEnd = 0;
        for (const part of claim.checkables) {
          expect(part.start).toBeGreaterThanOrEqual(previousEnd);
          expect(part.end).toBeGreaterThan(part.start);
          expect(part.end).toBeLessThanOrEqual(claim.quote.length);
          expect(claim.quote.slice(part.start, part.end)).toBe(claim.quote.slice(part.start, part.end).trim());
          previousEnd = part.end;
        }
      }
    }
  });
});

describe('speaker lines and speakers in detection', () => {
  const all = (body: string, language: 'en' | 'ru' | 'kk' | 'zh'): DetectedClaim[] => detectClaims(body, language, [], 0).claims;

  it('gives a Kazakh speaker line and an English "Name, title:" line their quotations', () => {
    const kazakh = all(
      'Форум Астанада өтті.\n\nАсель Тулегенова, «Казинформ» бас директоры:\n\n– Биыл тауар айналымы 10 пайызға өсті. Біз ынтымақтастықты жалғастырамыз.\n\n– 2030 жылға дейін 50 млрд долларға жетеді деп күтілуде.\n\nФорум екі күнге созылды.',
      'kk',
    );
    expect(speakerOf(kazakh, 'Биыл тауар айналымы')).toBe('Асель Тулегенова');
    expect(speakerOf(kazakh, 'Біз ынтымақтастықты')).toBe('Асель Тулегенова');
    expect(claimWith(kazakh, '2030 жылға дейін')).toMatchObject({ speaker: 'Асель Тулегенова', kind: 'prediction' });
    expect(speakerOf(kazakh, 'Форум екі күнге')).toBeNull();

    const english = all(
      'Shen Haixiong, President of China Media Group:\n\n“We broadcast in 44 languages. Our audience grew by 12 percent.”\n\nThe event ended on July 3.',
      'en',
    );
    expect(speakerOf(english, 'We broadcast in 44 languages')).toBe('Shen Haixiong');
    expect(claimWith(english, 'Our audience grew')).toMatchObject({ speaker: 'Shen Haixiong', kind: 'statistic' });
    expect(speakerOf(english, 'The event ended')).toBeNull();
  });

  it('resolves "she said" after a speaker line to its speaker', () => {
    const claims = all(
      'Раушан Кажибаева, директор Телерадиокомплекса Президента РК:\n\n- Мы подписали 5 соглашений.\n\nОбъём обмена контентом вырос на 20%, сказала она.',
      'ru',
    );
    expect(speakerOf(claims, 'Мы подписали 5 соглашений')).toBe('Раушан Кажибаева');
    expect(speakerOf(claims, 'сказала она')).toBe('Раушан Кажибаева');
  });

  it('names Chinese speakers and resolves 他说', () => {
    const claims = all('王毅3日在北京表示，两国贸易额增长了10%。他说，预计到2030年两国贸易额将达到500亿美元。', 'zh');
    expect(claims.map((c) => [c.speaker, c.kind])).toEqual([
      ['王毅', 'statistic'],
      ['王毅', 'prediction'],
    ]);
  });

  function speakerOf(claims: DetectedClaim[], text: string): string | null | undefined {
    return claimWith(claims, text)?.speaker;
  }
});
