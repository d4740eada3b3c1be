import { useState } from 'react';
import { setAsideNotice } from '../../i18n/evidence-count';
import { CloseButton } from '../common/CloseButton';
import { useDalil } from '../hooks/use-dalil';
import { useStrings } from '../hooks/use-strings';

/**
 * Says that articles were set aside because their evidence does not match their text (the rest is on
 * the map), with the articles and the problems on demand for the editor who has to fix them.
 */
export function SetAsideNotice() {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  const quarantined = useDalil((state) => state.quarantined);
  const [dismissed, setDismissed] = useState(false);
  if (quarantined.length === 0 || dismissed) return null;
  return (
    <div className="load-status load-status--notice set-aside" role="status">
      <div className="set-aside__head">
        <p className="load-status__headline">{setAsideNotice(quarantined.length, language)}</p>
        <CloseButton label={t.closeNotice} onClick={() => setDismissed(true)} />
      </div>
      <details>
        <summary>{t.quarantineDetails}</summary>
        <ul className="load-status__problems">
          {quarantined.map(({ articleId, title, problems }) => (
            <li key={articleId}>
              <span dir="auto">{title ?? articleId}</span>
              <ul dir="ltr" lang="en">
                {problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
