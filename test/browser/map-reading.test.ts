/**
 * The map read at the theatre's scale: where it opens, clusters that open to their places, targets that
 * never crowd each other, names that never cover each other, a link to a place framed on it, and one
 * count of places everywhere.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EMBED_STRINGS } from '../../src/i18n/embed-strings';
import { parseAddress } from '../../src/address/codec';
import { AXE_SWEEP_LIMIT, axeViolations } from './axe';
import { NARROW, WIDE, type Viewport } from './chromium';
import { builtDataset, placeOf } from './dist-files';
import { markerOf, waitForMarkers, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const browser = useBrowser();

const SITES = ['latakia', 'hmeimim-air-base', 'tartus-naval-facility', 'syria'];
/** Zoom levels checked: the world, the region, the theatre, the coast, a town and its base. */
const THEATRE_ZOOMS = [1, 3, 5, 6, 7, 8, 9, 11];
/** WCAG 2.2 target size (AA): no two targets closer than this, centre to centre, nor overlapping. */
const MIN_SPACING = 24;

interface Rect {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of every marker, cluster and arrowhead drawn and on screen. */
function targets(page: Page): Promise<Rect[]> {
  return page.locator('.leaflet-marker-icon').evaluateAll((elements) =>
    elements
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? '';
        return { name, x: r.x, y: r.y, width: r.width, height: r.height };
      })
      .filter((r) => r.x + r.width > 0 && r.y + r.height > 0 && r.x < innerWidth && r.y < innerHeight),
  );
}

/** The boxes of the names shown on the map, places' and the base map's. */
function labels(page: Page): Promise<Rect[]> {
  return page.locator('.map-label').evaluateAll((elements) =>
    elements
      .filter((el) => !(el as HTMLElement).hidden && !el.closest('.map-labels--moving'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const centreDistance = (a: Rect, b: Rect) =>
  Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2);

/** Pairs of targets that crowd each other, named, for a readable failure. */
function crowded(rects: Rect[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const [a, b] = [rects[i]!, rects[j]!];
      if (overlap(a, b) || centreDistance(a, b) < MIN_SPACING) pairs.push(`${a.name} | ${b.name}`);
    }
  return pairs;
}

/** Pairs of names that cover each other, and names that cover a target. */
function collisions(names: Rect[], marks: Rect[]): string[] {
  const found: string[] = [];
  names.forEach((a, i) => {
    for (const b of names.slice(i + 1)) if (overlap(a, b)) found.push(`${a.name} | ${b.name}`);
    for (const m of marks) if (overlap(a, m)) found.push(`${a.name} over ${m.name}`);
  });
  return found;
}

/** The zoom the address records (a move by the reader writes it); -1 while the map frames itself. */
function zoomOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const view = new URLSearchParams(location.search).get('view');
    return view ? Number(view.split(',')[2]) : -1;
  });
}

/** The box of the marker that shows a place now: its own, or the cluster that holds it. */
async function boxShowing(page: Page, placeId: string) {
  const own = markerOf(page, placeId);
  const marker = (await own.count()) > 0 ? own : page.locator(`.place-cluster[data-place-ids~="${placeId}"]`);
  return marker.boundingBox();
}

describe('the map at the theatre', () => {
  for (const viewport of [WIDE, NARROW] as Viewport[]) {
    it(`opens at ${viewport.width} px on the sites, with the places outside the view one click away`, async () => {
      const { page, errors } = await browser.openApp('?lang=en', { viewport });
      await waitForStillness(page);
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      for (const id of SITES) {
        const box = await boxShowing(page, id);
        expect(box, id).not.toBeNull();
        expect(box!.x, id).toBeGreaterThanOrEqual(map.x);
        expect(box!.x + box!.width, id).toBeLessThanOrEqual(map.x + map.width);
        expect(box!.y, id).toBeGreaterThanOrEqual(map.y);
        expect(box!.y + box!.height, id).toBeLessThanOrEqual(map.y + map.height);
      }
      // Not the world: the Pentagon (a venue named once) is left out of the view, and listed.
      const away =
        (await markerOf(page, 'pentagon').count()) > 0
          ? await markerOf(page, 'pentagon').boundingBox()
          : null;
      expect(away === null || away.x + away.width < map.x || away.x > map.x + map.width).toBe(true);
      const pentagon = placeOf(builtDataset(), 'pentagon').properties.name.en;
      const outside = page.locator('.outside-view');
      if (viewport === NARROW) await outside.getByText(/Outside the view/).click();
      await outside.getByRole('button', { name: pentagon, exact: true }).click();
      await expect.poll(() => markerOf(page, 'pentagon').boundingBox()).not.toBeNull();
      await waitForStillness(page);
      const box = (await markerOf(page, 'pentagon').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
      expect(errors).toEqual([]);
    });
  }

  it('opens a cluster to its places with a click, and from the keyboard with focus on the first', async () => {
    const { page } = await browser.openApp('?lang=en');
    await waitForStillness(page);
    const latakia = placeOf(builtDataset(), 'latakia').properties.name.en;
    const cluster = page.getByRole('button', { name: new RegExp(`places: .*${latakia}`) });
    const ids = (await cluster.getAttribute('data-place-ids'))!.split(' ');
    expect(ids.length).toBeGreaterThan(1);
    expect(await cluster.textContent()).toBe(String(ids.length));
    const before = await zoomOf(page);
    await cluster.click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
    await waitForStillness(page);
    // Each of its places is now drawn on its own or in a smaller cluster.
    for (const id of ids) {
      const own = await markerOf(page, id).count();
      const smaller = await page
        .locator(`.place-cluster[data-place-ids~="${id}"]`)
        .evaluateAll(
          (els, count) =>
            els.filter((el) => (el as HTMLElement).dataset.placeIds!.split(' ').length < count).length,
          ids.length,
        );
      expect(own + smaller, id).toBe(1);
    }

    await page.reload();
    await waitForStillness(page);
    const again = page.getByRole('button', { name: new RegExp(`places: .*${latakia}`) });
    await again.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate((places) => {
          const el = document.activeElement as HTMLElement | null;
          const id = el?.dataset.placeId ?? el?.dataset.placeIds?.split(' ')[0];
          return (
            id !== undefined &&
            places.includes(id) &&
            !el!.matches('[data-place-ids="' + places.join(' ') + '"]')
          );
        }, ids),
      )
      .toBe(true);
  });

  for (const viewport of [WIDE, NARROW] as Viewport[]) {
    it(
      `keeps every target at least 24 px from the next and every name clear, from world to town zoom at ${viewport.width} px`,
      async () => {
        const { page } = await browser.openApp('?lang=en', { viewport });
        for (const zoom of THEATRE_ZOOMS) {
          // Centred between Latakia and its air base, where the seed data's places are thickest.
          await page.goto(`${browser.baseUrl}?lang=en&view=35.45,35.87,${zoom}`);
          await waitForMarkers(page);
          await waitForStillness(page);
          const marks = await targets(page);
          expect(marks.length, `zoom ${zoom}`).toBeGreaterThan(0);
          expect(crowded(marks), `zoom ${zoom}`).toEqual([]);
          expect(collisions(await labels(page), marks), `zoom ${zoom}`).toEqual([]);
          expect(await axeViolations(page, ['target-size']), `zoom ${zoom}`).toEqual([]);
        }
        // Eight page loads, each measured and checked by axe.
      },
      AXE_SWEEP_LIMIT,
    );
  }

  it('names the places drawn on their own beside their markers, in the interface language', async () => {
    const dataset = builtDataset();
    for (const language of ['ar', 'en'] as const) {
      const { page } = await browser.openApp(`?lang=${language}&place=hmeimim-air-base`);
      await waitForStillness(page);
      const names = await page.locator('.map-label--place:not([hidden])').allTextContents();
      expect(names).toContain(placeOf(dataset, 'hmeimim-air-base').properties.name[language]);
      for (const name of names)
        expect(dataset.places.features.some((f) => f.properties.name[language] === name)).toBe(true);
    }
  });

  it('names a place once: the base map leaves out the names of the places named beside their markers', async () => {
    for (const language of ['ar', 'en'] as const) {
      const { page } = await browser.openApp(`?lang=${language}`);
      await waitForStillness(page);
      const placeNames = await page.locator('.map-label--place:not([hidden])').allTextContents();
      const baseNames = await page
        .locator('.map-label:not(.map-label--place):not([hidden])')
        .allTextContents();
      expect(placeNames.length).toBeGreaterThan(0);
      expect(baseNames.length).toBeGreaterThan(0);
      expect(baseNames.filter((name) => placeNames.includes(name))).toEqual([]);
    }
  });

  it('keeps the element of a name still shown when the map is panned, and names each place once', async () => {
    const { page } = await browser.openApp('?lang=en');
    await waitForStillness(page);
    const names = page.locator('.map-label--place');
    await names.evaluateAll((elements) => elements.forEach((el) => el.classList.add('before-the-pan')));
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width / 2 + 40, map.y + map.height / 2 + 20, { steps: 5 });
    await page.mouse.up();
    await waitForStillness(page);
    expect(await page.locator('.map-label--place.before-the-pan').count()).toBeGreaterThan(0);
    const ids = await names.evaluateAll((elements) =>
      elements.map((el) => (el as HTMLElement).dataset.placeId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a link to a place', () => {
  it('frames its place apart from its neighbours, and the embed code writes that view', async () => {
    const { page, errors } = await browser.openApp('?lang=en&place=hmeimim-air-base');
    await waitForStillness(page);
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const box = (await markerOf(page, 'hmeimim-air-base').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    await page.getByRole('button', { name: EMBED_STRINGS.en.embed, exact: true }).click();
    const code = await page
      .getByRole('dialog', { name: EMBED_STRINGS.en.embedDialogTitle })
      .locator('textarea')
      .inputValue();
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    const view = parseAddress(new URL(src).search).view!;
    const [lng, lat] = placeOf(builtDataset(), 'hmeimim-air-base').geometry.coordinates;
    expect(view.zoom).toBeGreaterThanOrEqual(8);
    // The place is within the embedded view: a zoom-8 screen is some 5 degrees wide.
    expect(Math.abs(view.lat - lat)).toBeLessThan(2);
    expect(Math.abs(view.lng - lng)).toBeLessThan(3);
    expect(errors).toEqual([]);
  });
});

describe('the count of places', () => {
  it('is the same in the header, in the filters and on the map, with actors and context or without', async () => {
    // The whole world in view, so every place is drawn (away from the view, markers are not made).
    const { page } = await browser.openApp('?lang=en&view=20,0,1');
    const onMap = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].reduce(
          (n, el) =>
            n + (el.dataset.placeId ? 1 : el.dataset.placeIds ? el.dataset.placeIds.split(' ').length : 0),
          0,
        ),
      );
    const header = async () =>
      Number(/\d+/.exec((await page.locator('.app-header__counts').textContent())!)![0]);
    const filters = async () => Number(await page.locator('.filter-count').getAttribute('data-places'));
    await page.getByRole('button', { name: 'Filters' }).click();
    const sitesAndVenues = builtDataset().places.features.filter((f) =>
      f.properties.mentions.some((m) => m.role === 'site' || m.role === 'venue'),
    ).length;
    await expect.poll(header).toBe(sitesAndVenues);
    expect(await filters()).toBe(sitesAndVenues);
    expect(await onMap()).toBe(sitesAndVenues);
    await page.locator('.filter-option--switch input').check();
    const all = builtDataset().places.features.length;
    await expect.poll(header).toBe(all);
    expect(await filters()).toBe(all);
    await expect.poll(onMap).toBe(all);
  });
});
