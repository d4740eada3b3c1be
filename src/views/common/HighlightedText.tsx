import type { Ref } from 'react';
import type { TextPiece } from '../../model/split-at-ranges';

interface HighlightedTextProps {
  pieces: readonly TextPiece[];
  /** Class of the `<mark>` elements. */
  markClassName?: string;
  /** Receives the first `<mark>`, e.g. to scroll it into view. */
  firstMarkRef?: Ref<HTMLElement>;
}

/** Text pieces as React text nodes, the marked ones inside `<mark>`: characters are never parsed as HTML. */
export function HighlightedText({ pieces, markClassName, firstMarkRef }: HighlightedTextProps) {
  const firstMarked = pieces.findIndex((piece) => piece.marked);
  return pieces.map((piece, i) =>
    piece.marked ? (
      <mark key={piece.start} className={markClassName} ref={i === firstMarked ? firstMarkRef : undefined}>
        {piece.text}
      </mark>
    ) : (
      <span key={piece.start}>{piece.text}</span>
    ),
  );
}
