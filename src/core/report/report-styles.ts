// The report's stylesheet: a quiet, print-first layout (A4 or Letter) in the bundled Noto families.
import { CLAIM_STATUSES } from '../../shared/model';
import type { PaperSize } from './pdf-printer';
import { STATUS_STYLES } from './claim-labels';
import { REPORT_FONT_FAMILY } from './fonts';

const statusClasses = CLAIM_STATUSES.map(
  (status) => `.st-${status}{--ink:${STATUS_STYLES[status].ink};--tint:${STATUS_STYLES[status].tint}}`,
).join('\n');

const BASE_STYLES = `
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:${REPORT_FONT_FAMILY};font-size:9.5pt;line-height:1.5;color:#1f2933;
  font-kerning:normal;text-rendering:optimizeLegibility}
a{color:#1f4e79;text-decoration:none}
h1,h2,h3{font-weight:700;color:#111827;line-height:1.25;break-after:avoid}
h2{font-size:11pt;margin:18pt 0 6pt;padding-bottom:3pt;border-bottom:0.75pt solid #1f2933;
  text-transform:uppercase}
h2 .count{color:#6b7280;font-weight:400}
p{margin:0}
.label{color:#6b7280;font-size:7pt;text-transform:uppercase;font-weight:700}

.masthead{border-top:3pt solid #1f2933;padding-top:8pt}
.kicker{font-size:7.5pt;text-transform:uppercase;color:#6b7280;display:flex;
  justify-content:space-between}
.kicker strong{color:#1f2933}
h1{font-size:19pt;margin:6pt 0 10pt}
.meta{display:grid;grid-template-columns:repeat(4,1fr);gap:6pt 14pt;margin:0;padding:8pt 0;
  border-top:0.5pt solid #d1d5db;border-bottom:0.5pt solid #d1d5db}
.meta div{min-width:0}
.meta .wide{grid-column:1/-1}
.meta dt{font-size:7pt;text-transform:uppercase;color:#6b7280;font-weight:700}
.meta dd{margin:1pt 0 0;overflow-wrap:anywhere}
.meta .none{color:#9ca3af}

.progress{color:#4b5563;margin-bottom:6pt}
.counts{width:100%;border-collapse:separate;border-spacing:3pt 0;margin:0 -3pt;table-layout:fixed}
.counts td{border-top:2.5pt solid var(--ink);background:#f7f8fa;padding:4pt 5pt 5pt;vertical-align:top}
.counts .n{display:block;font-size:15pt;font-weight:700;line-height:1.1;color:var(--ink)}
.counts .name{display:block;font-size:7pt;color:#374151;text-transform:uppercase}
.counts td.zero{background:#fbfbfc}
.counts td.zero .n{color:#c4c9d0}

.claim-table{width:100%;border-collapse:collapse;table-layout:fixed}
.claim-table thead th{font-size:7pt;text-transform:uppercase;color:#6b7280;
  text-align:left;padding:0 6pt 3pt;border-bottom:0.75pt solid #9ca3af}
.claim-table .col-num{width:11mm}
.claim-table .col-status{width:33mm}
.claim-table tbody tr{break-inside:avoid;page-break-inside:avoid}
.claim-table td{vertical-align:top;padding:7pt 6pt;border-bottom:0.5pt solid #e5e7eb}
.claim-table td.num{font-weight:700;color:var(--ink);white-space:nowrap}
.claim-text{font-size:10pt;font-weight:700;color:#111827;white-space:pre-line;overflow-wrap:anywhere}
.detail{display:grid;grid-template-columns:17mm 1fr;column-gap:3mm;margin-top:4pt}
.detail .label{padding-top:1.5pt}
.detail .value{min-width:0;white-space:pre-line;overflow-wrap:anywhere}
.quote-text{color:#374151}
.unplaced{margin-top:4pt;color:#b91c1c;font-size:8pt}
.sources{margin:0;padding:0 0 0 12pt;white-space:normal}
.sources li+li{margin-top:3pt}
.sources .url{display:block;font-size:7.5pt;color:#6b7280;overflow-wrap:anywhere}
.sources .source-note{display:block;color:#374151;white-space:pre-line}
.badge{display:inline-block;padding:1pt 6pt;border-radius:8pt;font-size:7.5pt;font-weight:700;
  color:var(--ink);background:var(--tint);border:0.5pt solid var(--ink);white-space:nowrap}
.facts{margin-top:5pt;font-size:7.5pt;color:#4b5563;line-height:1.45}
.group-row td{padding:12pt 6pt 4pt;font-size:7.5pt;text-transform:uppercase;
  color:#6b7280;font-weight:700;border-bottom:0.75pt solid #9ca3af}
tr.is-dismissed .claim-text{color:#6b7280;font-weight:400}
tr.is-dismissed td.num{color:#9ca3af}
.empty{color:#6b7280}

.article{break-before:page}
.legend{font-size:8pt;color:#6b7280;margin-bottom:10pt}
.body{font-size:10pt;line-height:1.65}
.body p{margin:0 0 7pt;overflow-wrap:break-word}
mark.hl{color:inherit;background:var(--tint);border-bottom:1.25pt solid var(--ink);padding:0.5pt 0;
  -webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.hl.is-nested{background:color-mix(in srgb,var(--tint) 60%,var(--ink) 18%)}
mark.hl.st-dismissed{background:none;border-bottom:1pt dotted var(--ink)}
sup.ref{font-size:6.5pt;font-weight:700;color:var(--ink);line-height:0;margin:0 1pt 0 0.5pt}
.excluded{color:#9ca3af}
.excluded-label{display:inline-block;font-size:6.5pt;line-height:1.3;text-transform:uppercase;
  color:#6b7280;border:0.5pt solid #d1d5db;border-radius:2pt;padding:0 3pt;margin-right:4pt;vertical-align:1pt}

.font-warmup{visibility:hidden;position:absolute;top:0;left:0;width:0;height:0;overflow:hidden;
  white-space:nowrap;font-weight:400}
.colophon{margin-top:18pt;padding-top:5pt;border-top:0.5pt solid #d1d5db;font-size:7.5pt;color:#6b7280}
`;

export function buildReportStyles(paperSize: PaperSize): string {
  return `@page{size:${paperSize}}\n${statusClasses}\n${BASE_STYLES}`;
}
