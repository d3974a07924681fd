// The main window, created with DESIGN.md's security settings and the remembered size and position.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, fitWindowBounds, writeWindowState, type WindowState } from '../core/window-state';
import { hardenWebContents } from './security';

const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_FILE = join(import.meta.dirname, '../renderer/index.html');

/** The renderer's URL: electron-vite's dev server in development, the built file otherwise. */
export function rendererUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(RENDERER_FILE).href;
}

export function mainWindowOptions(saved: WindowState | null): BrowserWindowConstructorOptions {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return {
    ...fitWindowBounds(saved?.bounds ?? null, workAreas),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Factdesk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Off: Chromium's spellchecker downloads dictionaries, and Factdesk works offline.
      spellcheck: false,
    },
  };
}

export function createMainWindow(saved: WindowState | null, windowStatePath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(saved));
  const url = rendererUrl();
  hardenWebContents(window.webContents, url);
  if (saved?.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeWindowState(windowStatePath, { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() });
    } catch (error) {
      console.error('Could not remember the window size and position:', error);
    }
  });
  window.loadURL(url).catch((error: unknown) => console.error('Could not load the Factdesk window:', error));
  return window;
}
