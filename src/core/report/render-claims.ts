// The claim list: one row per claim, numbered like the markers in the article text. Dismissed passages
// come last under their own heading, marked as not a claim.
import type { ClaimSource } from '../../shared/model';
import type { NumberedClaim } from './claim-order';
import { KIND_LABELS, STATUS_LABELS } from '../../shared/labels';
import { toKnownKind, toKnownStatus } from './claim-labels';
import { escapeHtml } from './escape-html';
import { toSafeHref } from './safe-href';

export function renderClaimTable(claims: readonly NumberedClaim[]): string {
  if (claims.length === 0) return '<p class="empty">No claims were recorded for this article.</p>';
  const isDismissed = ({ claim }: NumberedClaim): boolean => claim.status === 'dismissed';
  const open = claims.filter((entry) => !isDismissed(entry));
  const dismissed = claims.filter(isDismissed);
  const groupRow =
    dismissed.length === 0 ? '' : '<tr class="group-row"><td colspan="3">Not claims (dismissed)</td></tr>';
  return [
    '<table class="claim-table">',
    '<colgroup><col class="col-num"><col><col class="col-status"></colgroup>',
    '<thead><tr><th>#</th><th>Claim</th><th>Status</th></tr></thead>',
    '<tbody>',
    ...open.map(renderClaimRow),
    groupRow,
    ...dismissed.map(renderClaimRow),
    '</tbody></table>',
  ].join('');
}

export function renderClaimRow({ number, claim, span }: NumberedClaim): string {
  const status = toKnownStatus(claim.status);
  const isEdited = claim.text.trim() !== claim.quote.trim();
  const details = [
    `<p class="claim-text">${escapeHtml(claim.text)}</p>`,
    isEdited ? renderDetail('Original', `<span class="quote-text">“${escapeHtml(claim.quote)}”</span>`) : '',
    claim.speaker === null || claim.speaker.trim() === '' ? '' : renderDetail('Speaker', escapeHtml(claim.speaker)),
    claim.note.trim() === '' ? '' : renderDetail('Note', escapeHtml(claim.note)),
    claim.sources.length === 0 ? '' : renderSources(claim.sources),
    span === null ? '<p class="unplaced">The quote is no longer found in the article text.</p>' : '',
  ];
  const facts = [KIND_LABELS[toKnownKind(claim.kind)], `Score ${formatScore(claim.score)}`];
  const rowClass = `claim-row st-${status}${status === 'dismissed' ? ' is-dismissed' : ''}`;
  return [
    `<tr class="${rowClass}" id="claim-${number}">`,
    `<td class="num">[${number}]</td>`,
    `<td>${details.join('')}</td>`,
    `<td><span class="badge st-${status}">${escapeHtml(STATUS_LABELS[status])}</span>`,
    `<div class="facts">${facts.map(escapeHtml).join('<br>')}</div></td>`,
    '</tr>',
  ].join('');
}

function renderDetail(label: string, html: string): string {
  return `<div class="detail"><span class="label">${escapeHtml(label)}</span><div class="value">${html}</div></div>`;
}

function renderSources(sources: readonly ClaimSource[]): string {
  const items = sources.map((source) => {
    const title = escapeHtml(source.title.trim() === '' ? (source.url ?? 'Untitled source') : source.title);
    const href = source.url === null ? null : toSafeHref(source.url);
    const heading = href === null ? title : `<a href="${escapeHtml(href)}">${title}</a>`;
    const url = source.url === null ? '' : `<span class="url">${escapeHtml(source.url)}</span>`;
    const note = source.note.trim() === '' ? '' : `<span class="source-note">${escapeHtml(source.note)}</span>`;
    return `<li>${heading}${url}${note}</li>`;
  });
  return renderDetail('Sources', `<ol class="sources">${items.join('')}</ol>`);
}

/** Detector scores are fractions; anything else is printed as it is, briefly. */
function formatScore(score: number): string {
  if (!Number.isFinite(score)) return '—';
  return score >= 0 && score <= 1 ? score.toFixed(2) : String(Math.round(score * 10) / 10);
}
