import { create } from 'zustand';

// Presentation mode hides embargoed details everywhere on screen, for
// screen-sharing in a public meeting. It is remembered for the tab, so a
// reload during the meeting does not bring the details back.

const KEY = 'embargo-planner-presenting';

function stored(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

interface PresentationState {
  presenting: boolean;
  setPresenting(on: boolean): void;
  toggle(): void;
}

export const usePresentation = create<PresentationState>()((set, get) => ({
  presenting: typeof sessionStorage === 'undefined' ? false : stored(),
  setPresenting(on) {
    try {
      sessionStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // Storage refused (private mode): the flag still holds for this page.
    }
    set({ presenting: on });
  },
  toggle() {
    get().setPresenting(!get().presenting);
  },
}));
