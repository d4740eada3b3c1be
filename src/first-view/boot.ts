/**
 * The page's first script: small, classic, run before the body is drawn. It sets the language and the
 * embed mode on `<html>` (so the prerendered first view paints right, with no shift), then decides when
 * the interactive map loads: on the full page or for a link to a place, as soon as the first view has
 * painted (so the app's download and start-up never hold the first picture back); inside a story, when
 * the reader reaches for the map (hover, touch, focus, a tap or the button), so a phone pays nothing for
 * an embed it only scrolls past.
 */
import type { Language } from '../../geo/contract';
import { markActivated } from '../platform/activation';
import { EMBED_STRINGS } from '../i18n/embed-strings';
import { listenToHost } from '../platform/listen-to-host';
import { reportHeight } from '../platform/report-height';
import { installTrustedTypes } from '../platform/trusted-types';
import { chooseLanguage, directionOf, markedLanguage } from '../i18n/language';
import { searchWith } from '../address/codec';
import { readAddress, writeAddress } from '../address/history';
import { APP_READY_EVENT } from '../platform/app-ready';
import { loadApp, preloadApp } from '../platform/load-app';
import { fetchEarly } from '../platform/early-fetch';
import { BASEMAP_PATH, BASEMAP_TILES_PATH, DATASET_PATH, LABELS_PATH } from '../../geo/contract';

// First of all: the page may enforce Trusted Types, and Leaflet tests the DOM as soon as it loads.
installTrustedTypes();
// The page knows its first script ran (index.html shows a notice until then).
document.documentElement.dataset.boot = '';

const url = readAddress();
let language: Language = chooseLanguage(url.language, navigator.languages);
const root = document.documentElement;

function applyLanguage(next: Language) {
  language = next;
  root.lang = next;
  root.dir = directionOf(next);
}

applyLanguage(language);
if (url.embed) root.dataset.embed = '';

// The full page is the app: its script and the files it reads first are asked for now, to arrive while
// the first view paints (the script runs only after, below). Not in an embed, which may never start the
// app (and, sandboxed, reads its data through scripts), nor in the desk's preview, whose data is the desk's.
if (!url.embed && !url.preview) {
  preloadApp();
  fetchEarly([DATASET_PATH, BASEMAP_PATH, BASEMAP_TILES_PATH, LABELS_PATH]);
}

function firstView(): HTMLElement | null {
  return document.getElementById('first-view');
}

function setStatus(text: string) {
  const status = firstView()?.querySelector('.first-view__status');
  if (status) status.textContent = text;
}

function start(activated: boolean) {
  if (activated) markActivated();
  if (activated) setStatus(EMBED_STRINGS[language].loadingMap);
  loadApp().catch(() => {
    root.dataset.app = 'failed';
    setStatus(EMBED_STRINGS[language].appUnreachable);
  });
}

/** The app took over: the picture goes, and a reader who pressed the button lands on the map. */
function reveal() {
  const hadFocus = firstView()?.contains(document.activeElement) ?? false;
  firstView()?.remove();
  root.dataset.app = 'ready';
  if (hadFocus) document.querySelector<HTMLElement>('.leaflet-container')?.focus({ preventScroll: true });
}

/** A tap on a prerendered marker opens that place once the map is there. */
function selectFromPicture(target: EventTarget | null) {
  const placeId =
    target instanceof Element ? target.closest<HTMLElement>('[data-place-id]')?.dataset.placeId : undefined;
  if (placeId) writeAddress({ place: placeId }, { mode: 'replace', announce: true });
}

function wireFirstView(view: HTMLElement) {
  const link = view.querySelector<HTMLAnchorElement>('.embed-footer__link');
  if (link) {
    const search = searchWith(window.location.search, { embed: false, language });
    link.href = `${window.location.pathname}${search}`;
  }
  view.querySelector('.first-view__explore')?.addEventListener('click', () => start(true));
  view.querySelector('.first-view__map')?.addEventListener('click', (event) => {
    selectFromPicture(event.target);
    start(true);
  });
  // Reaching for the map starts the download; the map still waits for a tap to take gestures.
  const prefetch = () => start(false);
  view.addEventListener('pointerenter', prefetch, { once: true });
  view.addEventListener('touchstart', prefetch, { once: true, passive: true });
  view.addEventListener('focusin', prefetch, { once: true });
}

/**
 * Runs `then` once the page has painted the first view, its map picture included: after the frame that
 * follows the picture's decoding. A page opened in the background paints no frame until shown: there
 * the map starts at once, and is ready when the reader comes to it.
 */
function afterFirstPaint(view: HTMLElement | null, then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  if (document.visibilityState === 'hidden') {
    once();
    return;
  }
  const picture = view?.querySelector('img');
  const decoded = picture ? picture.decode().catch(() => undefined) : Promise.resolve();
  void decoded.then(() => requestAnimationFrame(() => setTimeout(once, 0)));
  // Hidden before that frame came: the frame never will, until shown.
  document.addEventListener('visibilitychange', once, { once: true });
}

function onDocumentReady() {
  document.addEventListener(APP_READY_EVENT, reveal);
  const view = firstView();
  if (view) wireFirstView(view);
  if (url.embed) {
    reportHeight();
    // The host's choices go into the address, which the map reads when it starts or follows if running.
    listenToHost({
      select: (place, quote) => {
        writeAddress({ place, quote }, { mode: 'replace', announce: true });
        start(false);
      },
      setLanguage: (next) => {
        applyLanguage(next);
        const marked = markedLanguage(next, navigator.languages);
        writeAddress({ language: marked }, { mode: 'replace', announce: true });
      },
    });
  }
  // The desk's preview shows other data than the picture was drawn for: its markers go, the map comes.
  if (url.preview) view?.querySelectorAll('.first-view__marker').forEach((marker) => marker.remove());
  // The full page is the app; a link to a place or quote asks to see it, not a picture.
  if (!url.embed || url.place !== null || url.quote !== null || url.preview || !view)
    afterFirstPaint(view, () => start(false));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onDocumentReady);
else onDocumentReady();
