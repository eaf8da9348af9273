/**
 * Electron main process: app lifecycle, windows (all from one secure factory), the app://
 * protocol, IPC, report files (open, watch, recent), atomic export saves, menus and presenting.
 * Thin: the logic lives in the modules beside this file, tested without Electron.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVENTS, INVOKE } from '../shared/channels';
import { APP_CSP, APP_ORIGIN, APP_SCHEME, contentTypeOf, resolveAppUrl } from './app-url';
import {
  loadAutosave,
  nodeBriefingFs,
  openBriefingFile,
  readBriefingFile,
  saveAutosave,
  saveBriefingAs,
} from './briefing-files';
import { reloadAfterCrash } from './crash-reload';
import { openPdfForPrinting } from './export-print';
import { saveImportedReport } from './import-save';
import { saveDialogInto, saveExport } from './export-save';
import { guardSession, guardWebContents } from './guards';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { type MenuRoutes, routedMenuActions } from './menu-routing';
import { commandLineFile, OutsideFiles } from './outside-files';
import { ReportFiles } from './report-files';
import { offThreadLoader } from './report-loader';
import { utilityLoaderProcess } from './report-loader-utility';
import { openReportFile, watchReport } from './report-watch';
import { loadSettings, saveSettings, type Settings, withRecent } from './settings';
import { ShowController, type ShowWindow } from './show';
import { createSecureWindow } from './window-prefs';

const here = import.meta.dirname;
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const dataRoot = app.isPackaged ? join(process.resourcesPath, 'data') : join(app.getAppPath(), 'data');
const settingsPath = () => join(app.getPath('userData'), 'settings.json');
// electron-vite's dev server (development only): a packaged app never loads pages from elsewhere.
const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined;
// End-to-end tests only (tests/electron): exports go into this folder without the save dialog.
// Ignored by the packaged app.
const testSaveDir = app.isPackaged ? undefined : process.env['GOVBRIEF_TEST_SAVE_DIR'];

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

// One instance: opening a report with the app running opens it in the running app.
// app.quit() would let the rest of this module run on; exit at once instead.
if (!app.requestSingleInstanceLock()) {
  app.exit(0);
}

// Guard every web contents, including any not made by our window factory.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

let settings: Settings = { version: 1, recentFiles: [] };
let settingsNotice: { zh: string; en: string } | undefined;
let mainWindow: BrowserWindow | undefined;
const savedPaths = new Set<string>();
const briefingFs = nodeBriefingFs((dir) => mkdirSync(dir, { recursive: true }));

function persist(next: Settings): void {
  settings = next;
  try {
    saveSettings(settingsPath(), settings);
  } catch (e) {
    console.error('settings not saved:', e);
  }
}

function routeUrl(route: string): string {
  const base = devServer ?? `${APP_ORIGIN}/index.html`;
  return `${base}#/${route}`;
}

function createWindow(route: string, bounds?: Electron.Rectangle): BrowserWindow {
  // Every window comes from the secure factory (window-prefs.ts): isolated, sandboxed, no Node.
  const win = createSecureWindow(
    BrowserWindow,
    {
      ...(bounds ?? { width: 1280, height: 800 }),
      minWidth: 800,
      minHeight: 500,
      title: '政报演示',
      backgroundColor: '#ffffff',
      show: false,
    },
    preloadPath,
  );
  win.once('ready-to-show', () => win.show());
  // A renderer that dies (crash, out of memory, killed) is loaded again, in place: a show window
  // comes back on the slide main kept, the editor on the report it showed (crash-reload.ts).
  const onGone = reloadAfterCrash(
    { isDestroyed: () => win.isDestroyed(), reload: () => win.webContents.reload(), close: () => win.close() },
    { name: route || 'editor', giveUp: route === '' ? 'leave' : 'close', log: (m) => console.error(m) },
  );
  win.webContents.on('render-process-gone', (_event, details) => onGone(details));
  void win.loadURL(routeUrl(route));
  return win;
}

/** Whether a web contents is the editor's (the main window's); false once the editor is closed. */
function isEditor(sender: { id: number }): boolean {
  return mainWindow !== undefined && !mainWindow.isDestroyed() && sender.id === mainWindow.webContents.id;
}

function asShowWindow(win: BrowserWindow): ShowWindow {
  return {
    id: win.webContents.id,
    isDestroyed: () => win.isDestroyed(),
    setBounds: (b) => win.setBounds(b),
    setFullScreen: (on) => win.setFullScreen(on),
    focus: () => win.focus(),
    close: () => win.close(),
    send: (channel, message) => win.webContents.send(channel, message),
    on: (event, listener) => void win.on(event, listener),
  };
}

const show = new ShowController(
  {
    getAllDisplays: () => screen.getAllDisplays(),
    getPrimaryDisplay: () => screen.getPrimaryDisplay(),
    onDisplaysChanged: (listener) => {
      screen.on('display-added', listener);
      screen.on('display-removed', listener);
      return () => {
        screen.off('display-added', listener);
        screen.off('display-removed', listener);
      };
    },
    openWindow: (route, bounds) => asShowWindow(createWindow(route, bounds)),
    preventSleep: () => powerSaveBlocker.start('prevent-display-sleep'),
    allowSleep: (id) => powerSaveBlocker.stop(id),
    allWindows: () => BrowserWindow.getAllWindows().map(asShowWindow),
    // A file handed over during the show opens now (outside-files.ts).
    ended: () => outsideFiles.showEnded(),
  },
  EVENTS.showMessage,
);

// Report files: opened and validated here (with their source text), watched, remembered. The
// file named on the command line waits until the renderer asks for it (INVOKE.initialReport);
// when the editor's page loads again it gets the report it was showing.
const loadOffThread = offThreadLoader({ start: () => utilityLoaderProcess(here) });
const launchFile = commandLineFile(process.argv, existsSync);
const reportFiles = new ReportFiles(
  {
    open: openReportFile,
    load: loadOffThread,
    // Reloads on save run off this thread: a hostile file cannot freeze every window (report-loader.ts).
    watch: (path, onReload) => watchReport(path, onReload, { load: loadOffThread }),
    remember: (path) => {
      persist(withRecent(settings, path));
      buildMenu();
    },
    send: (opened) => mainWindow?.webContents.send(EVENTS.reportUpdated, opened),
    bundledPath: (id) => {
      const file = bundledFiles().find((f) => f === `${id}.json`);
      return file === undefined ? undefined : join(dataRoot, 'reports', file);
    },
  },
  launchFile?.kind === 'report' ? launchFile.path : undefined,
);

function bundledFiles(): string[] {
  const dir = join(dataRoot, 'reports');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}

/** The report id of a deck the editor published (its report is relayed unread, so checked here). */
function reportIdOf(report: unknown): string | undefined {
  const id = typeof report === 'object' && report !== null ? (report as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

// Menu commands: 演讲者视图 is handled here, never by turning the focused (audience) window into
// it; the editor's commands never reach a show window, and during a show act only in a focused
// editor (menu-routing.ts).
const menuRoutes: MenuRoutes = {
  show,
  focused: () => {
    const w = BrowserWindow.getFocusedWindow() ?? undefined;
    const target = commandTarget(w);
    return target && { ...target, isEditor: w === mainWindow };
  },
  editor: () => commandTarget(mainWindow),
};

function buildMenu(): void {
  const template = menuTemplate(
    {
      ...routedMenuActions(menuRoutes, (p) => reportFiles.openAndSend(p)),
      quit: () => app.quit(),
      toggleFullScreen: () => {
        const w = BrowserWindow.getFocusedWindow();
        w?.setFullScreen(!w.isFullScreen());
      },
      ...(app.isPackaged
        ? {}
        : { toggleDevTools: () => BrowserWindow.getFocusedWindow()?.webContents.toggleDevTools() }),
    },
    settings.recentFiles,
    process.platform,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function commandTarget(win: BrowserWindow | undefined) {
  return win && !win.isDestroyed() ? { send: (c: string) => win.webContents.send(EVENTS.menuCommand, c) } : undefined;
}

function briefingDialogs() {
  return {
    defaultDir: settings.lastExportDir ?? app.getPath('documents'),
    showSaveDialog: testSaveDir
      ? saveDialogInto(testSaveDir)
      : (o: Electron.SaveDialogOptions) => dialog.showSaveDialog(mainWindow!, { title: '保存演示方案', ...o }),
    showOpenDialog: (o: Electron.OpenDialogOptions) =>
      dialog.showOpenDialog(mainWindow!, { title: '打开演示方案', properties: ['openFile'], ...o }),
  };
}

function importDialogs() {
  return {
    defaultDir: settings.lastExportDir ?? app.getPath('documents'),
    showSaveDialog: testSaveDir
      ? saveDialogInto(testSaveDir)
      : (o: Electron.SaveDialogOptions) => dialog.showSaveDialog(mainWindow!, { title: '保存为报告文件', ...o }),
  };
}

function registerHandlers(): void {
  registerIpc(
    ipcMain,
    {
      [INVOKE.listBundled]: () =>
        bundledFiles().map((f) => {
          const opened = openReportFile(join(dataRoot, 'reports', f));
          return {
            id: f.replace(/\.json$/, ''),
            title: opened.result.ok ? opened.result.report.title : f,
            file: `data/reports/${f}`,
          };
        }),
      [INVOKE.openBundled]: (id) => {
        const file = bundledFiles().find((f) => f === `${id}.json`);
        if (!file) throw new Error(`no bundled report ${id}`);
        return openReportFile(join(dataRoot, 'reports', file));
      },
      [INVOKE.openDialog]: async () => {
        const r = await dialog.showOpenDialog(mainWindow!, {
          title: '打开报告',
          properties: ['openFile'],
          filters: [{ name: '报告（JSON）', extensions: ['json'] }],
        });
        if (r.canceled || !r.filePaths[0]) return undefined;
        return reportFiles.adopt(r.filePaths[0], await loadOffThread(r.filePaths[0]));
      },
      // Only paths the user opened before (the recent list): a renderer cannot make main open,
      // watch and remember arbitrary files.
      [INVOKE.openPath]: async (path) => {
        if (!settings.recentFiles.includes(path)) throw new Error('not a recent file');
        return reportFiles.adopt(path, await loadOffThread(path));
      },
      // A file dropped on the window: its path comes from webUtils.getPathForFile in the preload,
      // which gives paths only for files the user dropped or picked.
      [INVOKE.openDropped]: async (path) => reportFiles.adopt(path, await loadOffThread(path)),
      [INVOKE.initialReport]: () => reportFiles.initialLoaded(),
      [INVOKE.recent]: () => settings.recentFiles,
      [INVOKE.saveExport]: async ({ bytes, fileName }, event) => {
        const outcome = await saveExport(bytes, fileName, {
          defaultDir: settings.lastExportDir ?? app.getPath('documents'),
          showSaveDialog: testSaveDir ? saveDialogInto(testSaveDir) : (o) => dialog.showSaveDialog(mainWindow!, o),
          // The window that asked was closed while the dialog was open: write nothing.
          abandoned: () => event.sender.isDestroyed(),
        });
        if (outcome.ok) {
          savedPaths.add(outcome.path);
          persist({ ...settings, lastExportDir: join(outcome.path, '..') });
        }
        return outcome;
      },
      [INVOKE.printPdf]: ({ bytes, fileName }) =>
        openPdfForPrinting(bytes, fileName, { tempDir: app.getPath('temp'), openPath: (p) => shell.openPath(p) }),
      // Only files this session saved can be revealed: a renderer cannot probe the disk.
      [INVOKE.revealFile]: (path) => {
        if (savedPaths.has(path)) shell.showItemInFolder(path);
      },
      [INVOKE.showPublish]: (message, event) => {
        // The editor publishes its deck with every change: main follows which report it shows.
        if (message.kind === 'deck' && isEditor(event.sender)) {
          const id = reportIdOf(message.report);
          if (id !== undefined) reportFiles.editorShows(id);
          outsideFiles.editorShowsDeck();
        }
        show.publish(message, event.sender.id);
      },
      [INVOKE.showStart]: ({ fromIndex, presenter }) => show.start(fromIndex, { presenter: presenter === true }),
      [INVOKE.showEnd]: () => show.end(),
      [INVOKE.openAudience]: () => (show.presenting ? undefined : show.start(show.state.index)),
      [INVOKE.settingsNotice]: () => {
        const n = settingsNotice;
        settingsNotice = undefined;
        return n;
      },
      [INVOKE.briefingLoadAutosave]: (reportId) => loadAutosave(app.getPath('userData'), reportId, briefingFs),
      [INVOKE.briefingSaveAutosave]: ({ reportId, text }) =>
        saveAutosave(app.getPath('userData'), reportId, text, briefingFs, (m) => console.warn(m)),
      [INVOKE.briefingSave]: async ({ text, fileName }) => {
        const outcome = await saveBriefingAs(text, fileName, briefingDialogs(), briefingFs);
        if (outcome.ok) {
          savedPaths.add(outcome.path);
          persist({ ...settings, lastExportDir: join(outcome.path, '..') });
        }
        return outcome;
      },
      [INVOKE.briefingOpen]: () => openBriefingFile(briefingDialogs(), briefingFs),
      // The saved draft is reopened as any report is (off the thread, then watched): a problem
      // in it comes back with its line and column, as when the file is opened later.
      [INVOKE.importSave]: async (draft) => {
        const outcome = await saveImportedReport(draft, importDialogs(), briefingFs);
        if (!outcome.ok) return outcome;
        savedPaths.add(outcome.path);
        persist({ ...settings, lastExportDir: join(outcome.path, '..') });
        return {
          ok: true,
          path: outcome.path,
          opened: reportFiles.adopt(outcome.path, await loadOffThread(outcome.path)),
        };
      },
    },
    { isEditor, extraOrigins: devServer ? [devServer] : [], log: (m) => console.warn(m) },
  );
}

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppUrl(request.url, rendererRoot);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const res = await net.fetch(pathToFileURL(resolved.path).toString());
      if (!res.ok) return new Response(null, { status: 404 });
      return new Response(res.body, {
        headers: { 'content-type': contentTypeOf(resolved.path), 'content-security-policy': APP_CSP },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

// A file from outside: another launch's command line, or on macOS the Finder (open-file: Open
// With, a double-click, a drop on the Dock icon). open-file also comes before 'ready' when the
// file launched the app, so it is listened to from the start. A .govbrief.json opens as a
// briefing, any other .json as a report; during a show it waits until the show ends
// (outside-files.ts).
const outsideFiles = new OutsideFiles(
  {
    reports: reportFiles,
    sendBriefing: (path) => mainWindow?.webContents.send(EVENTS.briefingFile, readBriefingFile(path, briefingFs)),
    exists: existsSync,
    presenting: () => show.presenting,
    showEditor: () => {
      if (!mainWindow || mainWindow.isDestroyed()) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    },
  },
  launchFile,
);

app.on('second-instance', (_event, argv) => void outsideFiles.receive(commandLineFile(argv, existsSync)?.path));

app.on('open-file', (event, path) => {
  if (outsideFiles.receive(path)) event.preventDefault();
});

app.whenReady().then(
  () => {
    const loaded = loadSettings(settingsPath());
    settings = loaded.settings;
    settingsNotice = loaded.notice;
    guardSession(session.defaultSession);
    serveApp();
    registerHandlers();
    buildMenu();
    mainWindow = createWindow(
      '',
      settings.window && {
        x: settings.window.x,
        y: settings.window.y,
        width: settings.window.width,
        height: settings.window.height,
      },
    );
    if (settings.window?.maximized) mainWindow.maximize();
    mainWindow.on('close', () => {
      if (!mainWindow) return;
      const b = mainWindow.getNormalBounds();
      persist({ ...settings, window: { ...b, maximized: mainWindow.isMaximized() } });
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
      show.end();
    });
  },
  (e: unknown) => {
    console.error('GovBrief could not start:', e);
    app.exit(1);
  },
);

app.on('window-all-closed', () => {
  reportFiles.stop();
  app.quit();
});
