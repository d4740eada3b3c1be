import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { storedDataset } from '../../../geo/contract';
import { clampHeight, DEFAULT_EMBED_HEIGHT, embedSnippet } from '../../model/embed-snippet';
import { copyText } from '../../platform/copy-text';
import { PREVIEW_DATA, PREVIEW_READY, type PreviewData } from '../../platform/desk-preview';
import { downloadFile } from '../../platform/download-file';
import { fetchSite } from '../platform/fetch-site';
import { datasetOf, type Evidence, type MadeDataset } from '../project/dataset';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

type PreviewKind = 'page' | 'embed';
type Packaging = { state: 'idle' } | { state: 'busy' } | { state: 'done' | 'failed'; message: string };

const stamp = () => new Date().toISOString().slice(0, 10);
/** The site's root: the desk lives at `desk/` below it. */
const siteRoot = () => new URL('../', window.location.href);

const counts = (made: MadeDataset) =>
  made.ok ? { places: made.dataset.places.features.length, claims: made.dataset.claims?.length ?? 0 } : null;

/**
 * Preview and publish: the map as readers will see it (the full page or the embed, at a phone's width or
 * wide), with all the evidence or only what an editor checked; then the map's data, the whole site as a
 * zip ready to host, and the embed code. The preview is the site's own page in a frame, handed the
 * desk's dataset (src/platform/desk-preview.ts); nothing is published until the editor downloads it.
 */
export function PublishDialog() {
  const t = useDeskStrings();
  const p = t.publish;
  const store = useDeskStore();
  const language = useDesk((state) => state.language);
  const articles = useDesk((state) => state.history.present.articles);
  const readings = useDesk((state) => state.readings);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [evidence, setEvidence] = useState<Evidence>('all');
  const [kind, setKind] = useState<PreviewKind>('page');
  const [phone, setPhone] = useState(false);
  const [packaging, setPackaging] = useState<Packaging>({ state: 'idle' });
  const [host, setHost] = useState('');
  const [height, setHeight] = useState(DEFAULT_EMBED_HEIGHT);
  const [copied, setCopied] = useState<boolean | null>(null);

  const made = useMemo(
    () =>
      open
        ? { all: datasetOf(articles, readings), verified: datasetOf(articles, readings, 'verified') }
        : null,
    [open, articles, readings],
  );
  const chosen = made?.[evidence] ?? null;
  const chosenCounts = chosen ? counts(chosen) : null;

  // The framed map asks for its data when it starts; it gets the dataset of the evidence chosen.
  useEffect(() => {
    if (!chosen?.ok) return;
    const answer = (event: MessageEvent) => {
      const frame = frameRef.current?.contentWindow;
      if (!frame || event.source !== frame || event.origin !== window.location.origin) return;
      if ((event.data as { type?: unknown } | null)?.type !== PREVIEW_READY) return;
      const message: PreviewData = { type: PREVIEW_DATA, dataset: storedDataset(chosen.dataset) };
      frame.postMessage(message, window.location.origin);
    };
    window.addEventListener('message', answer);
    return () => window.removeEventListener('message', answer);
  }, [chosen]);

  const show = () => {
    if (store.getState().history.present.articles.length === 0) {
      store.getState().notify(t.nothingToExport);
      return;
    }
    setHost((current) => current || siteRoot().href);
    setPackaging({ state: 'idle' });
    setCopied(null);
    setOpen(true);
    dialogRef.current?.showModal();
  };

  const refuse = (made: MadeDataset): made is Extract<MadeDataset, { ok: false }> => {
    if (made.ok) return false;
    store.getState().notify(`${t.dataInvalid} ${made.problems.slice(0, 3).join('; ')}`);
    return true;
  };

  const downloadData = () => {
    if (!chosen || refuse(chosen)) return;
    downloadFile({
      name: 'dalil.json',
      type: 'application/json',
      content: JSON.stringify(storedDataset(chosen.dataset)),
    });
  };

  const downloadSite = async () => {
    if (!chosen || refuse(chosen)) return;
    setPackaging({ state: 'busy' });
    const site = await fetchSite(siteRoot());
    if (!site.ok) {
      setPackaging({ state: 'failed', message: p.siteProblem[site.problem](site.detail) });
      return;
    }
    try {
      // The zip's code loads only when a site is packaged.
      const { siteFiles, zipSite } = await import('../project/site-package');
      const zip = zipSite(siteFiles(site.kit, site.built, chosen.dataset), new Date());
      const name = `dalil-site-${stamp()}.zip`;
      downloadFile({ name, type: 'application/zip', content: zip as Uint8Array<ArrayBuffer> });
      const size = new Intl.NumberFormat(language, {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      });
      setPackaging({ state: 'done', message: p.siteReady(name, size.format(zip.length / 1e6)) });
    } catch (error) {
      setPackaging({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const embedSrc = (() => {
    try {
      const url = new URL(host);
      url.search = `?embed=1&lang=${language}`;
      url.hash = '';
      return url.href;
    } catch {
      return '';
    }
  })();
  const code = embedSrc
    ? embedSnippet({ src: embedSrc, title: p.iframeTitle, height: clampHeight(height) })
    : '';
  const previewSrc = `${siteRoot().pathname}?preview=1&lang=${language}${kind === 'embed' ? '&embed=1' : ''}`;

  return (
    <>
      <button type="button" className="desk-button" aria-haspopup="dialog" onClick={show}>
        {p.open}
      </button>
      <dialog
        ref={dialogRef}
        className="desk-publish"
        aria-labelledby={`${ids}-title`}
        onClose={() => setOpen(false)}
      >
        <div className="desk-publish__head">
          <h2 id={`${ids}-title`}>{p.title}</h2>
          <button type="button" className="desk-button" onClick={() => dialogRef.current?.close()}>
            {p.close}
          </button>
        </div>
        {open && made && (
          <div className="desk-publish__body">
            <div className="desk-publish__choices">
              <fieldset>
                <legend>{p.evidence}</legend>
                {(['all', 'verified'] as const).map((option) => {
                  const n = counts(made[option]);
                  return (
                    <label key={option} className="desk-radio">
                      <input
                        type="radio"
                        name={`${ids}-evidence`}
                        checked={evidence === option}
                        onChange={() => setEvidence(option)}
                      />
                      {p[option](n?.places ?? 0, n?.claims ?? 0)}
                    </label>
                  );
                })}
              </fieldset>
              <fieldset>
                <legend>{p.previewAs}</legend>
                {(['page', 'embed'] as const).map((option) => (
                  <label key={option} className="desk-radio">
                    <input
                      type="radio"
                      name={`${ids}-kind`}
                      checked={kind === option}
                      onChange={() => setKind(option)}
                    />
                    {p[option]}
                  </label>
                ))}
                <label className="desk-radio">
                  <input type="checkbox" checked={phone} onChange={(e) => setPhone(e.target.checked)} />
                  {p.phone}
                </label>
              </fieldset>
            </div>
            {chosenCounts?.places === 0 && evidence === 'verified' ? (
              <p className="desk-publish__empty">{p.nothingVerified}</p>
            ) : (
              <div
                className={`desk-publish__stage desk-publish__stage--${kind}${phone ? ' desk-publish__stage--phone' : ''}`}
              >
                <iframe
                  key={`${kind}:${evidence}:${language}`}
                  ref={frameRef}
                  title={p.frame}
                  src={previewSrc}
                  className="desk-publish__frame"
                  style={kind === 'embed' ? { height: clampHeight(height) } : undefined}
                />
              </div>
            )}
            <section aria-labelledby={`${ids}-publishing`} className="desk-publish__section">
              <h3 id={`${ids}-publishing`}>{p.publishing}</h3>
              <div className="desk-publish__actions">
                <button type="button" className="desk-button" onClick={downloadData}>
                  {t.downloadData}
                </button>
                <button
                  type="button"
                  className="desk-button"
                  disabled={packaging.state === 'busy'}
                  onClick={() => void downloadSite()}
                >
                  {p.downloadSite}
                </button>
              </div>
              <p role="status" className={packaging.state === 'failed' ? 'desk-publish__problem' : undefined}>
                {packaging.state === 'busy'
                  ? p.packaging
                  : packaging.state === 'idle'
                    ? ''
                    : packaging.message}
              </p>
            </section>
            <section aria-labelledby={`${ids}-embed`} className="desk-publish__section">
              <h3 id={`${ids}-embed`}>{p.embedCode}</h3>
              <div className="desk-publish__fields">
                <div className="desk-field">
                  <label htmlFor={`${ids}-host`}>{p.hostAddress}</label>
                  <input
                    id={`${ids}-host`}
                    type="url"
                    dir="ltr"
                    value={host}
                    aria-describedby={`${ids}-host-hint`}
                    onChange={(e) => {
                      setHost(e.target.value);
                      setCopied(null);
                    }}
                  />
                  <p id={`${ids}-host-hint`} className="desk-publish__hint">
                    {p.hostHint}
                  </p>
                </div>
                <div className="desk-field">
                  <label htmlFor={`${ids}-height`}>{p.height}</label>
                  <input
                    id={`${ids}-height`}
                    type="number"
                    inputMode="numeric"
                    step={10}
                    value={height}
                    onChange={(e) => setHeight(e.target.valueAsNumber)}
                  />
                </div>
              </div>
              <label htmlFor={`${ids}-code`}>{p.embedCode}</label>
              <textarea
                id={`${ids}-code`}
                className="desk-publish__code"
                dir="ltr"
                lang="en"
                readOnly
                rows={6}
                value={code}
                onFocus={(e) => e.currentTarget.select()}
              />
              <div className="desk-publish__actions">
                <button
                  type="button"
                  className="desk-button"
                  disabled={!code}
                  onClick={() => void copyText(code).then(setCopied)}
                >
                  {p.copy}
                </button>
                <span role="status">{copied === null ? '' : copied ? p.copied : p.copyFailed}</span>
              </div>
            </section>
          </div>
        )}
      </dialog>
    </>
  );
}
