/**
 * An export as a file: its name, media type and content, for each of the three formats. The one entry
 * to the builders, so the app can load them all at once when the reader asks for a download.
 */
import { evidenceRows, type ExportScope } from './evidence-rows';
import { toCsv } from './to-csv';
import { toGeoJson } from './to-geojson';
import { toWebAnnotations } from './to-web-annotations';

export const EXPORT_FORMATS = ['geojson', 'csv', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  /** The media type, with the character set for text. */
  type: string;
  content: string;
}

/** The file of `format` for what is on screen, named for the reader's day of `now`. */
export function exportFile(format: ExportFormat, scope: ExportScope, now: Date): ExportFile {
  const rows = evidenceRows(scope);
  const day = localDay(now);
  switch (format) {
    case 'geojson':
      return {
        name: `dalil-${day}.geojson`,
        type: 'application/geo+json',
        content: json(toGeoJson(rows)),
      };
    case 'csv':
      return { name: `dalil-${day}.csv`, type: 'text/csv;charset=utf-8', content: toCsv(rows) };
    case 'annotations':
      return {
        name: `dalil-${day}-annotations.jsonld`,
        type: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
        content: json(toWebAnnotations(rows, `urn:dalil:annotations:${day}`)),
      };
  }
}

/** YYYY-MM-DD of `date` where the reader is: the day they downloaded it on. */
export function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Indented, so a reader can open the file in a text editor; the quotes stay as written, not escaped. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
