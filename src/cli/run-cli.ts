// `factdesk`: the command line over the same core and library folder as the app.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliFailure, EXIT, badInput, usageError, type CliIo } from './cli-io';
import { commands, type CommandName } from './commands';
import { FactdeskError } from '../core/errors';
import { ImportError } from '../core/import';

export const HELP = `factdesk — find and check the claims in news articles

Usage:
  factdesk analyze FILE|URL [--json]        import and detect claims without touching the library
  factdesk import FILE|URL... [--json]      add articles to the library: web pages (.html), PDF, Word (.docx),
                                            Markdown, plain text, or http(s) addresses; ones already in the
                                            library are skipped
  factdesk list [--json]                    the articles in the library
  factdesk claims ARTICLE_ID [--json]       an article's claims with their ids, status and note
  factdesk set-status CLAIM_ID STATUS [--note TEXT]
  factdesk export ARTICLE_ID --format pdf --out FILE [--paper A4|Letter]
  factdesk checkworthy [--lang CODE] [--reasons]
                                            one sentence per line on stdin, one JSON object per line out:
                                            {"score", "checkworthy"} (+ "reasons" with --reasons)
  factdesk backup --out FILE [--force]      the whole library (articles, claims and the work on them) and the
                                            preferences as one JSON file; an existing FILE only with --force
  factdesk restore FILE                     a backup into an empty library (a new one: --data-dir DIR)

Options:
  --data-dir DIR   the library folder (default: the app's; or FACTDESK_DATA_DIR)
  --threshold T    analyze, import, checkworthy: flag sentences scoring at least T (0.05 to 0.95, in steps of 0.05;
                   default: the claim sensitivity set in the app's preferences)
  --force          backup: replace FILE if it exists
  -h, --help       this help
  -v, --version    the version

Statuses: unverified, in-progress, verified, disputed, false, misleading, unverifiable, dismissed.
Exit codes: 0 success, 1 usage error, 2 bad input.
`;

const options = {
  json: { type: 'boolean' },
  note: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  paper: { type: 'string' },
  lang: { type: 'string' },
  threshold: { type: 'string' },
  reasons: { type: 'boolean' },
  force: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

export type CliValues = ReturnType<typeof parseCliArgs>['values'];

function parseCliArgs(argv: string[]) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

export async function runCli(argv: string[], io: CliIo, version: string): Promise<number> {
  try {
    let parsed: ReturnType<typeof parseCliArgs>;
    try {
      parsed = parseCliArgs(argv);
    } catch (error) {
      throw usageError(error instanceof Error ? error.message.split('\n')[0] ?? 'Bad arguments' : 'Bad arguments');
    }
    const { values, positionals } = parsed;
    if (values.version) {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    const [name, ...args] = positionals;
    if (values.help || name === undefined || name === 'help') {
      io.stdout(HELP);
      return name === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    if (!isCommandName(name)) throw usageError(`Unknown command "${name}"`);
    await commands[name](args, values, io, { version });
    return EXIT.ok;
  } catch (error) {
    const failure = toFailure(error);
    io.stderr(`factdesk: ${failure.message.replace(/\s*\n\s*/g, ' ')}\n`);
    return failure.exitCode;
  }
}

function toFailure(error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  if (error instanceof FactdeskError) return badInput(error.message);
  if (error instanceof ImportError) return badInput(error.message);
  return new CliFailure(EXIT.badInput, error instanceof Error ? error.message : String(error));
}
