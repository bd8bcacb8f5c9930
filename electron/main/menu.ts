import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/menuCommands';

/** The application menu: the usual roles, plus Gloss's own commands sent to the focused window. */
export function installMenu(getWindow: () => BrowserWindow | null, isDev: boolean): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(MENU_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import Articles…', accelerator: 'CmdOrCtrl+O', click: send('importFiles') },
        { label: 'Export Notes…', accelerator: 'CmdOrCtrl+E', click: send('exportNotes') },
        { type: 'separator' },
        { label: 'Restore from Backup…', click: send('restoreBackup') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Search Library…', accelerator: 'CmdOrCtrl+K', click: send('search') },
        { label: 'Find in Article…', accelerator: 'CmdOrCtrl+F', click: send('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+L', click: send('toggleTheme') },
        { label: 'Larger Text', accelerator: 'CmdOrCtrl+=', click: send('fontLarger') },
        { label: 'Smaller Text', accelerator: 'CmdOrCtrl+-', click: send('fontSmaller') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev
          ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    {
      label: '&Go',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: send('showLibrary') },
        { label: 'Next Article', accelerator: 'CmdOrCtrl+]', click: send('nextArticle') },
        { label: 'Previous Article', accelerator: 'CmdOrCtrl+[', click: send('previousArticle') },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${app.getName()}`, role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
