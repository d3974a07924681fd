// DESIGN.md's security defaults for every window and the session: no navigation away from the app,
// no new windows (http(s) links go to the system browser), no webviews, every permission refused.
import { shell, type Session, type WebContents } from 'electron';
import { isHttpUrl } from '../shared/urls';


/** True when `url` is the app's own page (ignoring query and hash, and a trailing-slash difference). */
export function isAppUrl(url: string, appUrl: string): boolean {
  const pageOf = (value: string) => {
    const parsed = new URL(value);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  };
  try {
    return pageOf(url) === pageOf(appUrl);
  } catch {
    return false;
  }
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttpUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
