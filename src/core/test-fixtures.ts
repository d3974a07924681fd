// Hand-built library documents for core tests.
import type { ArticleDocument } from '../shared/model';
import { createClaim } from './claims/claim-edits';
import { hashArticleBody } from './library/hash-article-body';
import { newArticleId } from './ids';

export const FIXTURE_BODY =
  'Trade grows\n\nChina-Kazakhstan trade grew 6.8 percent to $43.82 billion last year, customs said.\n\nShare\n\nWe hope for the best.';

export function makeDocument(overrides: { body?: string } = {}): ArticleDocument {
  const id = newArticleId();
  const body = overrides.body ?? FIXTURE_BODY;
  const now = new Date('2025-09-04T10:00:00Z');
  const sentence = body.indexOf('China-Kazakhstan');
  const hope = body.indexOf('We hope');
  const share = body.indexOf('Share');
  return {
    article: {
      id,
      title: 'Trade grows',
      source: 'Example News',
      url: null,
      author: 'A. Writer',
      publishedAt: '2025-09-03',
      language: 'en',
      importedAt: now.toISOString(),
      origin: 'fixture.txt',
      rawText: body,
      body,
      excluded: [
        { start: 0, end: 11, reason: 'title', isIncluded: false },
        { start: share, end: share + 5, reason: 'share-buttons', isIncluded: false },
      ],
      scoreHistogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0],
      tags: [],
    contentHash: hashArticleBody(body),
    },
    claims: [
      createClaim(id, body, { start: sentence, end: body.indexOf('\n', sentence), score: 0.9, kind: 'statistic', reasons: ['figure: $43.82 billion'], checkables: [], speaker: null }, 'detected', now),
      createClaim(id, body, { start: hope, end: body.length, score: 0.6, kind: 'other', reasons: [], checkables: [], speaker: null }, 'detected', now),
    ],
    unplacedClaims: [],
  };
}
