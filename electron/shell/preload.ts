import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, IPC_CHANNEL, type PlannerBridge } from '../../shared/contract/bridge';

// The page's only door to the main process: one function, one channel. No
// ipcRenderer, no events, nothing from Node reaches the page.
const bridge: PlannerBridge = {
  invoke: (call, input) => ipcRenderer.invoke(IPC_CHANNEL, call, input),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
