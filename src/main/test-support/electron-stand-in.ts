// A stand-in for the `electron` module, so main's wiring runs in plain Node under Vitest.
// It records what main asks of Electron: handlers, windows, menus, session handlers.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<[string, unknown]> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  readonly executeJavaScript = vi.fn((_code: string) => Promise.resolve(true));
  readonly printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-stand-in')));
  /** Emits an event with a preventable event object; returns whether it was prevented. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    let isPrevented = false;
    this.emit(name, { preventDefault: () => (isPrevented = true) }, ...args);
    return isPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances;
  static getFocusedWindow = () => null;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  loadedFile: string | null = null;
  loadFile(path: string) {
    this.loadedFile = path;
    return Promise.resolve();
  }
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  show() {}
  maximize() {}
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1400, height: 900 };
  }
  readonly destroy = vi.fn();
  isDestroyed() {
    return this.isClosed;
  }
  isClosed = false;
  close() {
    this.isClosed = true;
    this.emit('close');
    this.emit('closed');
    FakeBrowserWindow.instances = FakeBrowserWindow.instances.filter((window) => window !== this);
  }
}

export function createElectronStandIn(userDataDir: string) {
  const handlers = new Map<string, Listener>();
  const appEvents = new EventEmitter();
  let permissionHandler: Listener | null = null;
  let permissionCheckHandler: Listener | null = null;
  const standIn = {
    app: Object.assign(appEvents, {
      whenReady: vi.fn(() => Promise.resolve()),
      requestSingleInstanceLock: vi.fn(() => true),
      getPath: vi.fn((name: string) => (name === 'userData' ? userDataDir : `${userDataDir}/${name}`)),
      getVersion: vi.fn(() => '1.2.3'),
      quit: vi.fn(),
      exit: vi.fn(),
      isPackaged: false,
    }),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, handler: Listener) => handlers.set(channel, handler)) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn((handler: Listener) => (permissionHandler = handler)),
        setPermissionCheckHandler: vi.fn((handler: Listener) => (permissionCheckHandler = handler)),
      },
    },
  };
  return {
    standIn,
    handlers,
    permissionHandlers: () => ({ request: permissionHandler, check: permissionCheckHandler }),
  };
}
