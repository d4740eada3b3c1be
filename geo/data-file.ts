/**
 * How every data file of geo/ is read: its JSON, imported statically so the browser bundle can hold it
 * too, checked against the file's schema. The loaders of each kind (lexicon/lexicon.ts,
 * gazetteer/default.ts, import/curation.ts) go through here, so a broken file always stops with a
 * message naming the file and the entry.
 */
import * as v from 'valibot';

/** The content of the data file at `path` (from the repository root), checked against `schema`. */
export function parseDataFile<S extends v.GenericSchema>(
  path: string,
  schema: S,
  json: unknown,
): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.');
  throw new Error(`${path}: ${where ? `${where}: ` : ''}${issue.message}`);
}
