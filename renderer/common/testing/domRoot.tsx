import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// For component tests in a happy-dom environment (`// @vitest-environment
// happy-dom` at the top of the test file): a fresh React root in the page for
// each test, unmounted after it.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface DomRoot {
  /** The element the tree is rendered into, attached to the document. */
  readonly host: HTMLElement;
  /** Renders `tree` and lets its effects run before returning. */
  render(tree: ReactNode): void;
  /** Clicks an element (which must exist) and lets React finish what follows. */
  click(element: Element | null | undefined): void;
}

/** Call at the top of a test file; the root is replaced before each test. */
export function domRootPerTest(): DomRoot {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });
  return {
    get host() {
      return host;
    },
    render(tree) {
      act(() => root.render(tree));
    },
    click(element) {
      if (!(element instanceof HTMLElement))
        throw new Error(`nothing to click: ${String(element)}`);
      act(() => element.click());
    },
  };
}
