// Where the library lives. The app and the CLI agree by using this one function: the `library`
// folder inside the app's userData folder (Electron's path for the product name), unless
// FACTDESK_DATA_DIR (or the CLI's --data-dir) names another.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Factdesk';

/** Electron's `app.getPath('userData')` for this product, computed without Electron (for the CLI). */
export function userDataDirFor(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), PRODUCT_NAME);
}

export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string, override?: string): string {
  const chosen = override ?? env['FACTDESK_DATA_DIR'];
  return chosen ? resolve(chosen) : join(userDataDir, 'library');
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolveDataDir(env, userDataDirFor(process.platform, env, homedir()));
}
