// Counts the file-system operations this process completes (through node:fs/promises and its file handles),
// so the crash writer can kill itself between two steps of a write: after the temporary file is written but
// before the rename, after a journal line but before the flush, and so on. Counting time instead would
// miss them: a flush to the disk takes milliseconds, the steps around it microseconds.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const PROMISE_FUNCTIONS = [
  'access',
  'appendFile',
  'copyFile',
  'link',
  'mkdir',
  'open',
  'readFile',
  'readdir',
  'rename',
  'rm',
  'rmdir',
  'stat',
  'truncate',
  'unlink',
  'writeFile',
] as const;
const HANDLE_METHODS = ['close', 'datasync', 'read', 'readFile', 'sync', 'truncate', 'write', 'writeFile'] as const;

type AsyncFunction = (this: unknown, ...args: unknown[]) => Promise<unknown>;

function wrap(owner: Record<string, unknown>, name: string, onDone: () => void): void {
  const original = owner[name];
  if (typeof original !== 'function') return;
  const call = original as AsyncFunction;
  owner[name] = async function (this: unknown, ...args: unknown[]) {
    const result = await call.apply(this, args);
    onDone();
    return result;
  };
}

/**
 * Calls `onDone` after each file operation completes, before the code that awaited it goes on. Patches
 * node:fs/promises for the whole process (modules already imported see it too): for test processes only.
 */
export async function countFileOps(onDone: () => void): Promise<void> {
  // A handle's methods live on its prototype, reached through one handle.
  const handle = await fs.promises.open(process.execPath, 'r');
  const handlePrototype = Object.getPrototypeOf(handle) as Record<string, unknown>;
  await handle.close();
  for (const name of HANDLE_METHODS) wrap(handlePrototype, name, onDone);
  const promises = fs.promises as unknown as Record<string, unknown>;
  for (const name of PROMISE_FUNCTIONS) wrap(promises, name, onDone);
  // `import { rename } from 'node:fs/promises'` elsewhere reads these bindings; this updates them.
  syncBuiltinESMExports();
}
