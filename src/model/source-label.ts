import type { Language, SourceName } from '../../geo/contract';

/** How a claimant or agency is named: its name in the interface language, else the article's own words. */
export function sourceLabel(source: Pick<SourceName, 'name' | 'text'>, language: Language): string {
  return source.name?.[language] ?? source.text ?? '';
}
