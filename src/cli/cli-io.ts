// The CLI's contact with the outside world, passed in so tests run commands in-process.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  env: NodeJS.ProcessEnv;
}

/** Exit codes: 0 success, 1 usage error, 2 bad input. */
export const EXIT = { ok: 0, usage: 1, badInput: 2 } as const;

/** A failure the CLI reports in one line on stderr and exits with. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliFailure(EXIT.usage, `${message} (see factdesk --help)`);
export const badInput = (message: string) => new CliFailure(EXIT.badInput, message);
