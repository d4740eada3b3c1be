/**
 * Names on the map, as plain text elements in a pane of their own between the base map and the markers:
 * the names of the places drawn on their own, beside their markers where there is room, then the base
 * map's country and sea names, then the towns of its tiles. None covers another or a marker. The pane is
 * hidden from assistive technology and lets every click through (each marker carries its name already).
 * Names reach the page as text.
 */
import { DomUtil, Layer, latLng, Map as LeafletMap, point, type LatLng } from 'leaflet';
import type { Language, MapLabel } from '../../../geo/contract';
import {
  declutter,
  spotsBeside,
  type Box,
  type Candidate,
  type Placement,
} from '../../model/labels-declutter';
import { afterNextPaint } from '../../platform/in-slices';
import { latLngOf } from '../common/lat-lng';
import './labels-layer.css';

export const LABELS_PANE = 'labels';
/** Above the base map's overlay pane (400), below markers (600). */
const LABELS_PANE_Z_INDEX = '450';

/** A marker the labels keep clear of: its point and side in CSS pixels. */
export interface LabelObstacle {
  latLng: LatLng;
  size: number;
}

/** A place drawn on its own, named beside its marker: its id, name, point and target side. */
export interface PlaceName {
  id: string;
  name: string;
  latLng: LatLng;
  side: number;
}

interface PlaceNameElement extends PlaceName {
  element: HTMLElement;
  width: number;
  height: number;
}

interface LabelElement {
  label: MapLabel;
  latLng: LatLng;
  /** Made when the label first competes for a spot (its zoom is reached), then kept. */
  element: HTMLElement | null;
  width: number;
  height: number;
}

export class LabelsLayer extends Layer {
  private container: HTMLElement | null = null;
  /** The labels in rank order. */
  private items: LabelElement[] = [];
  /** The same, by id: a label that stays across `setLabels` (towns, as tiles arrive) keeps its element. */
  private byId = new Map<string, LabelElement>();
  private language: Language = 'ar';
  private obstacles: readonly LabelObstacle[] = [];
  private placeNames: readonly PlaceName[] = [];
  private placeItems: PlaceNameElement[] = [];
  /** Placements per zoom level, cleared when the labels, language or markers change. */
  private layouts = new Map<number, Map<string, Placement>>();
  /** Names are measured and placed from the frame after the map's first on: see `onAdd`. */
  private started = false;

  /**
   * Called again as each of the base map's tiles brings its towns: only the new labels get an element,
   * and only once their zoom is shown, so the page lays out and measures each name once, not every name
   * on every tile (which held the main thread for seconds while the map opened).
   */
  setLabels(labels: readonly MapLabel[], language: Language): void {
    if (language !== this.language) this.clearLabels();
    this.language = language;
    const next = new Map<string, LabelElement>();
    for (const label of labels) {
      const kept = this.byId.get(label.id);
      next.set(
        label.id,
        kept && kept.label.name[language] === label.name[language]
          ? { ...kept, label }
          : { label, latLng: latLng(latLngOf(label.lngLat)), element: null, width: 0, height: 0 },
      );
    }
    for (const [id, item] of this.byId) if (next.get(id)?.element !== item.element) item.element?.remove();
    this.byId = next;
    this.items = [...next.values()].sort((a, b) => a.label.rank - b.label.rank);
    this.layouts.clear();
    this.update();
  }

  /** The markers drawn now, which no name covers, and the places among them to name. */
  setMarkers(obstacles: readonly LabelObstacle[], placeNames: readonly PlaceName[]): void {
    this.obstacles = obstacles;
    this.placeNames = placeNames;
    this.rebuildPlaceNames();
    this.layouts.clear();
    this.update();
  }

  override onAdd(map: LeafletMap): this {
    const pane = map.getPane(LABELS_PANE) ?? map.createPane(LABELS_PANE);
    pane.style.zIndex = LABELS_PANE_Z_INDEX;
    pane.setAttribute('aria-hidden', 'true');
    this.container = DomUtil.create('div', 'map-labels', pane);
    this.container.lang = this.language;
    // Measuring a name lays the page out: done while the map is being made, it would lay out all of the
    // page just built, in the same long task. After the first paint it measures the names alone.
    afterNextPaint(() => {
      this.started = true;
      this.rebuildPlaceNames();
      this.update();
      // A font still on its way (measuring may have asked for it) changes the names' widths: measure
      // again once it is there, and not when every font is there already.
      if (document.fonts.status === 'loading') void document.fonts.ready.then(() => this.measureAgain());
    });
    return this;
  }

  override onRemove(): this {
    this.started = false;
    this.container?.remove();
    this.container = null;
    for (const item of this.items) item.element = null;
    this.placeItems = [];
    this.layouts.clear();
    return this;
  }

  /** The map while the layer is on one: Leaflet's typings say always, but before `onAdd` there is none. */
  private get map(): LeafletMap | undefined {
    const map: unknown = Reflect.get(this, '_map');
    return map instanceof LeafletMap ? map : undefined;
  }

  /** Leaflet calls these with the layer as `this` (`Layer.getEvents`). */
  override getEvents() {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- bound to the layer by Leaflet
    return { zoomanim: this.hide, zoomend: this.update, viewreset: this.update };
  }

  private hide(): void {
    this.container?.classList.add('map-labels--moving');
  }

  /** Drops every label's element (the language changed): each is made again when next needed. */
  private clearLabels(): void {
    for (const item of this.items) {
      item.element?.remove();
      item.element = null;
    }
    this.layouts.clear();
    if (this.container) this.container.lang = this.language;
  }

  /**
   * Makes the elements `items` lack, then measures them: all writes, then all reads, so the page lays
   * out once however many there are.
   */
  private measure(items: readonly LabelElement[]): void {
    const container = this.container;
    if (!container) return;
    container.lang = this.language;
    const made: LabelElement[] = [];
    for (const item of items) {
      if (item.element) continue;
      const { label } = item;
      item.element = DomUtil.create('span', `map-label map-label--${label.kind}`, container);
      item.element.textContent = label.name[this.language];
      made.push(item);
    }
    for (const item of made) {
      item.width = item.element?.offsetWidth ?? 0;
      item.height = item.element?.offsetHeight ?? 0;
    }
  }

  /** Fonts arrived: every name made so far is measured again (shown for the reading), and laid out again. */
  private measureAgain(): void {
    const measured = this.items.filter((item) => item.element);
    for (const { element } of measured) if (element) element.hidden = false;
    for (const { element } of this.placeItems) element.hidden = false;
    for (const item of [...measured, ...this.placeItems]) {
      item.width = item.element?.offsetWidth ?? 0;
      item.height = item.element?.offsetHeight ?? 0;
    }
    this.layouts.clear();
    this.update();
  }

  /**
   * One element per place name, measured once: a name still shown after a pan or a change of the filters
   * keeps its element and its size, so the page lays out only the names the change brings (a move had
   * made and measured every name again). The base map's names stay as they are.
   */
  private rebuildPlaceNames(): void {
    const container = this.container;
    if (!container || !this.started) return;
    const shown = new Map(this.placeItems.map((item) => [item.id, item]));
    const made: PlaceNameElement[] = [];
    this.placeItems = this.placeNames.map((place) => {
      const kept = shown.get(place.id);
      if (kept?.name === place.name) {
        shown.delete(place.id);
        return { ...kept, ...place };
      }
      const element = DomUtil.create('span', 'map-label map-label--place', container);
      element.dataset.placeId = place.id;
      element.textContent = place.name;
      const item = { ...place, element, width: 0, height: 0 };
      made.push(item);
      return item;
    });
    for (const item of shown.values()) item.element.remove();
    for (const item of made) {
      item.width = item.element.offsetWidth;
      item.height = item.element.offsetHeight;
    }
  }

  private layoutFor(map: LeafletMap, zoom: number): Map<string, Placement> {
    let layout = this.layouts.get(zoom);
    if (!layout) {
      // A place named beside its marker is not named again by the base map.
      const named = new Set(this.placeItems.map((place) => place.id));
      const competing = this.items.filter(({ label }) => label.minZoom <= zoom && !named.has(label.id));
      this.measure(competing);
      const candidates: Candidate[] = [];
      const rtl = this.language === 'ar';
      for (const { id, latLng: at, side, width, height } of this.placeItems) {
        if (width === 0) continue;
        const { x, y } = map.project(at, zoom);
        candidates.push({
          id: `place:${id}`,
          x,
          y,
          width,
          height,
          spots: spotsBeside(side, width, height, rtl),
        });
      }
      for (const { latLng: at, width, height, label } of competing) {
        if (width === 0) continue;
        const { x, y } = map.project(at, zoom);
        candidates.push({ id: label.id, x, y, width, height });
      }
      const obstacles: Box[] = this.obstacles.map(({ latLng: at, size }) => {
        const { x, y } = map.project(at, zoom);
        return { x, y, width: size, height: size };
      });
      layout = declutter(candidates, obstacles);
      this.layouts.set(zoom, layout);
    }
    return layout;
  }

  /** Shows the labels placed at the current zoom, where the layout put them. */
  private update(): void {
    const map = this.map;
    if (!this.container || !map || !this.started) return;
    const layout = this.layoutFor(map, Math.round(map.getZoom()));
    for (const { label, latLng: at, element, width, height } of this.items) {
      if (!element) continue;
      const placement = layout.get(label.id);
      element.hidden = placement === undefined;
      if (!placement) continue;
      const { x, y } = map.latLngToLayerPoint(at);
      const topLeft = point(
        Math.round(x + placement.dx - width / 2),
        Math.round(y + placement.dy - height / 2),
      );
      DomUtil.setPosition(element, topLeft);
    }
    for (const { id, latLng: at, element, width, height } of this.placeItems) {
      const placement = layout.get(`place:${id}`);
      element.hidden = placement === undefined;
      if (!placement) continue;
      const { x, y } = map.latLngToLayerPoint(at);
      DomUtil.setPosition(
        element,
        point(Math.round(x + placement.dx - width / 2), Math.round(y + placement.dy - height / 2)),
      );
    }
    this.container.classList.remove('map-labels--moving');
  }
}
