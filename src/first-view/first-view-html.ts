/**
 * The first view, written into index.html by the build: the base map and every marker at the view the
 * interactive map fits to, the legend, and a button that starts the map. It paints with no script, in
 * either language (both are written; `<html lang>` shows one), and its boxes match the app's, so the
 * swap to the interactive map moves nothing.
 *
 * The page's Content-Security-Policy forbids inline styles, so marker positions go to CSS rules
 * (`css`), which the build adds to the app's stylesheet.
 */
import type { Language, PlaceFeature } from '../../geo/contract.ts';
import { EMBED_STRINGS } from '../i18n/embed-strings.ts';
import { STRINGS } from '../i18n/strings.ts';
import { activityFrame } from '../model/frame.ts';
import { LEGEND_KINDS, markerStyle } from '../model/marker-style.ts';
import { boxAround, project, WORLD_SIZE, type Box } from '../model/web-mercator.ts';
import { BASEMAP_STYLE } from '../model/basemap-style.ts';

const LANGUAGES: readonly Language[] = ['ar', 'en'];
/** Smallest side of the framed area in world units: about one zoom-8 screen, the map's closest fit. */
const MIN_BOX = WORLD_SIZE / 2 ** 6;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same words in both languages; CSS shows the page's. */
function bilingual(text: (language: Language) => string): string {
  return LANGUAGES.map((l) => `<span lang="${l}" data-lang="${l}">${escapeHtml(text(l))}</span>`).join('');
}

function legend(): string {
  const items = LEGEND_KINDS.map(
    (kind) =>
      `<li class="map-legend__item"><span class="map-legend__swatch place-marker place-marker--${kind}" aria-hidden="true"><span class="place-marker__shape"></span></span>${bilingual((l) => STRINGS[l].kinds[kind])}</li>`,
  ).join('');
  return (
    `<section class="map-legend map-legend--inline first-view__legend" aria-labelledby="first-view-legend-title">` +
    `<h2 id="first-view-legend-title" class="map-legend__title">${bilingual((l) => STRINGS[l].legendTitle)}</h2>` +
    `<ul class="map-legend__items">${items}</ul></section>`
  );
}

function round(n: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}

/** The picture's base map as SVG path data in world units (the build reads it from Natural Earth). */
export interface BasemapPaths {
  land: string;
  borders: string;
}

export interface FirstView {
  html: string;
  css: string;
}

/**
 * The shapes of map the picture fills, as width over height: from a phone held upright (its map under
 * the header) to a wide screen. The frame is fitted inside the map, so the map shows more than the
 * frame along one side: the picture reaches that far.
 */
const TALLEST_MAP = 0.4;
const WIDEST_MAP = 3;
/** And a little more, for the fit's padding around the frame. */
const PICTURE_SLACK = 0.25;

/** How far past the frame the picture reaches on each side, in frames: across, then down. */
function pictureMargins(box: Box): [number, number] {
  const aspect = box.width / box.height;
  const margin = (frames: number) => Math.max(0, frames - 1) / 2 + PICTURE_SLACK;
  return [margin(WIDEST_MAP / aspect), margin(aspect / TALLEST_MAP)];
}

/**
 * The base map as an image (an SVG in a `data:` URL, so it costs no request): the map's largest paint,
 * at once with the page. Its styles are written into it, as the interactive map's canvas draws them
 * (views/map/basemap-canvas.ts): fill, then coast, then borders. Its place around the frame is in `css`.
 */
function pictureOf(basemap: BasemapPaths, box: Box): { html: string; css: string } {
  const [across, down] = pictureMargins(box);
  const viewBox = [
    box.x - box.width * across,
    box.y - box.height * down,
    box.width * (1 + 2 * across),
    box.height * (1 + 2 * down),
  ];
  // No width or height of its own: the SVG is laid out at the size the page gives the image, so its
  // strokes are as wide in CSS pixels as the interactive map's.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox.map((n) => round(n)).join(' ')}" preserveAspectRatio="none">` +
    `<path fill="${BASEMAP_STYLE.landFill}" fill-rule="evenodd" stroke="${BASEMAP_STYLE.landStroke}" stroke-width="${BASEMAP_STYLE.landWidth}" stroke-linejoin="round" vector-effect="non-scaling-stroke" d="${basemap.land}"/>` +
    `<path fill="none" stroke="${BASEMAP_STYLE.border}" stroke-width="${BASEMAP_STYLE.borderWidth}" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke" d="${basemap.borders}"/></svg>`;
  const url = `data:image/svg+xml,${svg.replace(/[%#<>"]/g, (c) => encodeURIComponent(c))}`;
  const percent = (n: number) => `${round(n * 100)}%`;
  return {
    html: `<img class="first-view__basemap" src="${url}" alt="">`,
    css: `.first-view__basemap{left:-${percent(across)};top:-${percent(down)};width:${percent(1 + 2 * across)};height:${percent(1 + 2 * down)}}`,
  };
}

/** Mentions as a site or a venue: where the interactive map says activity is reported. */
const activityOf = (place: PlaceFeature) =>
  place.properties.mentions.filter((m) => m.role === undefined || m.role === 'site' || m.role === 'venue')
    .length;

/**
 * The picture of the map as it opens: the places it draws (sites and venues), framed on the theatre as
 * the interactive map frames it (`activityFrame`), so both show the same places in the same frame.
 */
export function firstView(all: readonly PlaceFeature[], basemap: BasemapPaths): FirstView {
  const places = all.filter((place) => activityOf(place) > 0);
  const frame = activityFrame(
    places.map((p) => ({ id: p.properties.id, lngLat: p.geometry.coordinates, weight: activityOf(p) })),
  );
  const framed = new Set(frame?.inside.map((p) => p.id));
  const points = places.map((place) => project(place.geometry.coordinates));
  const inFrame = points.filter((_, i) => framed.has(places[i]!.properties.id));
  const box =
    inFrame.length > 0 ? boxAround(inFrame, MIN_BOX) : { x: 0, y: 0, width: WORLD_SIZE, height: WORLD_SIZE };
  // Broad places first, so facilities and towns are drawn on top, as the map stacks them.
  const order = places
    .map((place, i) => ({
      place,
      point: points[i]!,
      style: markerStyle(place.properties.kind, place.properties.mentions.length),
    }))
    .sort((a, b) => a.style.zIndexOffset - b.style.zIndexOffset);

  const picture = pictureOf(basemap, box);
  const css = [
    picture.css,
    `.first-view__frame{aspect-ratio:${round(box.width)}/${round(box.height)};--aspect:${round(box.width / box.height, 5)}}`,
    ...order.map(({ point: [x, y], style }, i) => {
      const left = round(((x - box.x) / box.width) * 100);
      const top = round(((y - box.y) / box.height) * 100);
      return `.first-view__marker--${i}{left:${left}%;top:${top}%;width:${style.size}px;height:${style.size}px}`;
    }),
  ].join('\n');

  const markers = order
    .map(
      ({ place, style }, i) =>
        `<span class="${style.className} first-view__marker first-view__marker--${i}" data-place-id="${escapeHtml(place.properties.id)}"><span class="place-marker__shape"></span></span>`,
    )
    .join('');

  const html =
    `<div id="first-view" class="first-view">` +
    `<header class="app-header first-view__header"><p class="app-header__title">${escapeHtml(STRINGS.ar.appTitle)}</p></header>` +
    `<div class="first-view__main"><div class="first-view__map">` +
    `<p class="first-view__caption">${bilingual((l) => EMBED_STRINGS[l].staticMapLabel)}</p>` +
    `<div class="first-view__frame">${picture.html}${markers}</div>` +
    `<button type="button" class="first-view__explore">${bilingual((l) => EMBED_STRINGS[l].exploreMap)}</button>` +
    `<p class="first-view__status" role="status"></p>` +
    `</div></div>` +
    `<footer class="embed-footer first-view__footer">${legend()}` +
    `<a class="embed-footer__link" href="./" target="_blank" rel="noopener">${bilingual((l) => EMBED_STRINGS[l].openFullMap)}<span aria-hidden="true"> ↗</span></a>` +
    `</footer></div>`;
  return { html, css };
}
