import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../geo/cli/geoparse';
import { PLACE_KINDS, type PlaceCollection } from '../../../geo/contract';
import { callCli, IN_PROCESS, PROCESS_TIMEOUT_MS, runCli } from './run-cli';

const SEED = 'geo/articles/000_3e6b238d34b65557.txt';

describe('npm run geoparse -- FILE', IN_PROCESS, () => {
  it('prints only a GeoJSON FeatureCollection of Point features with the promised properties', () => {
    const result = callCli(main, [SEED]);
    expect(result.status).toBe(0);
    const collection = JSON.parse(result.stdout) as PlaceCollection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(10);
    const body = readFileSync(SEED, 'utf8').split('\n---\n').slice(1).join('\n---\n');
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const { id, kind, iso2, name, mentions } = feature.properties;
      expect(typeof id).toBe('string');
      expect(PLACE_KINDS).toContain(kind);
      expect(iso2 === null || /^[A-Z]{2}$/.test(iso2)).toBe(true);
      expect(name.ar && name.en).toBeTruthy();
      for (const m of mentions) {
        expect(body.slice(m.start, m.end)).toBe(m.text);
        expect(body.slice(m.quote.start, m.quote.end)).toBe(m.quote.text);
      }
    }
    const ids = collection.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads a plain text file without a header, offsets into the whole file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dalil-')), 'plain article.txt');
    const text = 'Russian aircraft landed near Latakia, officials said.';
    writeFileSync(file, text);
    const result = callCli(main, [file]);
    expect(result.status).toBe(0);
    const { features } = JSON.parse(result.stdout) as PlaceCollection;
    const latakia = features.find((f) => f.properties.id === 'latakia');
    expect(latakia?.properties.mentions[0]).toMatchObject({ start: 29, end: 36, text: 'Latakia' });
  });

  it('prints an empty collection for text with no places', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dalil-')), 'none.txt');
    writeFileSync(file, 'لا شيء هنا سوى كلمات.');
    const result = callCli(main, [file]);
    expect(JSON.parse(result.stdout)).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('fails with a message naming a missing file, and prints nothing on stdout', () => {
    const result = callCli(main, ['no/such/file.txt']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/no\/such\/file\.txt: cannot be read/);
  });

  // The command line itself, in a process of its own: slow (see PROCESS_TIMEOUT_MS), so only its contract.
  it(
    'as a process, prints the collection alone on stdout and exits 0, or a message on stderr and exits 1',
    () => {
      const good = runCli('geoparse.ts', [SEED]);
      expect(good.status).toBe(0);
      expect(good.stdout).toBe(callCli(main, [SEED]).stdout);
      expect(good.stderr).toBe('');
      const missing = runCli('geoparse.ts', ['no/such/file.txt']);
      expect(missing.status).toBe(1);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toMatch(/no\/such\/file\.txt: cannot be read/);
    },
    2 * PROCESS_TIMEOUT_MS,
  );
});
