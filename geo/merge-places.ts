/** Merges the places of several articles: one feature per place, mentions in article order. */
import type { PlaceFeature } from './contract';

export function mergeArticlePlaces(perArticle: readonly PlaceFeature[][]): PlaceFeature[] {
  const byId = new Map<string, PlaceFeature>();
  for (const features of perArticle) {
    for (const feature of features) {
      const known = byId.get(feature.properties.id);
      if (known) known.properties.mentions.push(...feature.properties.mentions);
      else
        byId.set(feature.properties.id, {
          ...feature,
          properties: { ...feature.properties, mentions: [...feature.properties.mentions] },
        });
    }
  }
  return [...byId.values()];
}
