// The CLI's commands. Each checks its arguments first and writes nothing until all of them are good.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleDocument, ArticleSummary, ClaimStatus, LanguageCode } from '../shared/model';
import { CLAIM_STATUSES, LANGUAGES } from '../shared/model';
import { CLAIM_THRESHOLD_MAX, CLAIM_THRESHOLD_MIN, CLAIM_THRESHOLD_STEP, isClaimThreshold, roundClaimThreshold } from '../shared/preferences';
import { buildDocument, readArticleSource } from '../core/import';
import { findDuplicate } from '../core/import/find-duplicate';
import { findClaim, setNote, setStatus } from '../core/claims/claim-edits';
import { defaultDataDir, resolveDataDir } from '../core/data-dir';
import { analyzeSentence, explainScore, isCheckworthy } from '../core/detect';
import { exportArticleReport } from '../core/export-article-report';
import { articleIdOfClaim } from '../core/ids';
import { summarizeArticle } from '../core/library/article-summary';
import { readLibraryBackup, restoreLibraryBackup, writeLibraryBackup } from '../core/library/backup-file';
import { LibraryStore, type LibraryAccess } from '../core/library/library-store';
import { isHttpUrl } from '../shared/urls';
import { PreferencesStore, readPreferences } from '../core/preferences';
import { badInput, usageError, type CliIo } from './cli-io';
import type { CliValues } from './run-cli';

/** What a command may need of the program itself. */
export interface CommandContext {
  version: string;
}

type Command = (args: string[], values: CliValues, io: CliIo, context: CommandContext) => Promise<void>;

/** Commands that only read take no lock and create nothing; writers hold the library's lock until done. */
function dataDirOf(values: CliValues, io: CliIo): string {
  return values['data-dir'] ? resolveDataDir(io.env, '', values['data-dir']) : defaultDataDir(io.env);
}

async function withLibrary<T>(values: CliValues, io: CliIo, access: LibraryAccess, use: (library: LibraryStore) => Promise<T>): Promise<T> {
  // A writer repairs a damaged file from the daily backups, as the app does; a reader only reports it.
  const library = await LibraryStore.open(dataDirOf(values, io), access, { isSelfRepairing: access === 'write' });
  try {
    return await use(library);
  } finally {
    await library.close();
    // What was repaired, on stderr so a command's output keeps its shape.
    for (const notice of library.notices) io.stderr(`factdesk: ${notice.level === 'error' ? 'warning' : 'repaired'}: ${notice.message}\n`);
  }
}

function expectArgs(args: string[], count: number, usage: string): void {
  if (args.length !== count) throw usageError(`Usage: factdesk ${usage}`);
}

/** --threshold when given, else the sensitivity the user chose in the app's preferences. */
async function claimThresholdOf(values: CliValues, io: CliIo): Promise<number> {
  if (values.threshold !== undefined) {
    const threshold = Number(values.threshold);
    if (values.threshold.trim() === '' || !isClaimThreshold(threshold)) {
      throw usageError(`--threshold must be a number from ${CLAIM_THRESHOLD_MIN} to ${CLAIM_THRESHOLD_MAX} in steps of ${CLAIM_THRESHOLD_STEP}`);
    }
    return roundClaimThreshold(threshold);
  }
  const preferences = await readPreferences(dataDirOf(values, io), (message) => io.stderr(`factdesk: warning: ${message}\n`));
  return preferences.claimThreshold;
}

const warnOn = (io: CliIo) => (message: string) => io.stderr(`factdesk: warning: ${message}\n`);

const printJson = (io: CliIo, value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);

function progressOf(summary: ArticleSummary): string {
  return `${summary.decidedCount}/${summary.claimCount}`;
}

/** A file, or a web address, read and detected at the threshold (nothing is stored). */
async function readArticleDocument(pathOrUrl: string, threshold: number, now: Date): Promise<ArticleDocument> {
  const { source, origin } = await readArticleSource(isHttpUrl(pathOrUrl) ? pathOrUrl : resolve(pathOrUrl));
  return buildDocument({ source, origin, threshold, now });
}

const analyze: Command = async (args, values, io) => {
  expectArgs(args, 1, 'analyze FILE|URL [--json] [--threshold T]');
  const { article, claims } = await readArticleDocument(args[0] ?? '', await claimThresholdOf(values, io), new Date());
  if (values.json) {
    printJson(io, {
      article: {
        title: article.title,
        language: article.language,
        publishedAt: article.publishedAt,
        author: article.author,
        source: article.source,
        url: article.url,
        body: article.body,
        excluded: article.excluded.map(({ start, end, reason }) => ({ start, end, reason, text: article.body.slice(start, end) })),
      },
      claims: claims.map(({ quote, start, end, score, kind, reasons, speaker, checkables }) => ({
        quote,
        start,
        end,
        score,
        kind,
        reasons,
        speaker,
        // Offsets into the quote, with the text they mark, so a script need not slice.
        checkables: checkables.map((part) => ({ ...part, text: quote.slice(part.start, part.end) })),
      })),
    });
    return;
  }
  io.stdout(`${article.title}\n${[article.source, article.author, article.publishedAt, article.language].filter(Boolean).join(' · ')}\n`);
  io.stdout(`${article.excluded.length} lines excluded, ${claims.length} claims:\n`);
  claims.forEach((claim, index) => io.stdout(`  [${index + 1}] (${claim.score.toFixed(2)} ${claim.kind}) ${claim.quote}\n`));
};

const importFiles: Command = async (args, values, io) => {
  if (args.length === 0) throw usageError('Usage: factdesk import FILE|URL... [--json] [--threshold T]');
  const threshold = await claimThresholdOf(values, io);
  // Read every file before adding any, so one bad file leaves the library untouched.
  const now = new Date();
  const docs: ArticleDocument[] = [];
  for (const arg of args) docs.push(await readArticleDocument(arg, threshold, now));
  const { added, skipped } = await withLibrary(values, io, 'write', async (library) => {
    // Already in the library, or twice in this command: skipped, as the app offers to (the CLI never replaces).
    const fresh: ArticleDocument[] = [];
    const repeats: { title: string; existingId: string }[] = [];
    for (const doc of docs) {
      const duplicate = findDuplicate([...library.listArticles(), ...fresh.map(summarizeArticle)], doc.article);
      if (duplicate) repeats.push({ title: doc.article.title, existingId: duplicate.existing.id });
      else fresh.push(doc);
    }
    return { added: await library.addArticles(fresh), skipped: repeats };
  });
  const rows = added.map((summary) => ({ id: summary.id, title: summary.title, claimCount: summary.claimCount }));
  if (values.json) printJson(io, rows);
  else for (const row of rows) io.stdout(`Imported ${row.id}  ${row.title}  (${row.claimCount} claims)\n`);
  // On stderr, so --json output keeps its shape: a list of what was imported.
  for (const row of skipped) io.stderr(`factdesk: skipped "${row.title}": already in the library as ${row.existingId}\n`);
};

const list: Command = async (args, values, io) => {
  expectArgs(args, 0, 'list [--json]');
  const articles = await withLibrary(values, io, 'read', async (library) => library.listArticles());
  if (values.json) return printJson(io, articles);
  if (articles.length === 0) return io.stdout('The library is empty. Add articles with: factdesk import FILE...\n');
  for (const summary of articles) {
    io.stdout(`${summary.id}  ${summary.language}  ${progressOf(summary).padStart(7)} decided  ${summary.title}\n`);
  }
};

const claims: Command = async (args, values, io) => {
  expectArgs(args, 1, 'claims ARTICLE_ID [--json]');
  const doc = await withLibrary(values, io, 'read', (library) => library.readArticle(args[0] ?? ''));
  const rows = doc.claims.map(({ id, quote, text, status, note, score, kind, speaker }) => ({ id, quote, text, status, note, score, kind, speaker }));
  if (values.json) return printJson(io, rows);
  for (const row of rows) {
    io.stdout(`${row.id}  ${row.status.padEnd(12)}  ${row.text}${row.note ? `\n    note: ${row.note}` : ''}\n`);
  }
};

function parseStatus(value: string): ClaimStatus {
  if (!(CLAIM_STATUSES as readonly string[]).includes(value)) {
    throw badInput(`"${value}" is not a status. Use one of: ${CLAIM_STATUSES.join(', ')}.`);
  }
  return value as ClaimStatus;
}

const setStatusCommand: Command = async (args, values, io) => {
  expectArgs(args, 2, 'set-status CLAIM_ID STATUS [--note TEXT]');
  const [claimId = '', statusArg = ''] = args;
  const status = parseStatus(statusArg);
  const articleId = articleIdOfClaim(claimId);
  if (!articleId) throw badInput(`"${claimId}" is not a claim id (see: factdesk claims ARTICLE_ID).`);
  const now = new Date();
  const { value } = await withLibrary(values, io, 'write', (library) =>
    library.updateArticle(articleId, (doc) => {
      const claim = findClaim(doc, claimId);
      setStatus(claim, status, now);
      if (values.note !== undefined) setNote(claim, values.note, now);
      return claim;
    }),
  );
  io.stdout(`${value.id}  ${value.status}${value.note ? `  note: ${value.note}` : ''}\n`);
};

const exportCommand: Command = async (args, values, io) => {
  expectArgs(args, 1, 'export ARTICLE_ID --format pdf --out FILE [--paper A4|Letter]');
  if (values.format !== 'pdf') throw usageError(`--format ${values.format ?? '(missing)'} is not supported; use --format pdf`);
  if (!values.out) throw usageError('--out FILE is required');
  const paper = values.paper ?? 'A4';
  if (paper !== 'A4' && paper !== 'Letter') throw usageError('--paper must be A4 or Letter');
  const doc = await withLibrary(values, io, 'read', (library) => library.readArticle(args[0] ?? ''));
  // Loaded only here: the browser driver is heavy and no other command needs it.
  const { createChromiumPrinter } = await import('../core/report/chromium-printer');
  const printer = createChromiumPrinter({ executablePath: io.env['FACTDESK_CHROMIUM'] });
  try {
    const out = resolve(values.out);
    await exportArticleReport(doc, out, printer.printToPdf, { generatedAt: new Date(), paperSize: paper });
    io.stdout(`${out}\n`);
  } finally {
    await printer.close();
  }
};

const checkworthy: Command = async (args, values, io) => {
  expectArgs(args, 0, 'checkworthy [--lang CODE] [--threshold T] [--reasons]');
  const language = (values.lang ?? 'en') as LanguageCode;
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    throw usageError(`--lang must be one of: ${LANGUAGES.join(', ')}`);
  }
  const threshold = await claimThresholdOf(values, io);
  const input = await io.readStdin();
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  for (const line of lines) {
    const analysis = analyzeSentence(line, language);
    const answer: { score: number; checkworthy: boolean; reasons?: string[] } = {
      score: Number(analysis.score.toFixed(4)),
      checkworthy: isCheckworthy(analysis.score, threshold),
    };
    // Reasons cost more than the score; only worked out when asked for.
    if (values.reasons) answer.reasons = explainScore(analysis);
    out.push(JSON.stringify(answer));
  }
  io.stdout(out.length ? `${out.join('\n')}\n` : '');
};

const articlesIn = (count: number) => `${count} article${count === 1 ? '' : 's'}`;

const backup: Command = async (args, values, io, { version }) => {
  expectArgs(args, 0, 'backup --out FILE [--force]');
  if (!values.out) throw usageError('--out FILE is required');
  const out = resolve(values.out);
  if (existsSync(out) && !values.force) throw badInput(`${out} already exists; add --force to replace it. Nothing was written.`);
  const preferences = await readPreferences(dataDirOf(values, io), warnOn(io));
  const { articleCount } = await withLibrary(values, io, 'read', (library) =>
    writeLibraryBackup(out, library, { preferences, createdAt: new Date(), appVersion: version }),
  );
  io.stdout(`Backed up ${articlesIn(articleCount)} to ${out}\n`);
};

const restore: Command = async (args, values, io) => {
  expectArgs(args, 1, 'restore FILE');
  const path = resolve(args[0] ?? '');
  // The whole file is read and checked before the library is opened for writing.
  const backup = await readLibraryBackup(path);
  const { articleCount } = await withLibrary(values, io, 'write', async (library) => {
    const preferences = await PreferencesStore.open(library.dataDir, warnOn(io));
    try {
      return await restoreLibraryBackup(backup, { library, preferences }, 'name a new folder with --data-dir DIR, or delete its articles first');
    } finally {
      await preferences.close();
    }
  });
  io.stdout(`Restored ${articlesIn(articleCount)} from ${path}\n`);
};

export const commands = {
  analyze,
  import: importFiles,
  list,
  claims,
  'set-status': setStatusCommand,
  export: exportCommand,
  checkworthy,
  backup,
  restore,
} satisfies Record<string, Command>;

export type CommandName = keyof typeof commands;
