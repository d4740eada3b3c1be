import { useStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';
import { SetAsideNotice } from './SetAsideNotice';

/**
 * Says in words what the map cannot show: data still loading, data that failed (with every problem
 * listed, so an editor can fix the file), a missing base map, articles set aside.
 */
export function LoadStatus() {
  const t = useStrings();
  const status = useDalil((state) => state.status);
  const error = useDalil((state) => state.error);
  const basemapFailed = useDalil((state) => state.basemapStatus === 'failed');
  const labelsFailed = useDalil((state) => state.labelsFailed);

  if (status === 'loading' || status === 'idle') {
    return (
      <p className="load-status load-status--loading" role="status">
        {t.loading}
      </p>
    );
  }
  if (status === 'failed' && error) {
    return (
      <div className="load-status load-status--error" role="alert">
        <p className="load-status__headline">
          {error.kind === 'unreachable' ? t.datasetUnreachable : t.datasetInvalid}
        </p>
        <ul className="load-status__problems" dir="ltr" lang="en">
          {(error.kind === 'unreachable' ? [error.detail] : error.problems).map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="load-notices">
      {basemapFailed && (
        <p className="load-status load-status--notice" role="status">
          {t.basemapMissing}
        </p>
      )}
      {labelsFailed && !basemapFailed && (
        <p className="load-status load-status--notice" role="status">
          {t.labelsMissing}
        </p>
      )}
      <SetAsideNotice />
    </div>
  );
}
