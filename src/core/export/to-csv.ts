// The claims of an export as a spreadsheet: one row per claim, with its article's facts repeated on each row
// so the rows can be sorted and filtered on their own. Claims come in report order, numbered as the report
// numbers them.
import type { Article, Claim, ClaimSource } from '../../shared/model';
import { numberClaims } from '../report/claim-order';
import { findLatestChange } from './claim-history';
import type { ExportSet } from './export-set';
import { labelStatus } from './status-label';
import { formatCsv } from './write-csv';

interface ClaimRow {
  article: Article;
  number: number;
  claim: Claim;
}

const COLUMNS: readonly (readonly [header: string, read: (row: ClaimRow) => string])[] = [
  ['Article ID', ({ article }) => article.id],
  ['Article title', ({ article }) => article.title],
  ['Source', ({ article }) => article.source ?? ''],
  ['Author', ({ article }) => article.author ?? ''],
  ['Published', ({ article }) => article.publishedAt ?? ''],
  ['Language', ({ article }) => article.language],
  ['URL', ({ article }) => article.url ?? ''],
  ['Tags', ({ article }) => article.tags.join('; ')],
  ['Claim number', ({ number }) => String(number)],
  ['Claim ID', ({ claim }) => claim.id],
  ['Claim', ({ claim }) => claim.text],
  ['Quote', ({ claim }) => claim.quote],
  ['Status', ({ claim }) => labelStatus(claim.status)],
  ['Status code', ({ claim }) => claim.status],
  ['Kind', ({ claim }) => claim.kind],
  ['Score', ({ claim }) => String(claim.score)],
  ['Speaker', ({ claim }) => claim.speaker ?? ''],
  ['Note', ({ claim }) => claim.note],
  ['Sources', ({ claim }) => claim.sources.map(formatSource).join('; ')],
  ['Last changed', ({ claim }) => findLatestChange(claim)?.at ?? ''],
  ['Changed by', ({ claim }) => findLatestChange(claim)?.by ?? ''],
];

export const CLAIMS_CSV_HEADER: readonly string[] = COLUMNS.map(([header]) => header);

export function renderClaimsCsv(set: ExportSet): string {
  const rows = set.docs.flatMap((doc) =>
    numberClaims(doc).map(({ number, claim }) => COLUMNS.map(([, read]) => read({ article: doc.article, number, claim }))),
  );
  return formatCsv([CLAIMS_CSV_HEADER, ...rows]);
}

/** "title <url>", or whichever of the two the source has. */
function formatSource({ title, url }: ClaimSource): string {
  if (url === null || url === '') return title;
  return title === '' ? `<${url}>` : `${title} <${url}>`;
}
