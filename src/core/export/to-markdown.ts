// The export as Markdown, for a newsroom's CMS or wiki: a heading per article with its facts, then its claims
// as a table (number, status, claim, note, sources as links), in report order. All user text goes through
// escapeMarkdown, so titles, notes and sources come out as text, never as markup or HTML.
import type { Article, ClaimSource } from '../../shared/model';
import { LANGUAGE_NAMES } from '../../shared/labels';
import { numberClaims } from '../report/claim-order';
import type { NumberedClaim } from '../report/claim-order';
import { toKnownLanguage } from '../report/claim-labels';
import { formatGeneratedAt, formatStatedDate } from '../report/report-dates';
import { escapeMarkdown, renderMarkdownLink } from './escape-markdown';
import type { ExportFilter, ExportSet } from './export-set';
import { labelStatus } from './status-label';

export function renderMarkdown(set: ExportSet): string {
  const byline = set.author === '' ? '' : ` by ${escapeMarkdown(set.author)}`;
  const filter = describeFilter(set.filter);
  const blocks = [
    `# ${escapeMarkdown(set.title)}`,
    `Factdesk ${escapeMarkdown(set.appVersion)} export, generated ${escapeMarkdown(formatGeneratedAt(set.generatedAt))}${byline}\\.`,
    filter === '' ? '' : `Filter: ${filter}\\.`,
    ...set.docs.flatMap(({ article, ...doc }) => [
      `## ${escapeMarkdown(article.title.trim() === '' ? 'Untitled article' : article.title)}`,
      renderFacts(article),
      renderClaims(numberClaims({ article, ...doc })),
    ]),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function renderFacts(article: Article): string {
  const facts: [string, string | null][] = [
    ['Source', article.source === null ? null : escapeMarkdown(article.source)],
    ['Author', article.author === null ? null : escapeMarkdown(article.author)],
    ['Published', article.publishedAt === null ? null : escapeMarkdown(formatStatedDate(article.publishedAt))],
    ['Language', LANGUAGE_NAMES[toKnownLanguage(article.language)]],
    ['Address', article.url === null ? null : renderMarkdownLink(article.url, article.url)],
    ['Tags', article.tags.length === 0 ? null : article.tags.map(escapeMarkdown).join(', ')],
  ];
  return facts
    .filter((fact): fact is [string, string] => fact[1] !== null && fact[1] !== '')
    .map(([label, value]) => `- **${label}:** ${value}`)
    .join('\n');
}

function renderClaims(claims: readonly NumberedClaim[]): string {
  if (claims.length === 0) return 'No claims from this article are in the export\\.';
  const rows = claims.map(({ number, claim }) =>
    [String(number), escapeMarkdown(labelStatus(claim.status)), escapeMarkdown(claim.text), escapeMarkdown(claim.note), renderSources(claim.sources)],
  );
  return [['#', 'Status', 'Claim', 'Note', 'Sources'], ['--:', '---', '---', '---', '---'], ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

function renderSources(sources: readonly ClaimSource[]): string {
  return sources.map(({ title, url }) => renderMarkdownLink(title, url)).join('; ');
}

function describeFilter({ statuses = [], from, to, sources = [], tags = [] }: ExportFilter): string {
  const parts = [
    statuses.length === 0 ? '' : `status ${statuses.map(labelStatus).join(', ')}`,
    from === undefined ? '' : `published from ${from}`,
    to === undefined ? '' : `published until ${to}`,
    sources.length === 0 ? '' : `source ${sources.join(', ')}`,
    tags.length === 0 ? '' : `tag ${tags.join(', ')}`,
  ];
  return escapeMarkdown(parts.filter((part) => part !== '').join('; '));
}
