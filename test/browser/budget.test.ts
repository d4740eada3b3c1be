import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './dist-files';
import { firstLoadAssets, total } from './first-load';

/**
 * Most JavaScript a first visit may download, gzipped: React and Leaflet take about 100 KB of it, the
 * clustering that keeps markers apart at any count (supercluster and its k-d tree) 4 KB, reading the
 * articles' texts from their chunk files when a quote needs them 2 KB (which took 7 KB off the seeds'
 * first data file, and a third off a large map's), reading the compact first file of schema 7 and the
 * details in the chunks 2 KB (which took 4 KB off the seeds' first data file, and 390 KB off that of a
 * map of 1,000 articles), the base map's levels of detail 2 KB (which took the base map a first visit
 * downloads from 227 KB to 56 KB at the opening view, and to 41 KB at world zoom), and reading the summary
 * first file of schema 8 and its evidence file when first needed 2 KB (which took the data a first visit
 * downloads from 4.8 MB to 0.23 MB gzipped at 10,000 articles), and keeping an open popup clear of the
 * legend and the map's controls, measured from their boxes, 1 KB (850 bytes).
 */
const JS_BUDGET_GZIP = 167 * 1024;

describe('size budget', () => {
  it('keeps the JavaScript of a first visit under 167 KB gzipped', () => {
    const assets = firstLoadAssets(DIST_DIR);
    expect(assets.some((a) => a.kind === 'js')).toBe(true);
    expect(total(assets, 'js').gzip).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });

  it('loads only the two Arabic font files the app imports', () => {
    const fonts = firstLoadAssets(DIST_DIR).filter((a) => a.kind === 'font');
    expect(fonts.map((f) => f.path.replace(/-[\w-]{8}\.woff2$/, '')).sort()).toEqual([
      'assets/noto-naskh-arabic-arabic-400-normal',
      'assets/noto-naskh-arabic-arabic-700-normal',
    ]);
  });
});
