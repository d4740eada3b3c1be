/**
 * Validates gazetteer entries against the entry schema and writes them as a JSON array, one entry a
 * line: compact enough for the browser, and a re-import shows as a line-by-line diff.
 */
import fs from 'node:fs';
import * as v from 'valibot';
import { GazetteerEntrySchema, type GazetteerEntry } from '../gazetteer/entry';

export function formatJsonLines(items: readonly unknown[]): string {
  return items.length === 0 ? '[]\n' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

/** Throws on the first invalid entry or duplicate id, so a bad import never reaches the repository. */
export function writeGazetteer(path: string, entries: readonly GazetteerEntry[]): void {
  const ids = new Set<string>();
  for (const entry of entries) {
    const result = v.safeParse(GazetteerEntrySchema, entry);
    if (!result.success) throw new Error(`${entry.id}: ${result.issues[0].message}`);
    if (ids.has(entry.id)) throw new Error(`${entry.id}: duplicate id`);
    ids.add(entry.id);
  }
  fs.writeFileSync(path, formatJsonLines(entries));
}
