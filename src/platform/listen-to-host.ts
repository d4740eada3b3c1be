import type { Language } from '../../geo/contract';
import { parseHostMessage, type HostMessage } from './host-message';
import { resendHeight } from './report-height';

/** What the embed does for its host page; the first view supplies it (it runs before the app). */
export interface HostActions {
  /** Show this place (null: none) and, if given, this quote. */
  select: (place: string | null, quote: { articleId: string; start: number } | null) => void;
  setLanguage: (language: Language) => void;
}

type Pending = Partial<Record<HostMessage['type'], HostMessage>>;

/**
 * Listens to the host page (the parent window only) and acts on the messages host-message.ts accepts.
 * Messages are coalesced: those that arrive together are acted on once, the last of each kind winning, so
 * a flood of them (a buggy or hostile host) costs one selection and one re-render, not thousands, and a
 * valid message sent after it is answered at once.
 */
export function listenToHost(actions: HostActions, win: Window = window): void {
  if (win.parent === win) return;
  let pending: Pending = {};
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = {};
    for (const message of Object.values(batch)) act(message, actions, win);
  };
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    pending[message.type] = message;
    if (scheduled) return;
    scheduled = true;
    win.setTimeout(flush, 0);
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
