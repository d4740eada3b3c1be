import type { Language } from '../../geo/contract';
import { searchWithState } from '../url/write-url-state';
import { parseHostMessage, type HostMessage } from './host-message';
import { resendHeight } from './report-height';

export interface HostActions {
  /** The host selected a place or quote: the address now says so; the map must show it. */
  showSelection: () => void;
  setLanguage: (language: Language) => void;
}

/**
 * Listens to the host page (the parent window only) and acts on the messages host-message.ts accepts.
 * A selection is written into the address and announced as a history move (`popstate`), so the map
 * applies it the way it applies back and forward (url/bind-url-to-store.ts), whether it is running yet
 * or starts later from that address.
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
    case 'dalil:select': {
      const search = searchWithState(win.location.search, {
        place: message.place,
        quote: message.quote ?? null,
      });
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}`);
      win.dispatchEvent(new PopStateEvent('popstate'));
      actions.showSelection();
      return;
    }
    case 'dalil:language':
      actions.setLanguage(message.language);
      return;
    case 'dalil:height':
      resendHeight(win);
      return;
  }
}
