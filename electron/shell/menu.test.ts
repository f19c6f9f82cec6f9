import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

function roles(template: ReturnType<typeof menuTemplate>): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu)
      ? item.submenu.flatMap((sub) => (sub.role ? [sub.role] : []))
      : []),
  ]);
}

describe('menuTemplate', () => {
  it('has File and Edit, and no reload or DevTools in the shipped app', () => {
    const template = menuTemplate({ dev: false, platform: 'linux' });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit']);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste']),
    );
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(roles(template)).not.toContain('reload');
  });

  it('adds View with reload and DevTools in development', () => {
    const template = menuTemplate({ dev: true, platform: 'linux' });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View']);
    expect(roles(template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('starts with the application menu on macOS', () => {
    expect(menuTemplate({ dev: false, platform: 'darwin' })[0].role).toBe('appMenu');
  });
});
