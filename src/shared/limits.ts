// Limits on what can be imported, shared by the UI (which checks dropped files before reading them)
// and core (which enforces them).

/** The longest article text accepted (characters). */
export const MAX_TEXT_CHARS = 5_000_000;
/** The largest file accepted (bytes): checked before the file is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
