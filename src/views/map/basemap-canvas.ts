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
 *
 * Levels of detail (CONTRACT.md, "Base map"): the world level is drawn alone at world zooms; from a finer
 * level's zoom on, each of that level's cells in view is drawn from its own tile once it has arrived, else
 * from the coarser tile or the world level under it, clipped to the cell: the coarser land stays drawn
 * until the finer one comes, and the sea is never bare. Coastlines are strokes of their own, so a tile's
 * cut edges are never drawn as coasts.
 */
import { Canvas, Map as LeafletMap, type LayerOptions, type RendererOptions } from 'leaflet';
import { basemapTilePath, type BasemapTileIndex } from '../../../geo/contract';
import type { Basemap, WorldLine } from '../../model/basemap-from-topology';
import {
  cellBox,
  cellsIn,
  coarserLevels,
  levelAt,
  tilePaths,
  type LoadedTile,
  type TileCell,
  type TileLevel,
  type WorldBox,
} from '../../model/basemap-tiles';
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

/** One level's paths: land to fill, coasts and borders to stroke (the world's coasts are its land). */
export interface BasemapPaths {
  land: Shape[];
  coasts: Shape[];
  borders: Shape[];
}

/** The base map's paths, made once, in slices (platform/in-slices.ts). */
export async function basemapPaths(basemap: Basemap): Promise<BasemapPaths> {
  const land = await mapInSlices(basemap.land, (rings) => shapeOf(rings, true));
  return {
    land,
    coasts: basemap.coasts ? await mapInSlices(basemap.coasts, (line) => shapeOf([line], false)) : land,
    borders: await mapInSlices(basemap.borders, (line) => shapeOf([line], false)),
  };
}

/** A tile's paths, made at once: a tile is small. */
function pathsOfTile({ land, coasts, borders }: Basemap): BasemapPaths {
  const landShapes = land.map((rings) => shapeOf(rings, true));
  return {
    land: landShapes,
    coasts: coasts ? coasts.map((line) => shapeOf([line], false)) : landShapes,
    borders: borders.map((line) => shapeOf([line], false)),
  };
}

export class BasemapCanvas extends Canvas {
  private readonly world: BasemapPaths;
  private index: BasemapTileIndex | null = null;
  private tiles: Readonly<Record<string, LoadedTile>> = {};
  /** Each tile's paths, made once it is first drawn. */
  private readonly tileShapes = new WeakMap<LoadedTile, BasemapPaths>();

  constructor(world: BasemapPaths, options: RendererOptions & LayerOptions) {
    super(options);
    this.world = world;
  }

  /** The finer levels' index and the tiles fetched so far; draws again with them. */
  setTiles(index: BasemapTileIndex | null, tiles: Readonly<Record<string, LoadedTile>>): void {
    if (index === this.index && tiles === this.tiles) return;
    this.index = index;
    this.tiles = tiles;
    const redraw: unknown = Reflect.get(Canvas.prototype, '_redraw');
    if (this.leafletMap && Reflect.get(this, '_ctx') && typeof redraw === 'function') redraw.call(this);
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

  /**
   * Which paths draw each cell of the level in view: its own tile, else the finest coarser tile that has
   * arrived, else the world; none where the cell is open sea at a level that has arrived.
   */
  private sources(level: TileLevel, view: WorldBox): Map<BasemapPaths, WorldBox[]> {
    const sources = new Map<BasemapPaths, WorldBox[]>();
    const coarser = this.index ? coarserLevels(this.index, level) : [];
    for (const cell of cellsIn(level, view)) {
      if (!tilePaths(level).has(cell.path)) continue;
      const source = this.pathsFor(cell.path) ?? this.fallback(level, cell, coarser);
      if (!source) continue;
      const boxes = sources.get(source) ?? [];
      boxes.push(cellBox(level.degrees, cell.column, cell.row));
      sources.set(source, boxes);
    }
    return sources;
  }

  private pathsFor(path: string): BasemapPaths | undefined {
    const tile = this.tiles[path];
    if (!tile) return undefined;
    let paths = this.tileShapes.get(tile);
    if (!paths) this.tileShapes.set(tile, (paths = pathsOfTile(tile.basemap)));
    return paths;
  }

  private fallback(level: TileLevel, cell: TileCell, coarser: readonly TileLevel[]): BasemapPaths | null {
    // The cell's middle, in degrees, finds the coarser cells around it.
    const lng = -180 + (cell.column + 0.5) * level.degrees;
    const lat = 90 - (cell.row + 0.5) * level.degrees;
    for (const other of coarser) {
      const path = basemapTilePath(
        other.id,
        Math.floor((lng + 180) / other.degrees),
        Math.floor((90 - lat) / other.degrees),
      );
      if (!tilePaths(other).has(path)) return null;
      const paths = this.pathsFor(path);
      if (paths) return paths;
    }
    return this.world;
  }

  /** Called after Leaflet has cleared the canvas and moved its origin to the map's layer points. */
  private readonly draw = (): void => {
    const map = this.leafletMap;
    const ctx: unknown = Reflect.get(this, '_ctx');
    const bounds: unknown = Reflect.get(this, '_bounds');
    if (!map || !(ctx instanceof CanvasRenderingContext2D) || !bounds) return;
    const zoom = map.getZoom();
    const scale = 2 ** (zoom - UNITS_ZOOM);
    const origin = map.getPixelOrigin();
    const { min, max } = bounds as { min: { x: number; y: number }; max: { x: number; y: number } };
    // The canvas in world units, to skip what it does not show.
    const view: WorldBox = [
      (min.x + origin.x) / scale,
      (min.y + origin.y) / scale,
      (max.x + origin.x) / scale,
      (max.y + origin.y) / scale,
    ];
    ctx.save();
    ctx.translate(-origin.x, -origin.y);
    ctx.scale(scale, scale);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    const level = levelAt(this.index, zoom);
    if (!level) drawPaths(ctx, this.world, view, scale);
    else
      for (const [paths, boxes] of this.sources(level, view)) {
        ctx.save();
        // Each cell a pixel wider: neighbours overlap, with no hairline of sea between them.
        const grow = 1 / scale;
        ctx.beginPath();
        for (const [x0, y0, x1, y1] of boxes)
          ctx.rect(x0 - grow, y0 - grow, x1 - x0 + 2 * grow, y1 - y0 + 2 * grow);
        ctx.clip();
        drawPaths(ctx, paths, view, scale);
        ctx.restore();
      }
    ctx.restore();
  };
}

/** Land, then coasts, then borders of one level, those in `view` (world units), at `scale`. */
function drawPaths(ctx: CanvasRenderingContext2D, paths: BasemapPaths, view: WorldBox, scale: number) {
  const seen = ({ box }: Shape) =>
    box[0] <= view[2] && box[2] >= view[0] && box[1] <= view[3] && box[3] >= view[1];
  ctx.fillStyle = BASEMAP_STYLE.landFill;
  for (const shape of paths.land) if (seen(shape)) ctx.fill(shape.path, 'evenodd');
  ctx.strokeStyle = BASEMAP_STYLE.landStroke;
  ctx.lineWidth = BASEMAP_STYLE.landWidth / scale;
  for (const shape of paths.coasts) if (seen(shape)) ctx.stroke(shape.path);
  ctx.strokeStyle = BASEMAP_STYLE.border;
  ctx.lineWidth = BASEMAP_STYLE.borderWidth / scale;
  for (const shape of paths.borders) if (seen(shape)) ctx.stroke(shape.path);
}
