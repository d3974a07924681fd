// One IPC handler per API operation, from the contract's list. The renderer is untrusted: a call from
// any frame but the app's own top-level page is refused, and core validates every argument.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../core/api-dispatch';
import { API_METHODS, channelOf, type ApiResponse } from '../shared/api';
import { isAppUrl } from './security';

/** True when the call comes from the app's own page in the main frame, not an iframe or other page. */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);
}

export function registerApiHandlers(ipcMain: IpcMain, dispatch: Dispatch, appUrl: string): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event, input: unknown): Promise<ApiResponse<unknown>> => {
      if (!isTrustedSender(event, appUrl)) {
        return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: 'Refused: the request did not come from Factdesk.' } });
      }
      return dispatch(method, input);
    });
  }
}
