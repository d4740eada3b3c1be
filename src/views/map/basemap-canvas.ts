/**
 * The base map on one canvas: land and country borders, kept as paths in world units (made once, when
 * the base map arrives) and drawn with one scale for the zoom. Leaflet's own vector layers would turn
 * every one of the tens of thousands of coastline vertices into a LatLng, then project, clip and simplify
 * them all again at each zoom: seconds of a phone's main thread. Here the canvas scales the paths itself.
 *
 * It is a Leaflet canvas renderer with no layers of its own: Leaflet sizes, places and clears the canvas
 * after each move or zoom (and transforms it while a zoom animates), then draws what the renderer holds
 * (`_draw`), and the base map with it. Drawing on the renderer's `update` event instead is not enough:
 * Leaflet clears the whole canvas again right after it (`_updatePaths` → `_redraw`) when the view moves
 * or resets, as a link to a place does, and the land vanished. Polygons outside the canvas are skipped.
 */
import { Canvas, Map as LeafletMap, type LayerOptions, type RendererOptions } from 'leaflet';
import type { Basemap, WorldLine } from '../../model/basemap-from-topology';
import { WORLD_SIZE } from '../../model/web-mercator';
import { mapInSlices } from '../../platform/in-slices';
import { BASEMAP_STYLE } from '../../model/basemap-style';

/** Leaflet's world is 256 pixels wide at zoom 0; the model's world units are this many times wider. */
const UNITS_ZOOM = Math.log2(WORLD_SIZE / 256);

interface Shape {
  path: Path2D;
  /** The shape's box in world units: minX, minY, maxX, maxY. */
  box: [number, number, number, number];
}

function shapeOf(lines: readonly WorldLine[], closed: boolean): Shape {
  const path = new Path2D();
  const box: Shape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines) {
    path.moveTo(line[0]!, line[1]!);
    for (let i = 0; i < line.length; i += 2) {
      const [x, y] = [line[i]!, line[i + 1]!];
      if (i > 0) path.lineTo(x, y);
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
    if (closed) path.closePath();
  }
  return { path, box };
}

/** The base map's paths, made once, in slices (platform/in-slices.ts). */
export interface BasemapPaths {
  land: Shape[];
  borders: Shape[];
}

export async function basemapPaths(basemap: Basemap): Promise<BasemapPaths> {
  return {
    land: await mapInSlices(basemap.land, (rings) => shapeOf(rings, true)),
    borders: await mapInSlices(basemap.borders, (line) => shapeOf([line], false)),
  };
}

export class BasemapCanvas extends Canvas {
  private land: Shape[];
  private borders: Shape[];

  constructor({ land, borders }: BasemapPaths, options: RendererOptions & LayerOptions) {
    super(options);
    this.land = land;
    this.borders = borders;
  }

  /**
   * Leaflet's hook that draws the renderer's layers after each clearing of the canvas (on adding it, and
   * in every redraw that follows a move, a zoom or a reset). Leaflet's typings do not declare it.
   */
  protected _draw(): void {
    const drawLayers: unknown = Reflect.get(Canvas.prototype, '_draw');
    if (typeof drawLayers === 'function') drawLayers.call(this);
    this.draw();
  }

  /** The map while the layer is on one: Leaflet's typings say always, but before `onAdd` there is none. */
  private get leafletMap(): LeafletMap | undefined {
    const map: unknown = Reflect.get(this, '_map');
    return map instanceof LeafletMap ? map : undefined;
  }

  /** Called after Leaflet has cleared the canvas and moved its origin to the map's layer points. */
  private readonly draw = (): void => {
    const map = this.leafletMap;
    const ctx: unknown = Reflect.get(this, '_ctx');
    const bounds: unknown = Reflect.get(this, '_bounds');
    if (!map || !(ctx instanceof CanvasRenderingContext2D) || !bounds) return;
    const scale = 2 ** (map.getZoom() - UNITS_ZOOM);
    const origin = map.getPixelOrigin();
    const { min, max } = bounds as { min: { x: number; y: number }; max: { x: number; y: number } };
    // The canvas in world units, to skip what it does not show.
    const view = [
      (min.x + origin.x) / scale,
      (min.y + origin.y) / scale,
      (max.x + origin.x) / scale,
      (max.y + origin.y) / scale,
    ];
    const seen = ({ box }: Shape) =>
      box[0] <= view[2]! && box[2] >= view[0]! && box[1] <= view[3]! && box[3] >= view[1]!;
    ctx.save();
    ctx.translate(-origin.x, -origin.y);
    ctx.scale(scale, scale);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    const land = this.land.filter(seen);
    ctx.fillStyle = BASEMAP_STYLE.landFill;
    for (const { path } of land) ctx.fill(path, 'evenodd');
    ctx.strokeStyle = BASEMAP_STYLE.landStroke;
    ctx.lineWidth = BASEMAP_STYLE.landWidth / scale;
    for (const { path } of land) ctx.stroke(path);
    ctx.strokeStyle = BASEMAP_STYLE.border;
    ctx.lineWidth = BASEMAP_STYLE.borderWidth / scale;
    for (const { path } of this.borders.filter(seen)) ctx.stroke(path);
    ctx.restore();
  };
}
