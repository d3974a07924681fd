// What a script touches of its process, passed in so that tests can run it in-process and read its output.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ScriptError } from './script-error';

export interface ScriptIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The real process: one call, one line. */
export function createProcessIo(): ScriptIo {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Whether the module at moduleUrl is the script node (or tsx) was asked to run, not an import of it. */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && path.resolve(entry) === fileURLToPath(moduleUrl);
}

/**
 * Runs a script's main function and turns what it throws into an exit code: a ScriptError prints its message
 * (exit 2 unless it says otherwise), anything else its stack (exit 1).
 */
export async function runScript(main: (argv: string[], io: ScriptIo) => Promise<number> | number, io = createProcessIo()): Promise<number> {
  try {
    return await main(process.argv.slice(2), io);
  } catch (error) {
    if (error instanceof ScriptError) {
      io.stderr(`error: ${error.message}`);
      return error.exitCode;
    }
    io.stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
