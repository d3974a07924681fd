// Errors a script reports as one plain line and an exit code, rather than as a stack trace.

/** A problem with the command line or the input data: exit code 2, as usage errors conventionally are. */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'ScriptError';
  }
}
