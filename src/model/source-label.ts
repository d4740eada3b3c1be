import type { Language, Source } from '../../geo/contract';

/** How a claimant or agency is named: its name in the interface language, else the article's own words. */
export function sourceLabel(source: Source, language: Language): string {
  return source.name?.[language] ?? source.text;
}
