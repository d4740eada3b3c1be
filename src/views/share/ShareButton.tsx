import { useState } from 'react';
import { useEmbedStrings } from '../hooks/use-strings';
import type { DalilStore } from '../../store/store';
import { useDalilStore } from '../hooks/use-dalil';
import { copyText } from '../../platform/copy-text';
import { viewLink } from '../../address/view-link';

type Outcome = { kind: 'copied' } | { kind: 'failed'; link: string } | null;

/** Copies the link to the current view; when the clipboard is refused, shows the link to copy by hand. */
export function ShareButton() {
  const t = useEmbedStrings();
  const store: DalilStore = useDalilStore();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const share = async () => {
    const link = viewLink(window.location.href, store.getState(), { embed: false });
    setOutcome((await copyText(link)) ? { kind: 'copied' } : { kind: 'failed', link });
  };

  return (
    <div className="share">
      <button type="button" className="header-button" onClick={() => void share()}>
        {t.share}
      </button>
      <p className="share__status" role="status">
        {outcome?.kind === 'copied' && t.linkCopied}
      </p>
      {outcome?.kind === 'failed' && (
        <p className="share__fallback">
          <label>
            {t.copyFailed}{' '}
            <input
              className="share__link"
              dir="ltr"
              readOnly
              value={outcome.link}
              onFocus={(event) => event.currentTarget.select()}
              autoFocus
            />
          </label>
        </p>
      )}
    </div>
  );
}
