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
        <DaySlider
          id={`${id}-from`}
          label={t.timelineFrom}
          last={last}
          value={fromIndex}
          valueText={long(fromIndex)}
          onChange={(index) => setTimeRange(dayAt(Math.min(index, toIndex)), dayAt(toIndex))}
        />
        <DaySlider
          id={`${id}-to`}
          label={t.timelineTo}
          last={last}
          value={toIndex}
          valueText={long(toIndex)}
          onChange={(index) => setTimeRange(dayAt(fromIndex), dayAt(Math.max(index, fromIndex)))}
        />
      </div>
    </section>
  );
}

interface DaySliderProps {
  id: string;
  label: string;
  /** The index of the axis's last day; the slider runs over the days 0..last. */
  last: number;
  value: number;
  /** The day in words, read out by screen readers and shown beside the slider. */
  valueText: string;
  onChange: (index: number) => void;
}

/** One end of the date range: a slider over the axis's days, keyboard-operable, with its day in words. */
function DaySlider({ id, label, last, value, valueText, onChange }: DaySliderProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={last}
        step={1}
        value={value}
        aria-valuetext={valueText}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id}>{valueText}</output>
    </>
  );
}
