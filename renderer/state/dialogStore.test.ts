// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createDialogStore } from './dialogStore';

afterEach(() => {
  document.body.replaceChildren();
});

function focusedButton(label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = label;
  document.body.append(button);
  button.focus();
  return button;
}

describe('createDialogStore', () => {
  it('opens on a target and keeps the element that had focus, to give it back', () => {
    const useDialog = createDialogStore<{ id: number }>();
    const opener = focusedButton('Edit');
    useDialog.getState().open({ id: 7 });
    expect(useDialog.getState().target).toEqual({ id: 7 });
    expect(useDialog.getState().returnFocus).toBe(opener);
    useDialog.getState().close();
    expect(useDialog.getState().target).toBeNull();
  });

  it('keeps an SVG item that had focus (a timeline marker)', () => {
    const useDialog = createDialogStore<string>();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const marker = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    marker.setAttribute('tabindex', '0');
    svg.append(marker);
    document.body.append(svg);
    marker.focus();
    useDialog.getState().open('lift');
    expect(useDialog.getState().returnFocus).toBe(marker);
  });

  it('opens a dialog that needs nothing with open()', () => {
    const useDialog = createDialogStore();
    const opener = focusedButton('Backups…');
    useDialog.getState().open();
    expect(useDialog.getState().target).toBe(true);
    expect(useDialog.getState().returnFocus).toBe(opener);
  });

  it('asks for the target of a dialog opened on something', () => {
    const useDialog = createDialogStore<{ id: number }>();
    // Never called: the type check is the test.
    const untold = () =>
      // @ts-expect-error -- a dialog opened on something must be told what
      useDialog.getState().open();
    expect(typeof untold).toBe('function');
  });

  it('builds stores that do not share state', () => {
    const first = createDialogStore<string>();
    const second = createDialogStore<string>();
    first.getState().open('export');
    expect(second.getState().target).toBeNull();
  });
});
