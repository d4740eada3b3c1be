import { useStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';

/** True once the articles, mentions and claims are at hand (a summary's evidence file, schema 8, has come). */
export function useEvidenceReady(): boolean {
  return useDalil((state) => state.evidence.status === 'ready');
}

/**
 * Says that the evidence is on its way, or why it could not be had, in place of what needs it (a place's
 * quotes, the filters, the list); nothing once it is at hand. Asking again (reopening) tries again.
 */
export function EvidenceStatus() {
  const t = useStrings();
  const evidence = useDalil((state) => state.evidence);
  if (evidence.status === 'ready') return null;
  if (evidence.status === 'failed')
    return (
      <div className="evidence-status evidence-status--failed" role="alert">
        <p>{t.datasetUnreachable}</p>
        <ul dir="ltr" lang="en">
          {evidence.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <p className="evidence-status" role="status" aria-busy="true">
      {t.loading}
    </p>
  );
}
