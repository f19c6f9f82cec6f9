import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  say(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
}

let nextId = 0;

/** Short confirmations ("Saved release 4.21") and failures that belong to no form. */
export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  say(tone, text) {
    const id = ++nextId;
    set((state) => ({ notices: [...state.notices.slice(-2), { id, tone, text }] }));
    // Errors stay until dismissed: they may need reading twice.
    if (tone === 'info') setTimeout(() => get().dismiss(id), 5000);
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));
