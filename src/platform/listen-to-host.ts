import type { Language } from '../../geo/contract';
import { parseHostMessage, type HostMessage } from './host-message';
import { resendHeight } from './report-height';

/** What the embed does for its host page; the first view supplies it (it runs before the app). */
export interface HostActions {
  /** Show this place (null: none) and, if given, this quote. */
  select: (place: string | null, quote: { articleId: string; start: number } | null) => void;
  setLanguage: (language: Language) => void;
}

/**
 * Listens to the host page (the parent window only) and acts on the messages host-message.ts accepts;
 * the height is answered here, the rest is handed to `actions`.
 */
export function listenToHost(actions: HostActions, win: Window = window): void {
  if (win.parent === win) return;
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent) return;
    const message = parseHostMessage(event.data);
    if (message) act(message, actions, win);
  });
}

function act(message: HostMessage, actions: HostActions, win: Window) {
  switch (message.type) {
    case 'dalil:select':
      actions.select(message.place, message.quote ?? null);
      return;
    case 'dalil:language':
      actions.setLanguage(message.language);
      return;
    case 'dalil:height':
      resendHeight(win);
      return;
  }
}
