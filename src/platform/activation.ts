/**
 * Whether the reader already reached for the map before the interactive map existed (they tapped the
 * prerendered picture or pressed its button): the first view marks the page, the map reads the mark.
 */
const ACTIVATED = 'activated';

export function markActivated(root: HTMLElement = document.documentElement): void {
  root.dataset[ACTIVATED] = 'true';
}

export function wasActivated(root: HTMLElement = document.documentElement): boolean {
  return root.dataset[ACTIVATED] === 'true';
}
