// Small line icons drawn inline: no icon font, no network, nothing for the CSP to refuse.
// Each sits beside text that says the same thing, so they are hidden from assistive technology.

import './Icon.css';

const PATHS = {
  lock: 'M5 7V5a3 3 0 0 1 6 0v2 M3.5 7h9v6.5h-9z',
  eye: 'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8z M8 6.2a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6z',
  ban: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z M3.8 3.8l8.4 8.4',
  check: 'M3 8.5l3 3 7-7',
  clock: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z M8 4.5V8l2.5 1.5',
  pencil: 'M10.5 2.5l3 3-8 8H2.5v-3z M9 4l3 3',
  trash: 'M2.5 4h11 M6 4V2.5h4V4 M4 4l.7 9.5h6.6L12 4 M6.5 6.5v5 M9.5 6.5v5',
  plus: 'M8 3v10 M3 8h10',
  close: 'M4 4l8 8 M12 4l-8 8',
  shield: 'M8 1.5l5.5 2v4c0 3.5-2.4 6-5.5 7-3.1-1-5.5-3.5-5.5-7v-4z M5.5 8l2 2 3-3.5',
  alert: 'M8 2l6.5 11.5h-13z M8 6.5v3.5 M8 11.8v.2',
  error: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z M5.8 5.8l4.4 4.4 M10.2 5.8l-4.4 4.4',
  info: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z M8 7.2v4 M8 4.9v.2',
  arrow: 'M3 8h10 M9 4l4 4-4 4',
  flag: 'M3.5 14V2.5 M3.5 3h8l-1.8 3 1.8 3h-8',
  layers: 'M8 2l6 3-6 3-6-3z M2 8l6 3 6-3 M2 11l6 3 6-3',
  clipboard: 'M5.5 2h5v2.5h-5z M5.5 3.2h-2v10.3h9V3.2h-2 M5.5 8h5 M5.5 10.5h3',
  history: 'M2.7 8a5.3 5.3 0 1 0 1.5-3.7 M2.5 2.3v2.5H5 M8 5.2V8l2 1.4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
