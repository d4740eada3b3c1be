import './close-button.css';

interface CloseButtonProps {
  /** What closes, for screen readers ("Close"). */
  label: string;
  onClick: () => void;
  /** Where the button sits in its block (`place-popup__close`). */
  className?: string;
}

/** A real button (Leaflet's own is a link), marked ×, at least 44 px square for a finger. */
export function CloseButton({ label, onClick, className }: CloseButtonProps) {
  return (
    <button
      type="button"
      className={className ? `close-button ${className}` : 'close-button'}
      aria-label={label}
      onClick={onClick}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}
