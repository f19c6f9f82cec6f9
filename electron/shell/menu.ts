import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Reload and DevTools are for developers; the shipped app has neither. */
  dev: boolean;
  platform: NodeJS.Platform;
}

/** The application menu: roles only, so every item is Electron's own tested action. */
export function menuTemplate({ dev, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  // macOS puts Quit (and Hide, Services...) under the application's own menu.
  if (platform === 'darwin') template.push({ role: 'appMenu' });
  template.push(
    { label: 'File', submenu: [{ role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
  );
  if (dev)
    template.push({
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
    });
  return template;
}
