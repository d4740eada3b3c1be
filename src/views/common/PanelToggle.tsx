import type { ReactNode } from 'react';

interface PanelToggleProps {
  /** The BEM block of the button, beside the shared `panel-toggle` look: its icon is `${block}__icon`. */
  block: string;
  /** The id of the panel it shows and hides. */
  controls: string;
  shown: boolean;
  show: () => void;
  hide: () => void;
  children: ReactNode;
}

/** A header button that shows and hides a panel: a toggle, pressed while the panel is shown. */
export function PanelToggle({ block, controls, shown, show, hide, children }: PanelToggleProps) {
  return (
    <button
      type="button"
      className={`header-button panel-toggle ${block}`}
      aria-pressed={shown}
      aria-controls={controls}
      onClick={shown ? hide : show}
    >
      <span className={`${block}__icon`} aria-hidden="true" />
      {children}
    </button>
  );
}

/** Gives focus back to the toggle of panel `panelId`, as the panel closes. */
export function focusToggleOf(panelId: string): void {
  document.querySelector<HTMLElement>(`[aria-controls="${panelId}"]`)?.focus();
}
