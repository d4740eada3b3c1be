import { useId } from 'react';
import { readProjectFile, writeProjectFile } from '../../../geo/corrections/project-file';
import { downloadFile } from '../../platform/download-file';
import { PublishDialog } from './PublishDialog';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

const stamp = () => new Date().toISOString().slice(0, 10);

/** The desk's bar: who signs, undo and redo, the project in and out, preview and publish, the language. */
export function DeskHeader() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const editor = useDesk((state) => state.editor);
  const canUndo = useDesk((state) => state.history.past.length > 0);
  const canRedo = useDesk((state) => state.history.future.length > 0);
  const language = useDesk((state) => state.language);
  const id = useId();

  const downloadProject = () =>
    downloadFile({
      name: `dalil-project-${stamp()}.json`,
      type: 'application/json',
      content: writeProjectFile(store.getState().history.present),
    });

  const openProject = async (file: File) => {
    const read = readProjectFile(file.name, await file.text());
    if (!read.ok) {
      store.getState().notify(read.problem);
      return;
    }
    store.getState().replaceProject(read.project);
    store.getState().notify(t.projectOpened(file.name));
  };

  return (
    <header className="desk-header">
      <h1 className="desk-header__title">{t.title}</h1>
      <div className="desk-field desk-field--inline">
        <label htmlFor={`${id}-editor`}>{t.editorName}</label>
        <input
          id={`${id}-editor`}
          dir="auto"
          value={editor}
          maxLength={100}
          onChange={(e) => store.getState().setEditor(e.target.value)}
        />
      </div>
      <div className="desk-header__actions">
        <button
          type="button"
          className="desk-button"
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
        >
          {t.undo}
        </button>
        <button
          type="button"
          className="desk-button"
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
        >
          {t.redo}
        </button>
        <button type="button" className="desk-button" onClick={downloadProject}>
          {t.downloadProject}
        </button>
        <label className="desk-button">
          {t.openProject}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openProject(file);
            }}
          />
        </label>
        <PublishDialog />
        <a className="desk-button" href={`../?lang=${language}`}>
          {t.toMap}
        </a>
        <button
          type="button"
          className="desk-button"
          lang={language === 'ar' ? 'en' : 'ar'}
          aria-label={t.otherLanguage}
          onClick={() => store.getState().setLanguage(language === 'ar' ? 'en' : 'ar')}
        >
          {t.otherLanguageName}
        </button>
      </div>
    </header>
  );
}
