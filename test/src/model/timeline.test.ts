import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../geo/contract';
import { NO_FILTERS } from '../../../src/model/filters';
import { addDays, timelineOf } from '../../../src/model/timeline';

const claim = (published: string, eventDate: string | null = null, stance = 'reported') =>
  ({ activities: ['air'], stance, claimant: null, articleId: 'a', published, eventDate }) as unknown as Claim;

describe('timelineOf', () => {
  it('gives no days for no claims', () => {
    expect(timelineOf([], NO_FILTERS)).toEqual({ days: [], peak: 1 });
  });

  it('lays out every day from the first to the last, counting claims by event date', () => {
    const { days, peak } = timelineOf(
      [claim('2015-09-11'), claim('2015-09-13', '2015-09-10'), claim('2015-09-13')],
      NO_FILTERS,
    );
    expect(days.map((d) => [d.date, d.count])).toEqual([
      ['2015-09-10', 1],
      ['2015-09-11', 1],
      ['2015-09-12', 0],
      ['2015-09-13', 1],
    ]);
    expect(peak).toBe(1);
  });

  it('keeps its axis under other filters, and counts only what they leave', () => {
    const { days } = timelineOf([claim('2015-09-10'), claim('2015-09-12', null, 'denied')], {
      ...NO_FILTERS,
      stances: ['denied'],
    });
    expect(days.map((d) => d.count)).toEqual([0, 0, 1]);
  });

  it('marks the days inside the range', () => {
    const { days } = timelineOf([claim('2015-09-10'), claim('2015-09-12')], {
      ...NO_FILTERS,
      from: '2015-09-11',
    });
    expect(days.map((d) => d.inRange)).toEqual([false, true, true]);
  });

  it('adds days across a month’s end in UTC', () => {
    expect(addDays('2015-09-30', 1)).toBe('2015-10-01');
  });
});
