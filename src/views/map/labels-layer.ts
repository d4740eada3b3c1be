/**
 * Country and sea names on the base map, as plain text elements in a pane of their own between the
 * base map and the markers. Scenery only: the pane is hidden from assistive technology and lets every
 * click through (the list view is the accessible way to the places). Names reach the page as text.
 */
import { DomUtil, Layer, latLng, Map as LeafletMap, point, type LatLng } from 'leaflet';
import type { Language, MapLabel } from '../../../geo/contract';
import { declutter, type Box, type Candidate, type Placement } from '../../model/labels-declutter';
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
  /** Placements per zoom level, cleared when the labels, language or markers change. */
  private layouts = new Map<number, Map<string, Placement>>();

  setLabels(labels: readonly MapLabel[], language: Language): void {
    this.labels = labels;
    this.language = language;
    this.rebuild();
  }

  setObstacles(obstacles: readonly LabelObstacle[]): void {
    this.obstacles = obstacles;
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
    this.layouts.clear();
    this.update();
  }

  private layoutFor(map: LeafletMap, zoom: number): Map<string, Placement> {
    let layout = this.layouts.get(zoom);
    if (!layout) {
      const candidates: Candidate[] = [];
      for (const { label, latLng: at, width, height } of this.items) {
        if (label.minZoom > zoom || width === 0) continue;
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
    this.container.classList.remove('map-labels--moving');
  }
}
