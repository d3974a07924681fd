// Command-line options for scripts: node:util parseArgs, with typed numbers and usage errors as ScriptErrors.
import { parseArgs as parseNodeArgs } from 'node:util';
import { ScriptError } from './script-error';

/** 'integer' takes whole numbers from 0 up (counts, limits); 'number' any finite number. */
export type OptionKind = 'string' | 'integer' | 'number' | 'boolean';

export type OptionSpec = Record<string, OptionKind>;

type OptionValue<K extends OptionKind> = K extends 'string' ? string : K extends 'boolean' ? boolean : number;

/** Booleans are false when absent; the other kinds are undefined. */
export type ParsedOptions<S extends OptionSpec> = {
  [N in keyof S]: S[N] extends 'boolean' ? boolean : OptionValue<S[N]> | undefined;
};

export interface ParsedArgs<S extends OptionSpec> {
  options: ParsedOptions<S>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value` and `--flag`. Unknown options, bad numbers and (unless allowed)
 * positional arguments throw a ScriptError.
 */
export function parseArgs<S extends OptionSpec>(argv: readonly string[], spec: S, { allowPositionals = false } = {}): ParsedArgs<S> {
  const config: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const [name, kind] of Object.entries(spec)) config[name] = { type: kind === 'boolean' ? 'boolean' : 'string' };
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: config, strict: true, allowPositionals: true });
  } catch (error) {
    throw new ScriptError(error instanceof Error ? error.message : String(error));
  }
  const [stray] = parsed.positionals;
  if (!allowPositionals && stray !== undefined) throw new ScriptError(`unexpected argument "${stray}"`);
  const options: Record<string, string | number | boolean | undefined> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const raw = parsed.values[name];
    if (kind === 'boolean') options[name] = raw === true;
    else if (typeof raw === 'string') options[name] = kind === 'string' ? raw : readNumber(name, raw, kind);
    else options[name] = undefined;
  }
  // The loop above gave every name of the spec a value of its kind.
  return { options: options as ParsedOptions<S>, positionals: parsed.positionals };
}

function readNumber(name: string, raw: string, kind: 'integer' | 'number'): number {
  const value = Number(raw);
  if (kind === 'integer' && !/^\d+$/.test(raw.trim())) {
    throw new ScriptError(`--${name} takes a whole number (0 or more), not "${raw}"`);
  }
  if (raw.trim() === '' || !Number.isFinite(value)) throw new ScriptError(`--${name} takes a number, not "${raw}"`);
  return value;
}
