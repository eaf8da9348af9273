// The toolbar's icons: small line drawings in the app bundle (no icon font, nothing fetched), in
// the text colour, hidden from screen readers (every button has its text label).
import type { ReactNode } from 'react';

export type IconName =
  | 'open'
  | 'folder'
  | 'briefing-open'
  | 'save'
  | 'settings'
  | 'undo'
  | 'redo'
  | 'warning'
  | 'search'
  | 'help'
  | 'export'
  | 'presenter'
  | 'play'
  | 'play-current';

const PATHS: Record<IconName, ReactNode> = {
  open: <path d="M4 2h6l3 3v9H4zM10 2v3h3M8.5 12V7.5M6.5 9.5l2-2 2 2" />,
  folder: <path d="M2 5h5l1.5 2H14v6.5H2zM2 5V3h4l1 1" />,
  'briefing-open': <path d="M4 2h6l3 3v9H4zM10 2v3h3M6.5 9h4M6.5 11.5h4" />,
  save: <path d="M3 2h8l2 2v10H3zM5 2v4h5V2M5 14v-4h6v4" />,
  settings: <path d="M3 4h10M3 8h10M3 12h10M6 2.5v3M10 6.5v3M5 10.5v3" />,
  undo: <path d="M5 4 2 7l3 3M2 7h7a4 4 0 0 1 0 8H7" />,
  redo: <path d="m11 4 3 3-3 3M14 7H7a4 4 0 0 0 0 8h2" />,
  warning: <path d="M8 2 1.5 14h13zM8 6.5v3.5M8 12v.5" />,
  search: <path d="M7 2.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zM10.5 10.5 14 14" />,
  help: <path d="M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM6 6.2a2 2 0 1 1 2.6 1.9c-.4.2-.6.5-.6 1v.6M8 11.5v.5" />,
  export: <path d="M8 10V2M5 5l3-3 3 3M3 9v5h10V9" />,
  presenter: <path d="M1.5 2.5h9v6h-9zM12 4h2.5v7H12M4 11.5h4M6 8.5v3M2 14h12" />,
  play: <path d="M4 2.5v11l9-5.5z" />,
  'play-current': <path d="M2 3h2v10H2zM6 3v10l8-5z" />,
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width={16}
      height={16}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
