// The native menu. File actions are sent to the renderer, which runs them exactly as its own buttons
// do (progress, errors and all).
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development builds only. */
  isDevelopment: boolean;
}

export function menuTemplate({ platform, isDevelopment }: MenuOptions, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const preferences: MenuItemConstructorOptions = { label: 'Preferences…', accelerator: 'CmdOrCtrl+,', click: () => send('open-preferences') };
  // On macOS, Preferences belongs in the app menu; elsewhere in File, above Quit.
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      preferences,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-folder') },
      { label: 'Import from Web Address…', accelerator: 'CmdOrCtrl+L', click: () => send('import-url') },
      { label: 'Paste article…', accelerator: 'CmdOrCtrl+Shift+V', click: () => send('paste-article') },
      { type: 'separator' },
      { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: () => send('export-report') },
      { type: 'separator' },
      { label: 'Back Up Library…', click: () => send('backup-library') },
      { label: 'Restore Library…', click: () => send('restore-library') },
      { type: 'separator' },
      ...(isMac ? [] : [preferences, { type: 'separator' } as const]),
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  // Undo and Redo are the renderer's: a focused text field's own text undo, else the app's undo of claim actions.
  // Their keys reach the page first (it handles them outside text fields); the menu fires only for the rest.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDevelopment ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    file,
    edit,
    view,
    { role: 'windowMenu' },
  ];
}

export function installMenu(options: MenuOptions, send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options, send)));
}
