// Every keyboard shortcut the app has, as the "?" dialog lists them.

export interface ShortcutGroup {
  title: string;
  keys: { keys: string[][]; what: string }[];
}

/** Every shortcut the app has, by where it works. `keys` lists alternatives, each a chord. */
export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    keys: [
      { keys: [['?']], what: 'Show these keyboard shortcuts' },
      { keys: [['N']], what: 'Add an advisory' },
      { keys: [['Ctrl', 'Z']], what: 'Undo the last change' },
      {
        keys: [
          ['Ctrl', 'Shift', 'Z'],
          ['Ctrl', 'Y'],
        ],
        what: 'Redo',
      },
    ],
  },
  {
    title: 'In an editor',
    keys: [
      { keys: [['Ctrl', 'Enter']], what: 'Save' },
      {
        keys: [['Esc']],
        what: 'Close; with unsaved changes it asks first (keep editing, keep as draft, or discard)',
      },
    ],
  },
  {
    title: 'On the timeline',
    keys: [
      { keys: [['Tab']], what: 'Into the timeline, then out of it' },
      { keys: [['←'], ['→'], ['↑'], ['↓']], what: 'Move between items and lanes' },
      { keys: [['Home'], ['End']], what: 'First or last item of a lane' },
      {
        keys: [['Enter']],
        what: "Open: a milestone or lift in its editor at that date; a warning or suggestion's details",
      },
      {
        keys: [
          ['Alt', '←'],
          ['Alt', '→'],
        ],
        what: 'Move the date a day; letting go of Alt saves it',
      },
      {
        keys: [
          ['Alt', 'Shift', '←'],
          ['Alt', 'Shift', '→'],
        ],
        what: 'Move the date a week',
      },
      { keys: [['Esc']], what: 'Put a moved item back, or close its details' },
      { keys: [['+'], ['−']], what: 'Zoom in or out' },
    ],
  },
  {
    title: 'On the time axis',
    keys: [
      { keys: [['←'], ['→']], what: 'Pan (with Shift, half a screen)' },
      { keys: [['Page Up'], ['Page Down']], what: 'Pan a screen' },
      { keys: [['Home']], what: 'Back to today' },
    ],
  },
];
