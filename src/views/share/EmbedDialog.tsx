import { useId, useRef, useState } from 'react';
import { useEmbedStrings } from '../hooks/use-strings';
import {
  clampHeight,
  DEFAULT_EMBED_HEIGHT,
  embedSnippet,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
} from '../../model/embed-snippet';
import { copyText } from '../../platform/copy-text';
import { useDalilStore } from '../hooks/use-dalil';
import { viewLink } from '../../address/view-link';
import '../common/dialog.css';

/**
 * The embed code generator: a modal dialog that writes the iframe for the current view (place, quote, map
 * view, language) with a title and height the publisher chooses. The browser's `<dialog>` keeps focus
 * inside, closes on Escape and gives focus back to the button that opened it.
 */
export function EmbedDialog() {
  const t = useEmbedStrings();
  const store = useDalilStore();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [src, setSrc] = useState('');
  const [title, setTitle] = useState('');
  const [height, setHeight] = useState(DEFAULT_EMBED_HEIGHT);
  const [copied, setCopied] = useState(false);

  const open = () => {
    // The view is read once, when the publisher asks: the map behind the dialog does not move meanwhile.
    setSrc(viewLink(window.location.href, store.getState(), { embed: true }));
    setTitle(t.defaultEmbedTitle);
    setCopied(false);
    dialogRef.current?.showModal();
  };
  const code = embedSnippet({ src, title: title.trim() || t.defaultEmbedTitle, height: clampHeight(height) });
  const copy = async () => setCopied(await copyText(code));

  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={open}>
        {t.embed}
      </button>
      <dialog ref={dialogRef} className="dialog embed-dialog" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`} className="dialog__title">
          {t.embedDialogTitle}
        </h2>
        <p>{t.embedIntro}</p>
        <div className="embed-dialog__fields">
          <label>
            {t.embedTitleField}
            <input value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label>
            {t.embedHeight}
            <input
              type="number"
              inputMode="numeric"
              min={MIN_EMBED_HEIGHT}
              max={MAX_EMBED_HEIGHT}
              step={10}
              value={height}
              onChange={(event) => setHeight(event.target.valueAsNumber)}
            />
          </label>
        </div>
        <label htmlFor={`${ids}-code`}>{t.embedCode}</label>
        <textarea
          id={`${ids}-code`}
          className="embed-dialog__code"
          dir="ltr"
          lang="en"
          readOnly
          rows={8}
          value={code}
          onFocus={(event) => event.currentTarget.select()}
        />
        <p className="embed-dialog__note">{t.embedNote}</p>
        <div className="dialog__actions">
          <button type="button" className="embed-dialog__copy" onClick={() => void copy()}>
            {t.copyCode}
          </button>
          <span role="status">{copied ? t.codeCopied : ''}</span>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
