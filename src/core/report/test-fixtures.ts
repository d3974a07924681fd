// Hand-built article documents for the report tests.
import type { Article, ArticleDocument, Claim, ClaimSource, ExcludedRange } from '../../shared/model';

const AT = '2026-11-20T10:00:00.000Z';

export function makeArticle(overrides: Partial<Article> & { body: string }): Article {
  return {
    id: 'article-1',
    title: 'Test article',
    source: 'Test Source',
    url: 'https://example.org/news/1',
    author: 'A. Writer',
    publishedAt: '2026-11-19',
    language: 'en',
    importedAt: AT,
    origin: 'article.txt',
    rawText: overrides.body,
    excluded: [],
    scoreHistogram: [],
    contentHash: 'test-content-hash',
    tags: [],
    ...overrides,
  };
}

let claimCounter = 0;

/** A claim anchored at the first occurrence of `quote` in `body` (or at `occurrence`). */
export function makeClaim(body: string, quote: string, overrides: Partial<Claim> = {}, occurrence = 0): Claim {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = body.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`Quote not in body: ${quote}`);
  const end = start + quote.length;
  claimCounter += 1;
  return {
    id: `claim-${claimCounter}`,
    articleId: 'article-1',
    quote,
    start,
    end,
    prefix: body.slice(Math.max(0, start - 32), start),
    suffix: body.slice(end, end + 32),
    text: quote,
    score: 0.5,
    kind: 'statistic',
    reasons: [],
    checkables: [],
    speaker: null,
    status: 'unverified',
    note: '',
    sources: [],
    history: [],
    createdAt: AT,
    updatedAt: AT,
    origin: 'detected',
    ...overrides,
  };
}

export function makeSource(overrides: Partial<ClaimSource> = {}): ClaimSource {
  return {
    id: 'source-1',
    url: 'https://stat.gov.kz/',
    title: 'Bureau of National Statistics',
    note: '',
    addedAt: AT,
    ...overrides,
  };
}

/** Offsets of `text` in `body` as an excluded range. */
export function makeExclusion(body: string, text: string, overrides: Partial<ExcludedRange> = {}): ExcludedRange {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`Text not in body: ${text}`);
  return { start, end: start + text.length, reason: 'share-buttons', isIncluded: false, ...overrides };
}

export const SAMPLE_TITLE = 'Kazakhstan and China: trade claims checked';
export const SAMPLE_NOTE = 'Customs data for 2023 confirm the figure & the ranking — see “Table 4”.';

/** English, Russian, Kazakh and Chinese text with claims in every status and an excluded share line. */
export function buildSampleDocument(): ArticleDocument {
  const body = [
    'Kazakhstan and China: trade claims checked',
    'Share on Facebook | Share on X | Subscribe to our newsletter',
    'Trade between Kazakhstan and China reached $41 billion in 2023, up 32% on the year before, ' +
      'officials said.',
    'The finance minister said inflation would fall below 5% by the end of next year.',
    'Товарооборот между Казахстаном и Китаем в 2023 году вырос на 32 процента.',
    // Every Kazakh-specific letter: ә ғ қ ң ө ұ ү һ і.
    'Қазақстан мен Қытай арасындағы тауар айналымы өсті: әріптестік, ғылым, қызмет, өңір, ұлттық, үкімет, ' +
      'һәм інжу.',
    '中国是哈萨克斯坦最大的贸易伙伴。2023年双边贸易额达到410亿美元。',
    'Analysts expect the pipeline to double gas exports within five years.',
    'Photo: the Khorgos border crossing.',
  ].join('\n');
  const claims: Claim[] = [
    makeClaim(body, 'Trade between Kazakhstan and China reached $41 billion in 2023', {
      status: 'verified',
      score: 0.91,
      note: SAMPLE_NOTE,
      speaker: 'Ministry of Trade',
      sources: [
        makeSource({
          title: 'Foreign trade of Kazakhstan, 2023',
          url: 'https://stat.gov.kz/en/trade/2023',
          note: 'Table 4, page 12.',
        }),
      ],
    }),
    makeClaim(body, 'up 32% on the year before', { status: 'misleading', kind: 'comparison', score: 0.74 }),
    makeClaim(body, 'The finance minister said inflation would fall below 5% by the end of next year.', {
      status: 'unverifiable',
      kind: 'quote',
      text: 'Inflation will fall below 5% by the end of 2027.',
      speaker: 'Finance minister',
    }),
    makeClaim(body, 'Товарооборот между Казахстаном и Китаем в 2023 году вырос на 32 процента.', {
      status: 'in-progress',
      note: 'Проверяем данные таможни.',
    }),
    makeClaim(body, 'Қазақстан мен Қытай арасындағы тауар айналымы өсті', { status: 'disputed', kind: 'event' }),
    makeClaim(body, '中国是哈萨克斯坦最大的贸易伙伴。', {
      status: 'false',
      kind: 'comparison',
      note: '据海关统计，俄罗斯排名第一。',
    }),
    makeClaim(body, 'Analysts expect the pipeline to double gas exports within five years.', { kind: 'other' }),
    makeClaim(body, 'Photo: the Khorgos border crossing.', {
      status: 'dismissed',
      kind: 'other',
      score: 0.12,
    }),
  ];
  const article = makeArticle({
    title: SAMPLE_TITLE,
    body,
    source: 'Astana Times',
    author: 'Dana Nurlanovna',
    publishedAt: '2024-03-05T14:30+06:00',
    language: 'en',
    excluded: [
      makeExclusion(body, 'Share on Facebook | Share on X | Subscribe to our newsletter'),
      makeExclusion(body, 'Kazakhstan and China: trade claims checked', { reason: 'repeated-title', isIncluded: true }),
    ],
  });
  return { article, claims: claims.map((claim) => ({ ...claim, articleId: article.id })), unplacedClaims: [] };
}
