// Runs a script as `npm run …` would, through node --import tsx (no npm in between), for smoke tests.
import { spawn } from 'node:child_process';
import { EVAL_DIR_ENV, REPO_ROOT } from './eval-dir';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `script` is relative to the repository root; the eval-dir variable is cleared so defaults apply. */
export function spawnScript(script: string, args: readonly string[]): Promise<ScriptRun> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== EVAL_DIR_ENV));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
