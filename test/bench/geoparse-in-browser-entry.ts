/** What the browser benchmark runs: the shipped gazetteer and one timed geoparse. */
import { defaultGazetteer } from '../../geo/match/default-gazetteer';
import { geoparse } from '../../geo/geoparse';

/** When this bundle's modules, the gazetteer's lists among them, had been evaluated. */
const evaluatedAt = performance.now();

/**
 * The gazetteer's load: seconds from `startedAt` (set by the page before the bundle was added) until
 * the bundle's modules were evaluated, then building its indexes.
 */
export function load(startedAt: number): { evaluateSeconds: number; buildSeconds: number } {
  const started = performance.now();
  defaultGazetteer();
  return {
    evaluateSeconds: (evaluatedAt - startedAt) / 1000,
    buildSeconds: (performance.now() - started) / 1000,
  };
}

export function run(text: string): { seconds: number; mentions: number } {
  const gazetteer = defaultGazetteer();
  geoparse(text.slice(0, 20_000), 'warm-up', gazetteer);
  const started = performance.now();
  const { features } = geoparse(text, 'bench', gazetteer);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, mentions: features.reduce((n, f) => n + f.properties.mentions.length, 0) };
}
