/** What the browser benchmark runs: the shipped gazetteer and one timed geoparse. */
import { defaultGazetteer } from '../../geo/match/default-gazetteer';
import { geoparse } from '../../geo/geoparse';

export function run(text: string): { seconds: number; mentions: number } {
  const gazetteer = defaultGazetteer();
  geoparse(text.slice(0, 20_000), 'warm-up', gazetteer);
  const started = performance.now();
  const { features } = geoparse(text, 'bench', gazetteer);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, mentions: features.reduce((n, f) => n + f.properties.mentions.length, 0) };
}
