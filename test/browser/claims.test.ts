/**
 * The reader's half: what each quote reports and who says so, denials shown as denials, movement arcs,
 * and the filters and timeline narrowing all of it, in the address too. Each state is also pictured
 * (test/artifacts/, not committed) in both languages at phone and desktop width.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../geo/contract';
import { artifactPath } from './artifacts';
import { AXE_SWEEP_LIMIT, axeViolations } from './axe';
import { NARROW, WIDE } from './chromium';
import { builtDataset } from './dist-files';
import { waitForMarkers, waitForStillness } from './map-actions';
import { useBrowser } from './use-browser';

const AIRBASE = 'hmeimim-air-base';
const browser = useBrowser();

const claims = (): Claim[] => builtDataset().claims ?? [];
const isMovement = (c: Claim) => c.from !== null && c.to !== null && c.from !== c.to;

const open = (query = '', viewport = WIDE) => browser.openApp(query, { viewport });

const arcCount = (page: Page) => page.locator('path.movement-arc').count();
/** The places on the map, on markers of their own or in clusters (map-reading checks the two agree). */
const markerCount = async (page: Page) =>
  Number(await page.locator('.filter-count').getAttribute('data-places'));
const shownCount = async (page: Page) =>
  Number(await page.locator('.filter-count').getAttribute('data-shown'));

describe('claims, arcs and filters', () => {
  it('draws an arc for each movement the seeds report, and only those the filters leave', async () => {
    const { page, errors } = await open();
    const movements = claims().filter(isMovement);
    expect(movements.length).toBeGreaterThan(0);
    expect(await arcCount(page)).toBe(movements.length);
    // Each arc is also named in words, on its focusable arrowhead.
    expect(await page.locator('.movement-head[aria-label]').count()).toBe(movements.length);
    await page.goto(`${browser.baseUrl}?claimant=us-officials`);
    await waitForMarkers(page);
    const fromUsOfficials = movements.filter((c) => c.claimant?.id === 'us-officials');
    await expect.poll(() => arcCount(page)).toBe(fromUsOfficials.length);
    expect(errors).toEqual([]);
  });

  it('shows in the air base popup a reported claim and a denial, each with who says so', async () => {
    const { page } = await open(`?lang=en&place=${AIRBASE}`);
    const popup = page.locator(`.leaflet-popup .place-popup[data-place-id="${AIRBASE}"]`);
    await popup.waitFor();
    const reported = popup.locator('.claim[data-stance="reported"]').first();
    const denied = popup.locator('.claim[data-stance="denied"]').first();
    expect(await reported.locator('.claim__chip--claimant').textContent()).toMatch(/\S/);
    expect(await denied.locator('.claim__chip--stance').textContent()).toContain('Denied');
    const deniedId = await denied.getAttribute('data-claim-id');
    const deniedClaim = claims().find((c) => c.id === deniedId);
    expect(deniedClaim?.stance).toBe('denied');
    const who = deniedClaim!.claimant!.name?.en ?? deniedClaim!.claimant!.text;
    expect(await denied.locator('.claim__chip--claimant').textContent()).toContain(who);
  });

  it('shows every denial of the seeds as a denial, labelled نفي', async () => {
    const { page } = await open();
    await page.locator('.list-toggle').click();
    const denials = claims().filter((c) => c.stance === 'denied');
    expect(denials.length).toBeGreaterThan(2);
    for (const denial of denials) {
      const shown = page.locator(`.place-list .claim[data-claim-id="${denial.id}"]`).first();
      expect(await shown.getAttribute('data-stance'), denial.id).toBe('denied');
      expect(await shown.locator('.claim__chip--stance').textContent()).toContain('نفي');
    }
  });

  it('changes the count "N of M" when an activity kind is unchecked', async () => {
    const { page } = await open('?lang=en');
    await page.locator('.filters-toggle').click();
    expect(await shownCount(page)).toBe(claims().length);
    await page.getByRole('checkbox', { name: 'Diplomacy' }).uncheck();
    const left = claims().filter((c) => c.activities.some((kind) => kind !== 'diplomacy')).length;
    await expect.poll(() => shownCount(page)).toBe(left);
    expect(await page.locator('.filter-count').textContent()).toContain(`${left} of ${claims().length}`);
    expect(page.url()).toContain('kinds=');
  });

  it('narrows the markers with the timeline, from the keyboard', async () => {
    const { page } = await open('?lang=en');
    await page.locator('.filters-toggle').click();
    const before = await markerCount(page);
    const to = page.getByRole('slider', { name: 'To' });
    await to.focus();
    await page.keyboard.press('Home');
    const first = claims()
      .map((c) => c.eventDate ?? c.published)
      .sort()[0]!;
    await expect
      .poll(() => shownCount(page))
      .toBe(claims().filter((c) => (c.eventDate ?? c.published) <= first).length);
    expect(await markerCount(page)).toBeLessThan(before);
    expect(page.url()).toContain(`to=${first}`);
  });

  it('restores the filters from the address', async () => {
    const query = '?lang=en&kinds=air,ground&stance=reported,denied&claimant=us-officials&actors=1';
    const { page } = await open(query);
    await page.locator('.filters-toggle').click();
    expect(await page.getByRole('checkbox', { name: 'Air', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Naval' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Denied/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Planned/ }).isChecked()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Who says so' }).inputValue()).toBe('us-officials');
    expect(await page.locator('.filter-option--switch input').isChecked()).toBe(true);
    const expected = claims().filter(
      (c) =>
        c.activities.some((kind) => kind === 'air' || kind === 'ground') &&
        (c.stance === 'reported' || c.stance === 'denied') &&
        c.claimant?.id === 'us-officials',
    );
    expect(await shownCount(page)).toBe(expected.length);
    await page.locator('.filters-panel__reset').click();
    await expect.poll(() => shownCount(page)).toBe(claims().length);
    expect(page.url()).not.toContain('kinds=');
  });

  for (const language of ['ar', 'en'] as const) {
    for (const viewport of [NARROW, WIDE]) {
      const name = `claims-${language}-${viewport.width}`;
      it(
        `has no axe violations in ${language} at ${viewport.width} px: filters, a movement, a popup`,
        { timeout: AXE_SWEEP_LIMIT },
        async () => {
          const { page, errors } = await open(`?lang=${language}`, viewport);
          await page.screenshot({ path: artifactPath(`${name}-arcs.png`) });
          await page.locator('.filters-toggle').click();
          await page.locator('.filters-panel').waitFor();
          await page.screenshot({ path: artifactPath(`${name}-filters.png`) });
          expect(await axeViolations(page), `${name}-filters`).toEqual([]);
          await page.keyboard.press('Escape');
          await page.locator('.filters-panel').waitFor({ state: 'hidden' });

          await page.locator('.movement-head').first().focus();
          await page.keyboard.press('Enter');
          await page.locator('.movement-popup').waitFor();
          await waitForStillness(page);
          await page.screenshot({ path: artifactPath(`${name}-movement.png`) });
          expect(await axeViolations(page), `${name}-movement`).toEqual([]);
          await page.keyboard.press('Escape');

          await page.goto(`${browser.baseUrl}?lang=${language}&place=${AIRBASE}`);
          await page.locator('.place-popup').waitFor();
          await page.locator('.place-popup .claim--denied').first().scrollIntoViewIfNeeded();
          await waitForStillness(page);
          await page.screenshot({ path: artifactPath(`${name}-popup.png`) });
          expect(await axeViolations(page), `${name}-popup`).toEqual([]);
          expect(errors).toEqual([]);
        },
      );
    }
  }
});
