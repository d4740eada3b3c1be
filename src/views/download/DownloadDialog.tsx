import { useId, useRef, useState } from 'react';
import type { ExportFormat } from '../../model/export/export-file';
import { isFiltering } from '../../model/filters';
import { downloadFile } from '../../platform/download-file';
import { loadExportBuilders } from '../../platform/load-export';
import { exportArticleIds } from '../../model/export/evidence-rows';
import { selectExportScope } from '../../store/claim-selectors';
import { useDalil, useDalilStore } from '../hooks/use-dalil';
import { useStrings } from '../hooks/use-strings';
import '../common/dialog.css';
import './download.css';

/**
 * Download what the map shows, as GeoJSON, CSV or W3C Web Annotations: a modal dialog with a button per
 * format (the browser's `<dialog>` keeps focus inside, closes on Escape, and gives focus back). The
 * builders' script loads only when a reader first asks for a file.
 */
export function DownloadDialog() {
  const t = useStrings();
  const store = useDalilStore();
  const ready = useDalil((state) => state.status === 'ready');
  const filtering = useDalil((state) => isFiltering(state.filters));
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = useId();
  /** Why the last download failed, or null. */
  const [failed, setFailed] = useState<string | null>(null);

  const formats: { format: ExportFormat; label: string; note: string }[] = [
    { format: 'geojson', label: t.downloadGeoJson, note: t.downloadGeoJsonNote },
    { format: 'csv', label: t.downloadCsv, note: t.downloadCsvNote },
    { format: 'annotations', label: t.downloadAnnotations, note: t.downloadAnnotationsNote },
  ];

  const download = async (format: ExportFormat) => {
    try {
      // A summary's evidence (schema 8) first: the places' mentions and the claims are in it.
      await store.getState().loadEvidence();
      const { evidence } = store.getState();
      if (evidence.status === 'failed') {
        setFailed(evidence.problems[0] ?? null);
        return;
      }
      // What is on screen when the reader asks: the map behind the dialog does not change meanwhile.
      const scope = selectExportScope(store.getState());
      if (!scope) return;
      const articleIds = exportArticleIds(scope.places);
      const [{ exportFile }] = await Promise.all([
        loadExportBuilders(),
        store.getState().loadTexts(articleIds),
      ]);
      const { texts, details, textProblems } = store.getState();
      // A file without some of its quotes would drop evidence unseen: the reader is told why instead.
      const missing = [...articleIds].find((id) => !texts.has(id));
      if (missing !== undefined) {
        setFailed(textProblems.get(missing)?.[0] ?? missing);
        return;
      }
      downloadFile(exportFile(format, { ...scope, texts, details }, new Date()));
      setFailed(null);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        disabled={!ready}
        onClick={() => dialogRef.current?.showModal()}
      >
        {t.download}
      </button>
      <dialog ref={dialogRef} className="dialog download-dialog" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`} className="dialog__title">
          {t.downloadTitle}
        </h2>
        <p>{t.downloadIntro}</p>
        {filtering && <p className="download-dialog__filtered">{t.downloadFiltered}</p>}
        <ul className="download-dialog__formats">
          {formats.map(({ format, label, note }) => (
            <li key={format}>
              <button type="button" className="download-dialog__format" onClick={() => void download(format)}>
                <span className="download-dialog__label">{label}</span>{' '}
                <span className="download-dialog__note">{note}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog__actions">
          <span role="status">
            {failed !== null && (
              <>
                {t.downloadFailed} <bdi>{failed}</bdi>
              </>
            )}
          </span>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t.closeDownload}
          </button>
        </div>
      </dialog>
    </>
  );
}
