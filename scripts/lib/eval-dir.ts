// Where the shared evaluation data lives: --eval-dir, else $FACTDESK_EVAL_DIR, else ../shared/eval next to the repo.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScriptError } from './script-error';

export const EVAL_DIR_ENV = 'FACTDESK_EVAL_DIR';

/** The repository root (this file is scripts/lib/eval-dir.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The evaluation data is not in the repository; it sits beside it in the shared workspace. */
export const DEFAULT_EVAL_DIR = path.resolve(REPO_ROOT, '../shared/eval');

/** The eval directory as an absolute path; relative paths count from cwd. */
export function resolveEvalDir(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const chosen = flag ?? (env[EVAL_DIR_ENV] || undefined);
  return chosen === undefined ? DEFAULT_EVAL_DIR : path.resolve(cwd, chosen);
}

/** The paths of files under evalDir/subdir, or a ScriptError naming every one that is missing. */
export function requireEvalFiles(evalDir: string, subdir: string, names: readonly string[]): string[] {
  const files = names.map((name) => path.join(evalDir, subdir, name));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new ScriptError(
      `evaluation data not found: ${missing.join(', ')}\n` +
        `Point --eval-dir or ${EVAL_DIR_ENV} at the eval directory (the one holding ${subdir}/); the default is ${DEFAULT_EVAL_DIR}.`,
    );
  }
  return files;
}
