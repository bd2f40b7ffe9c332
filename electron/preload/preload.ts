// The only bridge into the page: window.lianqing.invoke(envelope) over one IPC channel.
import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/api.ts';
import type { ApiResponse } from '../../shared/kernel/errors.ts';

const CHANNEL = 'lianqing:invoke';

contextBridge.exposeInMainWorld('lianqing', {
  invoke: (envelope: Envelope): Promise<ApiResponse<unknown>> => ipcRenderer.invoke(CHANNEL, envelope),
});
