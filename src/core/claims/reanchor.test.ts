import { createSeededRandom } from '../seeded-random';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument, Claim } from '../../shared/model';
import { rangesOverlap } from '../../shared/text-range';
import { buildArticleDocument } from '../article-document';
import { articleIdOfClaim, newArticleId } from '../ids';
import { parseArticleText } from '../import';
import { addManualClaim, addSource, createClaim, isUntouched, setNote, setStatus } from './claim-edits';
import { setRangeIncluded } from './exclusions';
import { reanchorClaims } from './reanchor';
import type { ReanchorResult } from './reanchor';

const at = (minute: number) => new Date(Date.UTC(2025, 8, 5, 9, minute));
// Low enough that nearly every sentence is a detected claim.
const THRESHOLD = 0.05;

const TRADE = 'China-Kazakhstan trade grew 6.8 percent to $43.82 billion last year, customs said.';
const GRAIN = 'The minister said exports of grain doubled in 2024.';
const CAPTION = 'Photo: 300 delegates attended the trade forum in Almaty in 2024.';
const FLIGHTS = 'Officials expect 120 new flights a week by March.';
const JOBS = 'Unemployment fell to 4.6 percent in July, the statistics bureau reported.';

const BASE = [
  'Trade between the two countries grows',
  'Almaty, 4 September 2025',
  `${TRADE} ${GRAIN}`,
  CAPTION,
  FLIGHTS,
  JOBS,
].join('\n\n');

function build(text: string, minute = 0): ArticleDocument {
  return buildArticleDocument(parseArticleText(text, { name: 'article.txt' }), 'article.txt', THRESHOLD, at(minute));
}

function claimWith(doc: ArticleDocument, words: string): Claim {
  const claim = doc.claims.find((candidate) => candidate.quote.includes(words));
  expect(claim, `a claim with "${words}"`).toBeDefined();
  return claim!;
}

function placedClaim(result: ReanchorResult, id: string): Claim {
  const claim = result.document.claims.find((candidate) => candidate.id === id);
  expect(claim, `claim ${id} is placed`).toBeDefined();
  return claim!;
}

/** Everything that is the fact-checker's work on a claim. */
function workOf(claim: Claim) {
  const { id, status, note, sources, history, text, kind, speaker, origin, createdAt, updatedAt } = claim;
  return structuredClone({ id, status, note, sources, history, text, kind, speaker, origin, createdAt, updatedAt });
}

/** The base article with work on four claims: a verdict, a note, a source and a claim marked by hand. */
function workedOnBase(): { doc: ArticleDocument; trade: Claim; flights: Claim; jobs: Claim; manual: Claim } {
  const doc = build(BASE);
  const trade = claimWith(doc, 'China-Kazakhstan');
  setStatus(trade, 'verified', at(1));
  setNote(trade, 'Matches the customs release.', at(2));
  const flights = claimWith(doc, 'flights');
  setStatus(flights, 'false', at(3));
  setNote(flights, 'The airline says 80.', at(4));
  const jobs = claimWith(doc, 'Unemployment');
  addSource(jobs, { url: 'https://stat.gov.kz/', title: 'Bureau of National Statistics', note: '' }, at(5));
  const figure = doc.article.body.indexOf('6.8 percent to $43.82 billion');
  const manual = addManualClaim(doc, figure, figure + '6.8 percent to $43.82 billion'.length, at(6));
  setStatus(manual, 'in-progress', at(7));
  return { doc, trade, flights, jobs, manual };
}

function expectPlacedUnchanged(result: ReanchorResult, before: Claim, shift: number): void {
  const after = placedClaim(result, before.id);
  expect(after.quote).toBe(before.quote);
  expect(after.start).toBe(before.start + shift);
  expect(after.end).toBe(before.end + shift);
  expect(result.document.article.body.slice(after.start, after.end)).toBe(before.quote);
  expect(workOf(after)).toEqual(workOf(before));
  expect(result.placed).toContainEqual({ claimId: before.id, isTextChanged: false });
}

describe('reanchorClaims', () => {
  it('places every worked-on claim at the same offsets when the text is the same, under the old article id', () => {
    const { doc: previous, trade, flights, jobs, manual } = workedOnBase();
    const next = build(BASE, 30);
    const result = reanchorClaims(previous, next);

    for (const claim of [trade, flights, jobs, manual]) expectPlacedUnchanged(result, claim, 0);
    expect(result.placed).toHaveLength(4);
    expect(result.unplaced).toEqual([]);
    expect(result.document.unplacedClaims).toEqual([]);
    const { article } = result.document;
    expect(article.id).toBe(previous.article.id);
    expect(article.importedAt).toBe(next.article.importedAt);
    expect(article.body).toBe(next.article.body);
    for (const claim of result.document.claims) {
      expect(claim.articleId).toBe(previous.article.id);
      expect(articleIdOfClaim(claim.id)).toBe(previous.article.id);
    }
    // The worked-on claims stand in for the detected claims at their spans; the rest is next's detection.
    const spans = result.document.claims.map((claim) => `${claim.start}:${claim.end}`);
    const expected = [...next.claims.map((claim) => `${claim.start}:${claim.end}`), `${manual.start}:${manual.end}`];
    expect(spans.sort()).toEqual(expected.sort());
    expect(result.document.claims.map((claim) => claim.start)).toEqual(
      [...result.document.claims].sort((a, b) => a.start - b.start || a.end - b.end).map((claim) => claim.start),
    );
  });

  it('shifts the claims when a paragraph is inserted before them', () => {
    const { doc: previous, trade, flights, jobs, manual } = workedOnBase();
    const inserted = 'The talks in Astana lasted three days and ended on Friday evening.\n\n';
    const next = build(BASE.replace(TRADE, inserted + TRADE), 30);
    const result = reanchorClaims(previous, next);
    for (const claim of [trade, flights, jobs, manual]) expectPlacedUnchanged(result, claim, inserted.length);
    expect(result.unplaced).toEqual([]);
    // The new paragraph's claim comes from next's detection.
    expect(result.document.claims.some((claim) => claim.quote.startsWith('The talks in Astana'))).toBe(true);
  });

  it('places a claim whose figure was corrected on the corrected sentence, flagged as changed', () => {
    const { doc: previous, trade, manual, flights } = workedOnBase();
    const corrected = TRADE.replace('6.8', '7.1');
    const next = build(BASE.replace(TRADE, corrected), 30);
    const result = reanchorClaims(previous, next);

    const after = placedClaim(result, trade.id);
    expect(after.quote).toBe(corrected);
    expect(result.document.article.body.slice(after.start, after.end)).toBe(corrected);
    expect(after.text).toBe(TRADE);
    expect(workOf(after)).toEqual(workOf(trade));
    expect(result.placed).toContainEqual({ claimId: trade.id, isTextChanged: true });
    // Checkable parts are found again in the new words.
    expect(after.checkables.map((part) => after.quote.slice(part.start, part.end))).toContain('7.1 percent');
    // The hand-marked figure follows its own words.
    const manualAfter = placedClaim(result, manual.id);
    expect(manualAfter.quote).toBe('7.1 percent to $43.82 billion');
    expect(result.placed).toContainEqual({ claimId: manual.id, isTextChanged: true });
    expect(manualAfter.checkables).toEqual([]);
    expectPlacedUnchanged(result, flights, 0);
    // No detected claim of the new version sits over a worked-on one.
    const detected = result.document.claims.filter((claim) => ![trade.id, manual.id].includes(claim.id));
    expect(detected.some((claim) => rangesOverlap(claim, after))).toBe(false);
  });

  it('hands back a claim whose sentence was deleted, with its status, note and quote', () => {
    const { doc: previous, trade, flights, jobs, manual } = workedOnBase();
    const next = build(BASE.replace(`${FLIGHTS}\n\n`, ''), 30);
    const result = reanchorClaims(previous, next);

    expect(result.unplaced).toHaveLength(1);
    const [lost] = result.unplaced;
    expect(lost).toEqual(flights);
    expect(lost!.status).toBe('false');
    expect(lost!.note).toBe('The airline says 80.');
    expect(result.document.unplacedClaims).toEqual([flights]);
    expect(result.document.claims.some((claim) => claim.id === flights.id)).toBe(false);
    expect(result.placed.map((entry) => entry.claimId).sort()).toEqual([trade.id, jobs.id, manual.id].sort());
  });

  it('never drops a worked-on claim: each is placed or handed back, whatever the edit', () => {
    const { doc: previous } = workedOnBase();
    setStatus(claimWith(previous, 'grain'), 'disputed', at(8));
    const workedOn = previous.claims.filter((claim) => !isUntouched(claim)).map((claim) => claim.id);
    expect(workedOn).toHaveLength(5);
    const edits = [
      BASE,
      BASE.replace(`${FLIGHTS}\n\n`, '').replace(GRAIN, ''),
      BASE.replace(TRADE, 'Something else entirely happened on the border yesterday.'),
      'A completely different article\n\nNothing here matches the old version in any way at all.',
    ];
    for (const text of edits) {
      const result = reanchorClaims(previous, build(text, 30));
      const placed = result.placed.map((entry) => entry.claimId);
      const unplaced = result.unplaced.map((claim) => claim.id);
      expect([...placed, ...unplaced].sort()).toEqual([...workedOn].sort());
      expect(result.document.unplacedClaims.map((claim) => claim.id)).toEqual(unplaced);
      for (const id of placed) placedClaim(result, id);
    }
  });

  it('places a repeated sentence by the context around it', () => {
    const repeated = 'Prices rose 3 percent in May, the report said.';
    const text = [
      'Rents in the capital',
      `The council met on Monday to discuss housing. ${repeated} Residents complained about rents.`,
      `Later, the mayor spoke about transport in the city. ${repeated} He promised new buses by 2026.`,
    ].join('\n\n');
    const previous = build(text);
    const first = previous.claims.find((claim) => claim.quote === repeated && claim.start === text.indexOf(repeated))!;
    const second = previous.claims.find((claim) => claim.quote === repeated && claim.start === text.lastIndexOf(repeated))!;
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    setStatus(second, 'verified', at(1));
    setStatus(first, 'misleading', at(2));

    const changed = text.replace('Rents in the capital\n\n', 'Rents in the capital\n\nA short introduction to the story comes first.\n\n');
    const result = reanchorClaims(previous, build(changed, 30));
    const body = result.document.article.body;
    expect(placedClaim(result, second.id).start).toBe(body.lastIndexOf(repeated));
    expect(placedClaim(result, second.id).status).toBe('verified');
    expect(placedClaim(result, first.id).start).toBe(body.indexOf(repeated));

    // The two paragraphs swapped: the occurrence near the old place is the wrong one; the context tells.
    const [title, firstParagraph, secondParagraph] = text.split('\n\n');
    const swapped = [title, secondParagraph, firstParagraph].join('\n\n');
    const moved = reanchorClaims(previous, build(swapped, 30));
    expect(placedClaim(moved, second.id).start).toBe(swapped.indexOf(repeated));
    expect(placedClaim(moved, first.id).start).toBe(swapped.lastIndexOf(repeated));
  });

  it('re-anchors Russian text, a corrected figure included', () => {
    const ruTrade = 'Товарооборот между Казахстаном и Китаем вырос на 6,8 процента и достиг 43,82 млрд долларов, сообщила таможня.';
    const ruJobs = 'Безработица снизилась до 4,6 процента в июле.';
    const text = ['Товарооборот растёт', `${ruTrade} Министр заявил, что экспорт зерна удвоился в 2024 году.`, ruJobs].join('\n\n');
    const previous = build(text);
    expect(previous.article.language).toBe('ru');
    const trade = claimWith(previous, 'Товарооборот между');
    setStatus(trade, 'verified', at(1));
    const jobs = claimWith(previous, 'Безработица');
    setNote(jobs, 'Проверить в бюро статистики.', at(2));

    const inserted = 'Переговоры в Астане длились три дня.\n\n';
    const changed = text.replace('6,8', '7,1').replace(ruJobs, inserted + ruJobs);
    const result = reanchorClaims(previous, build(changed, 30));
    expect(placedClaim(result, trade.id).quote).toBe(ruTrade.replace('6,8', '7,1'));
    expect(result.placed).toContainEqual({ claimId: trade.id, isTextChanged: true });
    expect(placedClaim(result, jobs.id).start).toBe(changed.indexOf(ruJobs));
    expect(placedClaim(result, jobs.id).note).toBe('Проверить в бюро статистики.');
    expect(result.placed).toContainEqual({ claimId: jobs.id, isTextChanged: false });
  });

  it('re-anchors Chinese text, a corrected figure included', () => {
    const zhTrade = '2024年中哈贸易额增长6.8%，达到438.2亿美元。';
    const zhGrain = '海关总署表示，粮食出口翻了一番。';
    const text = ['中哈贸易增长', `${zhTrade}${zhGrain}`, '预计到明年3月每周将新增120个航班。'].join('\n\n');
    const previous = build(text);
    expect(previous.article.language).toBe('zh');
    const trade = claimWith(previous, '中哈贸易额');
    setStatus(trade, 'disputed', at(1));
    const grain = claimWith(previous, '粮食出口');
    setStatus(grain, 'verified', at(2));
    const flights = claimWith(previous, '航班');
    setNote(flights, '待核实', at(3));

    const changed = text.replace('6.8%', '7.1%').replace('中哈贸易增长\n\n', '中哈贸易增长\n\n两国代表在阿斯塔纳举行了会谈。\n\n');
    const result = reanchorClaims(previous, build(changed, 30));
    expect(placedClaim(result, trade.id).quote).toBe('2024年中哈贸易额增长7.1%，达到438.2亿美元。');
    expect(result.placed).toContainEqual({ claimId: trade.id, isTextChanged: true });
    expect(placedClaim(result, grain.id).start).toBe(changed.indexOf(zhGrain));
    expect(placedClaim(result, flights.id).note).toBe('待核实');
    expect(result.unplaced).toEqual([]);
  });

  it('places a claim marked by hand on part of a sentence, inside a reworded sentence too', () => {
    const previous = build(BASE);
    const words = 'exports of grain doubled';
    const from = previous.article.body.indexOf(words);
    const manual = addManualClaim(previous, from, from + words.length, at(1));
    setNote(manual, 'Doubled from what?', at(2));
    const jobsFrom = previous.article.body.indexOf('4.6 percent');
    const jobsPart = addManualClaim(previous, jobsFrom, jobsFrom + '4.6 percent in July'.length, at(3));

    const changed = BASE.replace(GRAIN, 'The minister said on Tuesday that exports of grain doubled in 2024.').replace('4.6 percent', '4.9 percent');
    const result = reanchorClaims(previous, build(changed, 30));
    const moved = placedClaim(result, manual.id);
    expect(moved.quote).toBe(words);
    expect(moved.start).toBe(changed.indexOf(words));
    expect(moved.note).toBe('Doubled from what?');
    expect(result.placed).toContainEqual({ claimId: manual.id, isTextChanged: false });
    expect(placedClaim(result, jobsPart.id).quote).toBe('4.9 percent in July');
    expect(result.placed).toContainEqual({ claimId: jobsPart.id, isTextChanged: true });
    // The detected sentences around the hand-marked parts give way to them.
    expect(result.document.claims.some((claim) => claim.id !== manual.id && rangesOverlap(claim, moved))).toBe(false);
  });

  it('follows a hand-marked figure into its corrected sentence rather than to the same figure elsewhere', () => {
    const previous = build(BASE);
    const from = previous.article.body.indexOf('4.6 percent');
    const figure = addManualClaim(previous, from, from + '4.6 percent'.length, at(1));
    setStatus(figure, 'disputed', at(2));
    const changed = BASE.replace('4.6 percent', '4.9 percent').replace(FLIGHTS, `${FLIGHTS} Inflation held at 4.6 percent in August.`);
    const result = reanchorClaims(previous, build(changed, 30));
    const after = placedClaim(result, figure.id);
    expect(after.quote).toBe('4.9 percent');
    expect(after.start).toBe(changed.indexOf('4.9 percent'));
    expect(result.placed).toContainEqual({ claimId: figure.id, isTextChanged: true });
    // With its own sentence gone, the one exact occurrence left is where it goes.
    const gone = reanchorClaims(previous, build(BASE.replace(JOBS, 'Inflation held at 4.6 percent in August.'), 30));
    expect(placedClaim(gone, figure.id).quote).toBe('4.6 percent');
  });

  it('replaces untouched detected claims by the new detection', () => {
    const { doc: previous } = workedOnBase();
    const untouched = previous.claims.filter(isUntouched);
    expect(untouched.length).toBeGreaterThan(0);
    const changed = BASE.replace(GRAIN, 'The minister said exports of grain tripled in 2024.');
    const next = build(changed, 30);
    const result = reanchorClaims(previous, next);
    const ids = new Set(result.document.claims.map((claim) => claim.id));
    for (const claim of untouched) expect(ids.has(claim.id)).toBe(false);
    const grain = claimWith(result.document, 'tripled');
    expect(isUntouched(grain)).toBe(true);
    expect(grain.articleId).toBe(previous.article.id);
    expect(articleIdOfClaim(grain.id)).toBe(previous.article.id);
    const fromNext = claimWith(next, 'tripled');
    expect(grain.id.slice(-8)).toBe(fromNext.id.slice(-8));
    expect({ ...grain, id: fromNext.id, articleId: fromNext.articleId }).toEqual(fromNext);
  });

  it('keeps an untouched claim with a form open on it, its wording following the text', () => {
    const previous = build(BASE);
    const grain = claimWith(previous, 'grain');
    const result = reanchorClaims(previous, build(BASE.replace('doubled', 'tripled'), 30), new Set([grain.id]));
    const after = placedClaim(result, grain.id);
    expect(after.quote).toBe(GRAIN.replace('doubled', 'tripled'));
    expect(after.text).toBe(after.quote);
    expect(result.placed).toEqual([{ claimId: grain.id, isTextChanged: true }]);
  });

  it('carries over an excluded range the user included again, and detects claims there when asked', () => {
    const previous = build(BASE);
    const caption = previous.article.excluded.find((range) => previous.article.body.slice(range.start, range.end) === CAPTION);
    expect(caption?.reason).toBe('caption');
    setRangeIncluded(previous, caption!.start, true, THRESHOLD, at(1));
    const inserted = 'The talks in Astana lasted three days.\n\n';
    const next = build(BASE.replace(CAPTION, inserted + CAPTION), 30);
    expect(next.article.excluded.every((range) => !range.isIncluded)).toBe(true);

    const plain = reanchorClaims(previous, next);
    const included = plain.document.article.excluded.filter((range) => range.isIncluded);
    expect(included).toEqual([{ start: caption!.start + inserted.length, end: caption!.end + inserted.length, reason: 'caption', isIncluded: true }]);
    expect(plain.document.article.excluded).toHaveLength(next.article.excluded.length);
    expect(plain.document.article.scoreHistogram).toEqual(next.article.scoreHistogram);

    // Threshold 0: every sentence looked at is a claim, so the caption's sentence must be one.
    const detected = reanchorClaims(previous, next, new Set(), { threshold: 0, now: at(31) });
    const captionClaim = claimWith(detected.document, 'delegates');
    expect(captionClaim.start).toBe(included[0]!.start);
    expect(detected.document.claims.filter((claim) => rangesOverlap(claim, included[0]!))).toEqual([captionClaim]);
    // Only the included range is detected again: elsewhere the claims are next's.
    expect(detected.document.claims.length).toBe(plain.document.claims.length + 1);
    expect(articleIdOfClaim(captionClaim.id)).toBe(previous.article.id);
    const sentences = (histogram: number[]) => histogram.reduce((sum, count) => sum + count, 0);
    expect(sentences(detected.document.article.scoreHistogram)).toBe(sentences(next.article.scoreHistogram) + 1);
  });

  it('places claims left unplaced by an earlier version when their text comes back', () => {
    const { doc: first, flights } = workedOnBase();
    const without = reanchorClaims(first, build(BASE.replace(`${FLIGHTS}\n\n`, ''), 30)).document;
    expect(without.unplacedClaims.map((claim) => claim.id)).toEqual([flights.id]);
    const back = reanchorClaims(without, build(BASE.replace(FLIGHTS, FLIGHTS.replace('120', '150')), 60));
    expect(back.unplaced).toEqual([]);
    expect(back.document.unplacedClaims).toEqual([]);
    const after = placedClaim(back, flights.id);
    expect(after.quote).toBe(FLIGHTS.replace('120', '150'));
    expect(after.status).toBe('false');
    expect(back.placed).toContainEqual({ claimId: flights.id, isTextChanged: true });
  });

  it('does not change its inputs, nor share objects with them', () => {
    const { doc: previous } = workedOnBase();
    setRangeIncluded(previous, previous.article.excluded.find((range) => range.reason === 'caption')!.start, true, THRESHOLD, at(9));
    const next = build(BASE.replace('6.8', '7.1').replace(`${FLIGHTS}\n\n`, ''), 30);
    const previousBefore = structuredClone(previous);
    const nextBefore = structuredClone(next);
    const result = reanchorClaims(previous, next, new Set(), { threshold: THRESHOLD, now: at(31) });
    expect(previous).toEqual(previousBefore);
    expect(next).toEqual(nextBefore);
    const inputs = new Set<object>([...previous.claims, ...next.claims, ...previous.article.excluded, ...next.article.excluded]);
    for (const claim of [...result.document.claims, ...result.unplaced]) expect(inputs.has(claim)).toBe(false);
    for (const range of result.document.article.excluded) expect(inputs.has(range)).toBe(false);
  });

  it('re-anchors 200 worked-on claims in a 500 KB article, changed ones and deleted ones included', () => {
    const random = createSeededRandom(7);
    const syllables = ['ka', 'ro', 'mi', 'tel', 'san', 'vor', 'li', 'den', 'pa', 'gu', 'nes', 'tor', 'bi', 'lun', 'es', 'ar'];
    const vocabulary = Array.from({ length: 3000 }, () =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''),
    );
    const word = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    const sentences: string[] = [];
    for (let length = 0; length < 500_000; length += sentences.at(-1)!.length + 1) {
      const words = Array.from({ length: 8 + Math.floor(random() * 10) }, word);
      words.splice(3, 0, `${sentences.length} percent`);
      sentences.push(`${words.join(' ').replace(/^./u, (first) => first.toUpperCase())}.`);
    }
    const join = (list: string[]) => list.map((sentence, index) => (index % 4 === 3 ? `${sentence}\n\n` : `${sentence} `)).join('').trim();
    const body = join(sentences);
    expect(body.length).toBeGreaterThanOrEqual(500_000);

    const previous = syntheticDocument(body);
    const step = Math.floor(sentences.length / 200);
    const chosen = Array.from({ length: 200 }, (_, index) => index * step + 1);
    for (const index of chosen) {
      const sentence = sentences[index]!;
      const start = body.indexOf(sentence);
      const claim = createClaim(previous.article.id, body, { start, end: start + sentence.length, score: 0.9, kind: 'statistic', reasons: [], checkables: [], speaker: null }, 'detected', at(0));
      setStatus(claim, 'verified', at(1));
      previous.claims.push(claim);
    }
    // The new version: a paragraph on top, a figure corrected in 60 claimed sentences, 10 claimed sentences gone.
    const changed = [...sentences];
    const corrected = new Set(chosen.filter((_, index) => index % 3 === 0).slice(0, 60));
    const deleted = new Set(chosen.filter((_, index) => index % 3 === 1).slice(0, 10));
    for (const index of corrected) changed[index] = changed[index]!.replace(`${index} percent`, `${index + 0.5} percent`);
    const nextBody = `A new opening paragraph was added to the story.\n\n${join(changed.filter((_, index) => !deleted.has(index)))}`;
    const next = syntheticDocument(nextBody);
    // Every sentence of the new version a detected claim, as at a low threshold.
    let cursor = 0;
    for (const sentence of changed) {
      const start = nextBody.indexOf(sentence, cursor);
      if (start < 0) continue;
      cursor = start + sentence.length;
      next.claims.push(createClaim(next.article.id, nextBody, { start, end: cursor, score: 0.5, kind: 'other', reasons: [], checkables: [], speaker: null }, 'detected', at(30)));
    }

    // Correctness at size only: its speed (a few hundred ms here) is measured, not asserted (see the closing note).
    const result = reanchorClaims(previous, next);

    expect(result.unplaced.map((claim) => claim.quote).sort()).toEqual([...deleted].map((index) => sentences[index]).sort());
    expect(result.placed).toHaveLength(190);
    expect(result.placed.filter((entry) => entry.isTextChanged)).toHaveLength(corrected.size);
    for (const { claimId } of result.placed) {
      const claim = placedClaim(result, claimId);
      const index = chosen[previous.claims.findIndex((before) => before.id === claimId)]!;
      expect(claim.quote).toBe(changed[index]);
    }
  });
});

/** A document of a long generated text, built by hand (detection over 500 KB is not what is measured). */
function syntheticDocument(body: string): ArticleDocument {
  const id = newArticleId();
  return {
    article: {
      id,
      title: 'Long article',
      source: null,
      url: null,
      author: null,
      publishedAt: null,
      language: 'en',
      importedAt: at(0).toISOString(),
      origin: 'long.txt',
      rawText: body,
      body,
      excluded: [],
      scoreHistogram: new Array<number>(20).fill(0),
      tags: [],
    contentHash: 'synthetic',
    },
    claims: [],
    unplacedClaims: [],
  };
}
