import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

/** Whether the work is safe, how far the reading has got, and the messages for the editor. */
export function DeskStatus() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const save = useDesk((state) => state.save);
  const reading = useDesk((state) => state.reading);
  const readingError = useDesk((state) => state.readingError);
  const notices = useDesk((state) => state.notices);
  const trouble = save === 'unavailable' || save === 'full';
  return (
    <div className="desk-status">
      <p className={trouble ? 'desk-warning' : 'desk-status__save'} role={trouble ? 'alert' : 'status'}>
        {t.save[save]}
      </p>
      <p role="status" className="desk-status__reading">
        {reading && reading.total > 0 ? t.reading(reading.done, reading.total) : ''}
      </p>
      {readingError && (
        <p role="alert" className="desk-warning">
          {t.readingFailed(readingError)}
        </p>
      )}
      {notices.length > 0 && (
        <ul className="desk-notices" aria-live="polite">
          {notices.map((notice, k) => (
            <li key={k}>
              <bdi>{notice}</bdi>
              <button
                type="button"
                className="desk-button desk-button--quiet"
                onClick={() => store.getState().dismissNotice(k)}
              >
                {t.dismiss}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
