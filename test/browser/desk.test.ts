/**
 * The desk, walked as an editor walks it: paste an article, correct its places (reject, re-resolve, add a
 * missed one by selecting its words and placing it by hand), reload, undo, and take the work away as a
 * project file and as the map's data, which the contract accepts. Nothing leaves the site's origin.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../geo/contract';
import { axeViolations } from './axe';
import { builtDataset } from './dist-files';
import { useBrowser } from './use-browser';

const browser = useBrowser();

const TEXT =
  'The Latakia sailed from Tartus to Tripoli on Monday. Jets landed at Latakia. Troops moved to the village of Ain al-Bayda.';

async function pasteArticle(page: Page) {
  await page.getByLabel('Article text').fill(TEXT);
  await page.getByLabel('Title').fill('Ships and jets');
  await page.getByLabel('Published').fill('2015-09-20');
  expect(await page.getByLabel('Language').inputValue()).toBe('en');
  await page.getByRole('button', { name: 'Add the article' }).click();
  await page.getByRole('button', { name: 'Tartus (Automatic)' }).waitFor();
}

/** Selects `words` in the article's text as a mouse would, and lets go of the button. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const body = document.querySelector('.desk-text__body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`no "${wanted}" in the text`);
  }, words);
}

async function downloadBytes(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path());
}

async function download(page: Page, button: string): Promise<string> {
  return (await downloadBytes(page, button)).toString('utf8');
}

/** The map's data as the Preview and publish dialog downloads it, with all the evidence. */
async function publishedData(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Preview and publish' }).click();
  const data = await download(page, 'Download the map’s data');
  // Closed as a keyboard user closes it (its Close button is clicked in desk-publish.test.ts).
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  return data;
}

describe('the desk', () => {
  it('takes an article from paste to corrected, saved, undoable and published data, all on its own origin', async () => {
    const { page, requests, errors } = await browser.open('desk/?lang=en');
    await page.getByText('Saved in this browser').waitFor();
    await page.getByLabel('Your name (signs your decisions)').fill('Rana');
    await pasteArticle(page);

    // A ship named like a town: not a place here.
    await page.getByRole('button', { name: 'Latakia (Automatic)' }).first().click();
    await page.getByLabel('What is it?').selectOption('ship');
    await page.getByRole('button', { name: 'Not a place here' }).click();
    await page.getByRole('button', { name: 'Latakia (Unresolved)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Latakia (Automatic)' }).count()).toBe(1);

    // Tripoli in Lebanon, not Libya: another of the gazetteer's candidates, each with why.
    await page.getByRole('button', { name: 'Tripoli (Automatic)' }).click();
    await expect
      .poll(() => page.locator('.desk-choices__why').allTextContents())
      .toContain('named "Tripoli": a town of 229,398 people in LB');
    await page.getByRole('button', { name: 'Choose Tripoli' }).nth(1).click();
    await page.getByRole('button', { name: 'Tripoli (Corrected)' }).waitFor();

    // A village the reading missed: its words selected, placed by hand.
    await selectWords(page, 'Ain al-Bayda');
    await page.getByRole('button', { name: 'These words are a place: Ain al-Bayda' }).click();
    await page.getByText('No gazetteer place has this name.').waitFor();
    await page.getByText('Place it by hand').click();
    await page.getByLabel('Name in Arabic').fill('عين البيضا');
    await page.getByLabel('Name in English').fill('Ain al-Bayda');
    await page.getByLabel('Latitude').fill('35.58');
    await page.getByLabel('Longitude').fill('35.93');
    await page.getByRole('button', { name: 'Place it' }).click();
    await page.getByRole('button', { name: 'Ain al-Bayda (Corrected)' }).waitFor();

    // Undo takes back the last decision, redo makes it again.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ain al-Bayda (Corrected)' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByRole('button', { name: 'Ain al-Bayda (Corrected)' }).waitFor();

    // Everything is still there after a reload.
    await page.reload();
    await page.getByRole('button', { name: 'Ain al-Bayda (Corrected)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tripoli (Corrected)' }).count()).toBe(1);
    expect(await page.getByLabel('Your name (signs your decisions)').inputValue()).toBe('Rana');
    // Undo and redo reach back past the reload.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ain al-Bayda (Corrected)' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByRole('button', { name: 'Ain al-Bayda (Corrected)' }).waitFor();

    // The project file holds the three decisions, signed.
    const project = JSON.parse(await download(page, 'Download project')) as {
      corrections: { action: string; by: string }[];
    };
    expect(project.corrections.map((c) => [c.action, c.by])).toEqual([
      ['reject', 'Rana'],
      ['resolve', 'Rana'],
      ['place', 'Rana'],
    ]);

    // The map's data passes the contract: every quote a verbatim slice of its article.
    const data = parseDataset(JSON.parse(await publishedData(page)));
    expect(data.ok).toBe(true);
    const places = data.ok ? data.dataset.places.features : [];
    const village = places.find((f) => f.properties.id.startsWith('hand-ain-al-bayda'));
    expect(village?.geometry.coordinates).toEqual([35.93, 35.58]);
    expect(village?.properties.mentions[0]?.review?.state).toBe('corrected');
    expect(places.find((f) => f.properties.id === 'tripoli-lb')).toBeDefined();

    expect(requests.every((url) => url.startsWith(browser.baseUrl) || url.startsWith('blob:'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('corrects a claim: its stance set by the editor, a claim the article does not make deleted', async () => {
    const { page } = await browser.open('desk/?lang=en');
    await page
      .getByLabel('Article text')
      .fill('قال مسؤولون أمريكيون إن روسيا أرسلت طائرات مقاتلة إلى اللاذقية. ونفت موسكو ذلك.');
    await page.getByRole('button', { name: 'Add the article' }).click();
    const claims = page
      .getByRole('region', { name: 'What the article reports' })
      .or(page.locator('.desk-claims'));
    const stances = claims.getByLabel('Stance');
    await stances.first().waitFor();
    const before = await stances.count();
    expect(before).toBeGreaterThanOrEqual(2);
    await stances.first().selectOption('speculative');
    await claims.getByText('Corrected by an editor').waitFor();
    expect(await stances.first().inputValue()).toBe('speculative');
    await claims.getByRole('button', { name: 'Not a claim: delete it' }).last().click();
    await expect.poll(() => stances.count()).toBe(before - 1);

    const data = parseDataset(JSON.parse(await publishedData(page)));
    const read = data.ok ? (data.dataset.claims ?? []) : [];
    expect(read).toHaveLength(before - 1);
    expect(read[0]?.stance).toBe('speculative');
    expect(read[0]?.review?.state).toBe('corrected');
  });

  it('corrects a claim field by field, and adds a claim the reading missed', async () => {
    const { page } = await browser.open('desk/?lang=en');
    const missed = 'وشوهدت شاحنات كثيرة على الطريق إلى طرطوس';
    await page
      .getByLabel('Article text')
      .fill(`قال مسؤولون أمريكيون إن روسيا أرسلت طائرات مقاتلة إلى اللاذقية. ونفت موسكو ذلك. ${missed}.`);
    await page.getByRole('button', { name: 'Add the article' }).click();
    const claims = page.locator('.desk-claims');
    const stances = claims.getByLabel('Stance');
    await expect.poll(() => stances.count()).toBe(2);

    const claim = claims.locator('.desk-claims__item').first();
    await claim.getByText('Activities, who says so, from and to, date').click();
    await claim.getByRole('checkbox', { name: 'Ground' }).check();
    await claim.getByLabel('Their words, as the sentence writes them').fill('مسؤولون روس');
    await claim.getByRole('button', { name: 'Set who says so' }).click();
    await claim.getByText('These words are not in the claim’s sentence.').waitFor();
    await claim.getByLabel('Their words, as the sentence writes them').fill('مسؤولون أمريكيون');
    await claim.getByRole('button', { name: 'Set who says so' }).click();
    await claim.getByText('Who says so: مسؤولون أمريكيون').waitFor();
    await claim.getByLabel('To').selectOption({ label: 'Latakia' });
    await claim.getByLabel('Date of the event').fill('2015-09-18');
    await expect.poll(() => claim.getByLabel('Date of the event').inputValue()).toBe('2015-09-18');

    // A sentence the reading did not take for a claim: its words found, and made one.
    await page.getByLabel('Or type the words of the place, as the text writes them').fill(missed);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'These words are a claim' }).click();
    await expect.poll(() => stances.count()).toBe(3);

    const data = parseDataset(JSON.parse(await publishedData(page)));
    if (!data.ok) throw new Error(data.problems.join('\n'));
    const [first, , added] = data.dataset.claims ?? [];
    expect(first?.activities).toContain('ground');
    expect(first?.claimant?.text).toBe('مسؤولون أمريكيون');
    expect(first?.to).toBe('latakia');
    expect(first?.eventDate).toBe('2015-09-18');
    expect(first?.review?.state).toBe('corrected');
    expect(added?.clause.text).toBe(missed);
    expect(added?.places.map((p) => p.placeId)).toEqual(['tartus']);
    expect(added?.review?.state).toBe('corrected');
  });

  it('adds a place the reading missed by keyboard alone: its words typed, found in the text, placed by hand', async () => {
    const { page } = await browser.open('desk/?lang=en');
    await pasteArticle(page);
    const find = page.getByLabel('Or type the words of the place, as the text writes them');

    // Words that stand twice: each is offered with its context, and the one chosen is the one decided on.
    await find.focus();
    await page.keyboard.type('Latakia');
    await page.keyboard.press('Enter');
    await page.getByText('They stand 2 times in the text: choose which.').waitFor();
    await page.getByRole('button', { name: /Jets landed at Latakia/ }).focus();
    await page.keyboard.press('Enter');
    const mentions = page.getByRole('button', { name: /^Latakia \(/ });
    await expect.poll(() => mentions.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await mentions.first().getAttribute('aria-pressed')).toBe('false');

    await find.fill('');
    await find.focus();
    await page.keyboard.type('Ain al-Bayda');
    await page.keyboard.press('Enter');
    await page.getByText('No gazetteer place has this name.').waitFor();
    await page.getByText('Place it by hand').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Name in Arabic').focus();
    await page.keyboard.type('عين البيضا');
    await page.getByLabel('Name in English').focus();
    await page.keyboard.type('Ain al-Bayda');
    await page.getByLabel('Latitude').focus();
    await page.keyboard.type('35.58');
    await page.getByLabel('Longitude').focus();
    await page.keyboard.type('35.93');
    await page.getByRole('button', { name: 'Place it' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ain al-Bayda (Corrected)' }).waitFor();

    await find.fill('Aleppo');
    await page.keyboard.press('Enter');
    await page.getByText('These words are not in the text.').waitFor();
  });

  it('starts a project from the map the site publishes', async () => {
    const { page } = await browser.open('desk/?lang=en');
    await page.getByRole('button', { name: 'Start from the map this site publishes' }).click();
    const count = builtDataset().articles.length;
    await page.getByText(`The site's map is open: ${count} articles and its editors' decisions.`).waitFor();
    await expect.poll(() => page.locator('.desk-articles__open').count()).toBe(count);
    await page.getByRole('button', { name: 'Preview and publish' }).click();
    const places = builtDataset().places.features.length;
    await page.getByRole('radio', { name: new RegExp(`^All evidence: ${places} places`) }).waitFor();
  });

  it('refuses a project file that is not one, says why, and keeps the work', async () => {
    const { page } = await browser.open('desk/?lang=en');
    await pasteArticle(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Open project').click();
    await (
      await chooser
    ).setFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "some-other-tool"}'),
    });
    await page.getByText('notes.json: not a dalil project file').waitFor();
    expect(await page.getByRole('button', { name: 'Tartus (Automatic)' }).count()).toBe(1);
  });

  it('is in Arabic, right to left, for an Arabic editor, and says so when the browser cannot store the work', async () => {
    const { page } = await browser.open('desk/?lang=ar', {
      prepare: (p) => p.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined })),
    });
    await page.getByRole('alert').filter({ hasText: 'لا يسمح هذا المتصفح بالحفظ' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.getByLabel('نص المقال').fill('وصلت سفن حربية روسية إلى ميناء طرطوس.');
    await page.getByRole('button', { name: 'أضف المقال' }).click();
    await page.getByRole('button', { name: 'ميناء طرطوس (قراءة آلية)' }).waitFor();
  });

  for (const [lang, text] of [
    ['ar', 'نص المقال'],
    ['en', 'Article text'],
  ] as const)
    it(`has no axe violations in ${lang}, with an article read and a mention chosen`, async () => {
      const { page } = await browser.open(`desk/?lang=${lang}`);
      await page
        .getByLabel(text)
        .fill('قال مسؤولون أمريكيون إن روسيا أرسلت طائرات مقاتلة إلى اللاذقية. ونفت موسكو ذلك.');
      await page.locator('form button[type="submit"]').first().click();
      await page.locator('.desk-mention').first().click();
      await page.locator('.desk-choices button').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
});
