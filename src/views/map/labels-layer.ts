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
  element: HTMLElement;
  width: number;
  height: number;
}

export class LabelsLayer extends Layer {
  private container: HTMLElement | null = null;
  private items: LabelElement[] = [];
  private labels: readonly MapLabel[] = [];
  private language: Language = 'ar';
  private obstacles: readonly LabelObstacle[] = [];
  private placeNames: readonly PlaceName[] = [];
  private placeItems: PlaceNameElement[] = [];
  /** Placements per zoom level, cleared when the labels, language or markers change. */
  private layouts = new Map<number, Map<string, Placement>>();

  setLabels(labels: readonly MapLabel[], language: Language): void {
    this.labels = labels;
    this.language = language;
    this.rebuild();
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
    this.rebuild();
    // Fonts that arrive late change the names' widths: measure again then.
    void document.fonts.ready.then(() => this.rebuild());
    return this;
  }

  override onRemove(): this {
    this.container?.remove();
    this.container = null;
    this.items = [];
    this.placeItems = [];
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

  /** Makes one element per label, measures them all once, then lays them out for the current zoom. */
  private rebuild(): void {
    const container = this.container;
    if (!container || !this.map) return;
    container.replaceChildren();
    container.lang = this.language;
    const ranked = [...this.labels].sort((a, b) => a.rank - b.rank);
    this.items = ranked.map((label) => {
      const element = DomUtil.create('span', `map-label map-label--${label.kind}`, container);
      element.textContent = label.name[this.language];
      return { label, latLng: latLng(latLngOf(label.lngLat)), element, width: 0, height: 0 };
    });
    for (const item of this.items) {
      item.width = item.element.offsetWidth;
      item.height = item.element.offsetHeight;
    }
    this.rebuildPlaceNames();
    this.layouts.clear();
    this.update();
  }

  /** One element per place name, measured once; the base map's names stay as they are. */
  private rebuildPlaceNames(): void {
    const container = this.container;
    if (!container) return;
    for (const item of this.placeItems) item.element.remove();
    this.placeItems = this.placeNames.map((place) => {
      const element = DomUtil.create('span', 'map-label map-label--place', container);
      element.dataset.placeId = place.id;
      element.textContent = place.name;
      return { ...place, element, width: 0, height: 0 };
    });
    for (const item of this.placeItems) {
      item.width = item.element.offsetWidth;
      item.height = item.element.offsetHeight;
    }
  }

  private layoutFor(map: LeafletMap, zoom: number): Map<string, Placement> {
    let layout = this.layouts.get(zoom);
    if (!layout) {
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
      // A place named beside its marker is not named again by the base map.
      const named = new Set(this.placeItems.map((place) => place.id));
      for (const { label, latLng: at, width, height } of this.items) {
        if (label.minZoom > zoom || width === 0 || named.has(label.id)) continue;
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
    if (!this.container || !map) return;
    const layout = this.layoutFor(map, Math.round(map.getZoom()));
    for (const { label, latLng: at, element, width, height } of this.items) {
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
