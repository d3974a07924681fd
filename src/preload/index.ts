import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, channelOf } from '../shared/api';
contextBridge.exposeInMainWorld('factdesk', Object.fromEntries(API_METHODS.map((m) => [m, (input: unknown) => ipcRenderer.invoke(channelOf(m), input)])));
