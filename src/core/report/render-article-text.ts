// The article body as printed: one paragraph per line, claims highlighted in their status colour with
// [n] markers after them, ranges excluded from detection greyed with a small label saying why.
import { EXCLUSION_REASON_LABELS } from '../../shared/labels';
import type { ArticleDocument } from '../../shared/model';
import type { BodyRun } from './body-segments';
import { segmentBody } from './body-segments';
import type { NumberedClaim } from './claim-order';
import { toKnownStatus } from './claim-labels';
import { escapeHtml } from './escape-html';

export function renderArticleText(doc: ArticleDocument, claims: readonly NumberedClaim[]): string {
  const claimsByNumber = new Map(claims.map((entry) => [entry.number, entry]));
  const marks = claims.flatMap(({ number, span }) => (span === null ? [] : [{ id: number, ...span }]));
  const paragraphs = segmentBody(doc.article.body, marks, doc.article.excluded);
  if (paragraphs.length === 0) return '<p class="empty">The article has no text.</p>';
  const statusOf = (number: number): string => toKnownStatus(claimsByNumber.get(number)?.claim.status ?? '');
  return paragraphs.map((runs) => `<p>${runs.map((run) => renderRun(run, statusOf)).join('')}</p>`).join('\n');
}

function renderRun(run: BodyRun, statusOf: (number: number) => string): string {
  let html = escapeHtml(run.text);
  const innermost = run.markIds.at(-1);
  if (innermost !== undefined) {
    const nested = run.markIds.length > 1 ? ' is-nested' : '';
    html = `<mark class="hl st-${statusOf(innermost)}${nested}">${html}</mark>`;
  }
  if (run.exclusion !== null) html = `<span class="excluded">${html}</span>`;
  if (run.exclusion !== null && run.isExclusionStart) {
    const reason = EXCLUSION_REASON_LABELS[run.exclusion.reason] ?? run.exclusion.reason;
    html = `<span class="excluded-label">Excluded: ${escapeHtml(reason)}</span>${html}`;
  }
  const markers = run.endingMarkIds.map((number) => `<sup class="ref st-${statusOf(number)}">[${number}]</sup>`);
  return html + markers.join('');
}
