// Main's wiring, with a stand-in `electron` module: every contract method has a handler, the window
// is created with DESIGN.md's security settings, and the session and web contents refuse what they must.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, MENU_COMMANDS, MENU_COMMAND_CHANNEL, channelOf } from '../shared/api';
import { createElectronStandIn, FakeBrowserWindow } from './test-support/electron-stand-in';

const userDataDir = await mkdtemp(join(tmpdir(), 'factdesk-main-'));
const electron = createElectronStandIn(userDataDir);
// Recorded in backups.
vi.mock('electron', () => electron.standIn);

const { runMain } = await import('./app-main');
const { rendererUrl } = await import('./main-window');
const { menuTemplate } = await import('./menu');

function trustedEvent(url = rendererUrl()) {
  return { senderFrame: { url, parent: null } };
}

beforeAll(async () => {
  await runMain();
});
afterAll(async () => {
  await rm(userDataDir, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('takes the single-instance lock, and a second launch focuses the open window', () => {
    expect(electron.standIn.app.requestSingleInstanceLock).toHaveBeenCalled();
    electron.standIn.app.emit('second-instance');
    expect(FakeBrowserWindow.instances[0]!.focus).toHaveBeenCalled();
  });

  it('registers exactly one handler per contract method', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('answers a trusted call through core, and refuses other senders', async () => {
    const handler = electron.handlers.get(channelOf('listArticles'))!;
    expect(await handler(trustedEvent(), undefined)).toEqual({ ok: true, value: [] });
    const fromIframe = { senderFrame: { url: rendererUrl(), parent: {} } };
    const fromElsewhere = trustedEvent('https://evil.example/');
    for (const event of [fromIframe, fromElsewhere, { senderFrame: null }]) {
      expect(await handler(event, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('validates arguments before they reach core', async () => {
    const handler = electron.handlers.get(channelOf('getArticle'))!;
    expect(await handler(trustedEvent(), { articleId: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('asks for files of the formats core imports, or for folders', async () => {
    const handler = electron.handlers.get(channelOf('chooseImportFiles'))!;
    electron.standIn.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await handler(trustedEvent(), { kind: 'files' })).toEqual({ ok: true, value: { isCancelled: true, files: [], skipped: [] } });
    await handler(trustedEvent(), { kind: 'folder' });
    const [files, folder] = electron.standIn.dialog.showOpenDialog.mock.calls.map((args: unknown[]) => args.at(-1)) as Electron.OpenDialogOptions[];
    expect(files).toMatchObject({ properties: ['openFile', 'multiSelections'], filters: [{ extensions: expect.arrayContaining(['html', 'pdf', 'docx', 'md', 'txt']) }] });
    expect(folder).toMatchObject({ properties: ['openDirectory', 'multiSelections'] });
  });

  it('creates the window with the security settings and loads the app', () => {
    const [window] = FakeBrowserWindow.instances;
    expect(window).toBeDefined();
    expect(window!.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String((window!.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window!.loadedUrl).toBe(rendererUrl());
  });

  it('refuses navigation away from the app, webviews and new windows; opens http(s) links outside', () => {
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    expect(contents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emitPreventable('will-navigate', rendererUrl())).toBe(false);
    expect(contents.emitPreventable('will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/a' })).toEqual({ action: 'deny' });
    expect(electron.standIn.shell.openExternal).toHaveBeenCalledWith('https://example.org/a');
    electron.standIn.shell.openExternal.mockClear();
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.standIn.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses every permission request', () => {
    const { request, check } = electron.permissionHandlers();
    const callback = vi.fn();
    request!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!({}, 'geolocation')).toBe(false);
  });

  it('installs a File / Edit / View menu whose commands reach the renderer', () => {
    expect(electron.standIn.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = menuTemplate({ platform: 'linux', isDevelopment: false }, (command) => FakeBrowserWindow.instances[0]!.webContents.send(MENU_COMMAND_CHANNEL, command));
    expect(template.map((item) => item.label ?? item.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu']);
    const file = template[0]!.submenu as Array<{ label?: string; role?: string; click?: () => void }>;
    expect(file.map((item) => item.label ?? item.role)).toEqual(expect.arrayContaining(['Import…', 'Export report…', 'Preferences…', 'Quit']));
    const commands = { 'Import…': 'import-files', 'Import Folder…': 'import-folder', 'Import from Web Address…': 'import-url' } as const;
    for (const [label, command] of Object.entries(commands)) {
      file.find((item) => item.label === label)!.click!();
      expect(FakeBrowserWindow.instances[0]!.webContents.sent).toContainEqual([MENU_COMMAND_CHANNEL, command]);
    }
    expect(file.find((item) => item.label === 'Preferences…')).toMatchObject({ accelerator: 'CmdOrCtrl+,' });
    file.find((item) => item.label === 'Preferences…')!.click!();
    expect(FakeBrowserWindow.instances[0]!.webContents.sent).toContainEqual([MENU_COMMAND_CHANNEL, 'open-preferences']);
    // On macOS, Preferences sits in the app menu, not in File.
    const mac = menuTemplate({ platform: 'darwin', isDevelopment: false }, () => undefined);
    expect(mac[0]).toMatchObject({ role: 'appMenu' });
    expect((mac[0]!.submenu as Array<{ label?: string }>).map((item) => item.label)).toContain('Preferences…');
    expect((mac[1]!.submenu as Array<{ label?: string }>).map((item) => item.label)).not.toContain('Preferences…');
    const roles = (options: { isDevelopment: boolean }) =>
      (menuTemplate({ platform: 'linux', ...options }, () => undefined)[2]!.submenu as Array<{ role?: string }>).map((item) => item.role);
    expect(roles({ isDevelopment: false })).not.toContain('toggleDevTools');
    expect(roles({ isDevelopment: true })).toContain('toggleDevTools');
  });

  it('puts Back Up Library… and Restore Library… in the File menu, sending their commands', () => {
    const sent: string[] = [];
    const file = menuTemplate({ platform: 'linux', isDevelopment: false }, (command) => sent.push(command))[0]!.submenu as Array<{ label?: string; click?: () => void }>;
    const labels = file.map((item) => item.label);
    expect(labels.indexOf('Back Up Library…')).toBeGreaterThan(labels.indexOf('Export report…'));
    expect(labels.indexOf('Restore Library…')).toBe(labels.indexOf('Back Up Library…') + 1);
    file.find((item) => item.label === 'Back Up Library…')!.click!();
    file.find((item) => item.label === 'Restore Library…')!.click!();
    expect(sent).toEqual(['backup-library', 'restore-library']);
    const mac = menuTemplate({ platform: 'darwin', isDevelopment: false }, () => undefined)[1]!.submenu as Array<{ label?: string }>;
    expect(mac.map((item) => item.label)).toEqual(expect.arrayContaining(['Back Up Library…', 'Restore Library…']));
  });

  it('has an Edit menu whose Undo and Redo send commands, with cut, copy, paste and select all', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const sent: string[] = [];
      const template = menuTemplate({ platform, isDevelopment: false }, (command) => sent.push(command));
      const edit = template.find((item) => item.label === '&Edit')!;
      expect(edit.role).toBeUndefined();
      const items = edit.submenu as Array<{ label?: string; role?: string; type?: string; accelerator?: string; click?: () => void }>;
      expect(items.map((item) => item.label ?? item.role ?? item.type)).toEqual(['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
      expect(items[0]).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
      expect(items[1]).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z' });
      items[0]!.click!();
      items[1]!.click!();
      expect(sent).toEqual(['undo', 'redo']);
    }
    expect(MENU_COMMANDS).toEqual(expect.arrayContaining(['undo', 'redo']));
  });

  it('backs up the library through the save dialog, and restores through the open dialog', async () => {
    const { showOpenDialog, showSaveDialog } = electron.standIn.dialog;
    const path = join(userDataDir, 'backup.json');
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await electron.handlers.get(channelOf('backupLibrary'))!(trustedEvent(), undefined)).toEqual({
      ok: true,
      value: { isCancelled: true, path: null, articleCount: 0 },
    });
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    expect(await electron.handlers.get(channelOf('backupLibrary'))!(trustedEvent(), undefined)).toEqual({
      ok: true,
      value: { isCancelled: false, path, articleCount: 0 },
    });
    const saveOptions = showSaveDialog.mock.calls.at(-1)!.at(-1) as Electron.SaveDialogOptions;
    expect(saveOptions.defaultPath).toMatch(/[\\/]factdesk-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saveOptions.filters).toEqual([{ name: 'Factdesk backup', extensions: ['json'] }]);
    const backup = JSON.parse(await readFile(path, 'utf8'));
    expect(backup).toMatchObject({ format: 'factdesk-backup', app: { version: '1.2.3' }, articles: [] });

    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await electron.handlers.get(channelOf('restoreLibrary'))!(trustedEvent(), undefined)).toEqual({
      ok: true,
      value: { isCancelled: false, path, articleCount: 0 },
    });
    expect(showOpenDialog.mock.calls.at(-1)!.at(-1)).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['json'] }] });
  });

  it('keeps the library in the userData folder, and holds its lock', async () => {
    expect(electron.standIn.app.getPath).toHaveBeenCalledWith('userData');
    const lock = JSON.parse(await readFile(join(userDataDir, 'library', 'library.lock'), 'utf8'));
    expect(lock.pid).toBe(process.pid);
  });

  it('accepts the dev server URL with or without its trailing slash', async () => {
    const { isAppUrl } = await import('./security');
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/#claim', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///evil/index.html', 'file:///app/out/renderer/index.html')).toBe(false);
  });

  it('opens the window where it was last time', async () => {
    const { mainWindowOptions } = await import('./main-window');
    expect(mainWindowOptions({ bounds: { x: 200, y: 100, width: 1500, height: 950 }, isMaximized: false })).toMatchObject({
      x: 200,
      y: 100,
      width: 1500,
      height: 950,
    });
  });

  it('prints a report through printToPDF, after the fonts load, from a private temp file it then removes', async () => {
    const { printWithElectron } = await import('./electron-pdf-printer');
    const before = FakeBrowserWindow.instances.length;
    const pdf = await printWithElectron('<html><body>Report</body></html>', {
      paperSize: 'Letter',
      headerTemplate: '<span>h</span>',
      footerTemplate: '<span class="pageNumber"></span>',
      margin: { top: '25.4mm', bottom: '1in', left: '96px', right: '2.54cm' },
    });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-stand-in');
    const printer = FakeBrowserWindow.instances[before]!;
    expect(printer.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(printer.webContents.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('document.fonts.ready'));
    expect(printer.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span>h</span>',
      footerTemplate: '<span class="pageNumber"></span>',
      margins: { top: 1, bottom: 1, left: 1, right: 1 },
    });
    expect(printer.webContents.emitPreventable('will-navigate', 'https://example.org/')).toBe(true);
    expect(printer.webContents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(printer.destroy).toHaveBeenCalled();
    expect(existsSync(printer.loadedFile!)).toBe(false);
  });

  it('remembers the window size and position when it closes', async () => {
    FakeBrowserWindow.instances[0]!.emit('close');
    const state = JSON.parse(await readFile(join(userDataDir, 'window-state.json'), 'utf8'));
    expect(state).toEqual({ bounds: { x: 10, y: 20, width: 1400, height: 900 }, isMaximized: false });
  });

  it('quits in order: windows closed, then the library, then the app', async () => {
    const [window] = FakeBrowserWindow.instances;
    let wasLockHeldWhenWindowClosed = false;
    window!.once('closed', () => {
      wasLockHeldWhenWindowClosed = existsSync(join(userDataDir, 'library', 'library.lock'));
    });
    const quitting = { preventDefault: vi.fn() };
    electron.standIn.app.emit('before-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.standIn.app.quit).toHaveBeenCalled());
    expect(window!.isDestroyed()).toBe(true);
    expect(wasLockHeldWhenWindowClosed).toBe(true);
    await expect(readFile(join(userDataDir, 'library', 'library.lock'), 'utf8')).rejects.toThrow();
    const again = { preventDefault: vi.fn() };
    electron.standIn.app.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
