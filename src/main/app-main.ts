// Electron main: thin wiring around core. It owns the window, the menu, dialogs, IPC and printing.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { openFactdesk, type Factdesk } from '../core/app';
import { resolveDataDir } from '../core/data-dir';
import { createWorkerBuilder } from '../core/import/worker-builder';
import { readWindowState } from '../core/window-state';
import { IMPORTABLE_EXTENSIONS } from '../shared/import-formats';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/api';
import { printWithElectron } from './electron-pdf-printer';
import { registerApiHandlers } from './ipc';
import { createMainWindow, rendererUrl } from './main-window';
import { installMenu } from './menu';
import { hardenSession } from './security';

let mainWindow: BrowserWindow | null = null;

function windowStatePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

async function openMainWindow(): Promise<BrowserWindow> {
  const window = createMainWindow(await readWindowState(windowStatePath()), windowStatePath());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

async function openLibrary(): Promise<Factdesk> {
  const parent = () => BrowserWindow.getFocusedWindow() ?? mainWindow;
  return openFactdesk({
    dataDir: resolveDataDir(process.env, app.getPath('userData')),
    host: {
      chooseFilesToImport: async (kind) => {
        const options: Electron.OpenDialogOptions =
          kind === 'folder'
            ? { title: 'Import a folder of articles', properties: ['openDirectory', 'multiSelections'] }
            : {
                title: 'Import articles',
                properties: ['openFile', 'multiSelections'],
                filters: [{ name: 'Articles', extensions: IMPORTABLE_EXTENSIONS.map((extension) => extension.slice(1)) }],
              };
        const window = parent();
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : result.filePaths;
      },
      chooseReportPath: async (suggestedName) => {
        const options: Electron.SaveDialogOptions = {
          title: 'Export report',
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const window = parent();
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      chooseBackupPath: async (suggestedName) => {
        const options: Electron.SaveDialogOptions = {
          title: 'Back up library',
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'Factdesk backup', extensions: ['json'] }],
        };
        const window = parent();
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      chooseBackupToRestore: async () => {
        const options: Electron.OpenDialogOptions = {
          title: 'Restore library',
          properties: ['openFile'],
          filters: [{ name: 'Factdesk backup', extensions: ['json'] }],
        };
        const window = parent();
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      printToPdf: printWithElectron,
    },
    appVersion: app.getVersion(),
    // Reading files and detecting claims run in a worker thread, so a batch never stalls the window.
    builder: createWorkerBuilder({ url: new URL('./import-worker.js', import.meta.url) }),
  });
}

async function startApp(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  let factdesk: Factdesk;
  try {
    factdesk = await openLibrary();
  } catch (error) {
    dialog.showErrorBox('Factdesk cannot open its library', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }

  registerApiHandlers(ipcMain, factdesk.dispatch, rendererUrl());
  installMenu({ platform: process.platform, isDevelopment: !app.isPackaged }, sendMenuCommand);
  const window = await openMainWindow();
  // The search index is built once the window shows the library, not before: opening comes first.
  window.webContents.once('did-finish-load', () => {
    factdesk.prepareSearch().catch((error: unknown) => console.error('Could not build the search index:', error));
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow().catch(failToStart);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quit in order: the windows first (a page saves any note still being typed as it unloads), then the
  // library (every queued change written, its lock released), then the app.
  let isClosed = false;
  let isQuitting = false;
  app.on('before-quit', (event) => {
    if (isClosed) return;
    event.preventDefault();
    if (isQuitting) return;
    isQuitting = true;
    closeAllWindows()
      .then(() => factdesk.close())
      .catch((error: unknown) => console.error('Could not close the library cleanly:', error))
      .finally(() => {
        isClosed = true;
        app.quit();
      });
  });
}

/** Closes every window and waits until they are gone, or gives up waiting after a few seconds. */
function closeAllWindows(timeoutMs = 5_000): Promise<void> {
  const closing = BrowserWindow.getAllWindows()
    .filter((window) => !window.isDestroyed())
    .map(
      (window) =>
        new Promise<void>((resolve) => {
          window.once('closed', () => resolve());
          window.close();
        }),
    );
  return Promise.race([Promise.all(closing).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

function failToStart(error: unknown): void {
  dialog.showErrorBox('Factdesk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

/** Starts the app, unless another instance owns the library: then that one is focused and this one exits. */
export function runMain(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  return startApp().catch(failToStart);
}
