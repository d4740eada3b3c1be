/**
 * The first view's base map as SVG path data: land and country borders from Natural Earth 1:110m (the
 * world-atlas package), projected like the interactive map and rounded to a tenth of a world unit. The
 * coarse scale keeps the picture a few kilobytes; the interactive map brings the detailed one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapPolygons } from '../../src/model/antimeridian.ts';
import type { BasemapPaths } from '../../src/first-view/first-view-html.ts';
import { project } from '../../src/model/web-mercator.ts';

/** Vertices closer than this to the one before, in world units, add nothing visible: dropped. */
const MIN_STEP = 0.35;

function readTopology(name: string): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
}

/** One line or ring as relative path commands (`M x y l dx dy …`), or '' when it shrinks to a point. */
function pathOf(line: readonly Position[], closed: boolean): string {
  const points: [number, number][] = [];
  for (const position of line) {
    const [x, y] = project(position);
    const last = points.at(-1);
    if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP) points.push([x, y]);
  }
  if (points.length < (closed ? 3 : 2)) return '';
  const round = (n: number) => Math.round(n * 10) / 10;
  let [px, py] = points[0]!.map(round) as [number, number];
  let d = `M${px} ${py}`;
  for (const [x, y] of points.slice(1)) {
    const [rx, ry] = [round(x), round(y)];
    const [dx, dy] = [round(rx - px), round(ry - py)];
    if (dx === 0 && dy === 0) continue;
    d += `l${dx} ${dy}`;
    [px, py] = [rx, ry];
  }
  return closed ? `${d}z` : d;
}

export function basemapPaths(): BasemapPaths {
  const landTopology = readTopology('land-110m.json');
  const land = feature(landTopology, landTopology.objects.land as GeometryCollection);
  const rings: string[] = [];
  for (const { geometry } of land.features) {
    const unwrapped = unwrapPolygons(geometry);
    const polygons =
      unwrapped.type === 'Polygon'
        ? [unwrapped.coordinates]
        : unwrapped.type === 'MultiPolygon'
          ? unwrapped.coordinates
          : [];
    for (const polygon of polygons) for (const ring of polygon) rings.push(pathOf(ring, true));
  }
  const countryTopology = readTopology('countries-110m.json');
  const borders = mesh(
    countryTopology,
    countryTopology.objects.countries as GeometryCollection,
    (a, b) => a !== b,
  );
  return {
    land: rings.join(''),
    borders: borders.coordinates.map((line) => pathOf(line, false)).join(''),
  };
}
