import { describe, expect, it } from 'vitest';
import { readTileConfig, type MetaContent } from '../../../../src/views/map/tile-config';

/** A page holding only the given meta tags. */
function page(meta: Record<string, string>): MetaContent {
  return (name) => meta[name] ?? '';
}

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

describe('readTileConfig', () => {
  it('reads the tile URL and its credit from the meta tags', () => {
    expect(
      readTileConfig(page({ 'dalil-tiles': OSM, 'dalil-tiles-attribution': '© OpenStreetMap' })),
    ).toEqual({
      url: OSM,
      attribution: '© OpenStreetMap',
    });
  });

  it('has no tiles when nothing is configured', () => {
    expect(readTileConfig(page({}))).toBeNull();
  });

  it('refuses tiles without a credit', () => {
    expect(readTileConfig(page({ 'dalil-tiles': OSM }))).toBeNull();
  });

  it('refuses a template without the three tile coordinates', () => {
    expect(
      readTileConfig(page({ 'dalil-tiles': 'https://x.org/{z}/{x}.png', 'dalil-tiles-attribution': 'x' })),
    ).toBeNull();
  });

  it('refuses a javascript: or data: template, and accepts one relative to the page', () => {
    const credit = { 'dalil-tiles-attribution': 'x' };
    expect(readTileConfig(page({ ...credit, 'dalil-tiles': 'javascript:{z}{x}{y}' }))).toBeNull();
    expect(readTileConfig(page({ ...credit, 'dalil-tiles': 'data:image/png,{z}{x}{y}' }))).toBeNull();
    expect(readTileConfig(page({ ...credit, 'dalil-tiles': 'tiles/{z}/{x}/{y}.png' }))?.url).toBe(
      'tiles/{z}/{x}/{y}.png',
    );
  });
});
