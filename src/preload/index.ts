// Wiring only: `window.factdesk` gets one named function per API operation, each sending its one
// argument over that operation's channel, plus the menu-command subscription. ipcRenderer itself
// never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_METHODS,
  MENU_COMMANDS,
  MENU_COMMAND_CHANNEL,
  channelOf,
  type FactdeskWindowApi,
  type MenuCommand,
} from '../shared/api';

function buildBridge(): FactdeskWindowApi {
  const operations = Object.fromEntries(
    API_METHODS.map((method) => [method, (input?: unknown) => ipcRenderer.invoke(channelOf(method), input)]),
  );
  const onMenuCommand = (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  };
  return { ...operations, onMenuCommand } as FactdeskWindowApi;
}

contextBridge.exposeInMainWorld('factdesk', buildBridge());
