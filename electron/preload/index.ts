// The preload exposes one small typed object (issue 7 fills it in); never ipcRenderer itself.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('govbrief', { platform: process.platform });
