import { describe, expect, it } from 'vitest';
import {
  BASEMAP_TILE_MARGIN,
  basemapTilePath,
  type BasemapTile,
  type BasemapTileIndex,
} from '../../../geo/contract';
import {
  cellBox,
  cellsIn,
  decodeTile,
  levelAt,
  tilesInView,
  townLabels,
} from '../../../src/model/basemap-tiles';
import { project } from '../../../src/model/web-mercator';

const index: BasemapTileIndex = {
  levels: [
    {
      id: '50m',
      minZoom: 4,
      degrees: 15,
      tiles: [
        [14, 3],
        [13, 3],
        [14, 4],
      ],
    },
    {
      id: '10m',
      minZoom: 7,
      degrees: 5,
      tiles: [
        [43, 10],
        [42, 10],
        [43, 11],
      ],
    },
  ],
};

/** A view in world units from its west, south, east and north edges in degrees. */
function view(west: number, south: number, east: number, north: number) {
  const [x0, y0] = project([west, north]);
  const [x1, y1] = project([east, south]);
  return [x0, y0, x1, y1] as [number, number, number, number];
}

describe('levels of detail', () => {
  it('draws the world level alone below the first level, and the finest level a zoom reaches', () => {
    expect(levelAt(index, 3)).toBeNull();
    expect(levelAt(index, 4)?.id).toBe('50m');
    expect(levelAt(index, 6)?.id).toBe('50m');
    expect(levelAt(index, 7)?.id).toBe('10m');
    expect(levelAt(index, 12)?.id).toBe('10m');
    expect(levelAt(null, 9)).toBeNull();
  });

  it('asks for exactly the tiles a view overlaps, and none of the open sea', () => {
    // The Syrian coast: 35.2°–36.4° E, 35°–35.9° N lies in the 10m cell 35°–40° E, 35°–40° N alone.
    expect(tilesInView(index, 9, view(35.2, 35.1, 36.4, 35.9))).toEqual([basemapTilePath('10m', 43, 10)]);
    // Across the corner of four cells: three hold land, the fourth (42, 11) is sea.
    expect(tilesInView(index, 8, view(34, 34, 36, 36)).sort()).toEqual(
      [basemapTilePath('10m', 42, 10), basemapTilePath('10m', 43, 10), basemapTilePath('10m', 43, 11)].sort(),
    );
    expect(tilesInView(index, 3, view(-180, -80, 180, 80))).toEqual([]);
  });

  it('counts no cell a view only touches at its edge', () => {
    const cells = cellsIn(index.levels[1]!, view(35, 35, 40, 40));
    expect(cells.map(({ column, row }) => [column, row])).toEqual([[43, 10]]);
  });

  it('finds a cell on the map where its degrees say', () => {
    const [x0, y0, x1, y1] = cellBox(5, 43, 10);
    expect([x0, y0]).toEqual(project([35, 40]));
    expect([x1, y1]).toEqual(project([40, 35]));
  });
});

describe('decodeTile', () => {
  // A 5° tile whose land is a square running past its west edge: cut there by the build, along the margin.
  const margin = 5 * BASEMAP_TILE_MARGIN;
  const quantum: [number, number] = [0.01, 0.01];
  const edge = Math.round(-margin / 0.01);
  const tile: BasemapTile = {
    level: '10m',
    column: 43,
    row: 10,
    quantum,
    // Points (edge, 100), (200, 100), (200, 300), (edge, 300): the last step, back to the first, is the cut.
    land: [[[edge, 100, 200 - edge, 0, 0, 200, edge - 200, 0]]],
    borders: [[0, 0, 10, 10]],
    towns: [],
  };

  it('strokes the land edges as coasts but not the cut along the margin', () => {
    const { basemap } = decodeTile(tile, 5);
    expect(basemap.land).toHaveLength(1);
    expect(basemap.coasts).toHaveLength(1);
    const coast = basemap.coasts![0]!;
    // Three steps: along the south, the east and the north; the west side, the cut, is left out.
    expect(coast.length / 2).toBe(4);
    const [westX] = project([35 + edge * 0.01, 36]);
    expect(coast[0]).toBeCloseTo(westX, 6);
    expect(coast[6]).toBeCloseTo(westX, 6);
    expect(coast[2]).toBeCloseTo(project([37, 36])[0], 6);
  });

  it('decodes borders from the tile\u2019s south-west corner', () => {
    const { basemap } = decodeTile(tile, 5);
    const [x, y] = project([35.1, 35.1]);
    expect(basemap.borders[0]![2]).toBeCloseTo(x, 6);
    expect(basemap.borders[0]![3]).toBeCloseTo(y, 6);
  });
});

describe('townLabels', () => {
  const town = (id: string, rank: number) => ({
    id,
    name: { ar: id, en: id },
    lngLat: [35, 35] as [number, number],
    minZoom: 7,
    rank,
  });
  it('names each town once, the most populous first, after every country and sea', () => {
    const tiles = [{ towns: [town('jableh', 5), town('latakia', 1)] }, { towns: [town('latakia', 1)] }].map(
      (t) => ({
        ...t,
        basemap: { land: [], borders: [] },
        box: [0, 0, 0, 0] as [number, number, number, number],
      }),
    );
    const labels = townLabels(tiles);
    expect(labels.map((label) => label.id)).toEqual(['latakia', 'jableh']);
    expect(labels.every((label) => label.kind === 'town' && label.rank >= 1_000_000)).toBe(true);
  });
});
