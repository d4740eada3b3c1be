import { useId } from 'react';
import { useClaimStrings } from '../hooks/use-strings';
import { formatPublished } from '../../i18n/format-date';
import { formatCount } from '../../i18n/locale';
import { selectTimeline } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { formatDay } from '../../i18n/format-day';
import './timeline.css';

/**
 * Claims per day as bars, and the range of days shown, set with two sliders (keyboard: arrows, Home,
 * End). In Arabic both the bars and the sliders run from right to left, as the page does.
 */
export function Timeline() {
  const t = useClaimStrings();
  const id = useId();
  const language = useDalil((state) => state.language);
  const { days, peak } = useDalil(selectTimeline);
  const setTimeRange = useDalil((state) => state.setTimeRange);
  if (days.length === 0) return null;
  const last = days.length - 1;
  const firstIn = Math.max(
    0,
    days.findIndex((d) => d.inRange),
  );
  const lastIn = days.findLastIndex((d) => d.inRange);
  const [fromIndex, toIndex] = lastIn === -1 ? [0, last] : [firstIn, lastIn];
  const dayAt = (i: number) => days[Math.min(Math.max(i, 0), last)]!.date;
  const long = (i: number) => formatPublished(dayAt(i), language);
  const withClaims = days.filter((d) => d.count > 0);
  return (
    <section className="timeline" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="timeline__title">
        {t.timelineTitle}
      </h3>
      <ol className="timeline__bars" aria-hidden="true">
        {days.map((day) => (
          <li
            key={day.date}
            className={`timeline__day${day.inRange ? ' is-in-range' : ''}`}
            title={t.dayCount(formatPublished(day.date, language), formatCount(day.count, language))}
          >
            <span className="timeline__bar" style={{ height: `${(day.count / peak) * 100}%` }} />
          </li>
        ))}
      </ol>
      <p className="timeline__axis" aria-hidden="true">
        <span>{formatDay(days[0]!.date, language)}</span>
        <span>{formatDay(days[last]!.date, language)}</span>
      </p>
      <p className="visually-hidden">
        {withClaims
          .map((d) => t.dayCount(formatPublished(d.date, language), formatCount(d.count, language)))
          .join(language === 'ar' ? '؛ ' : '; ')}
      </p>
      <div className="timeline__range">
        <label htmlFor={`${id}-from`}>{t.timelineFrom}</label>
        <input
          id={`${id}-from`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={fromIndex}
          aria-valuetext={long(fromIndex)}
          onChange={(event) =>
            setTimeRange(dayAt(Math.min(Number(event.target.value), toIndex)), dayAt(toIndex))
          }
        />
        <output htmlFor={`${id}-from`}>{long(fromIndex)}</output>
        <label htmlFor={`${id}-to`}>{t.timelineTo}</label>
        <input
          id={`${id}-to`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={toIndex}
          aria-valuetext={long(toIndex)}
          onChange={(event) =>
            setTimeRange(dayAt(fromIndex), dayAt(Math.max(Number(event.target.value), fromIndex)))
          }
        />
        <output htmlFor={`${id}-to`}>{long(toIndex)}</output>
      </div>
    </section>
  );
}
