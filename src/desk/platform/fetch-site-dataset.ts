/**
 * The dataset the site publishes, whole: its first file, the evidence file it names and every text chunk
 * (CONTRACT.md, "Text chunks", "Summary first file"), joined into one dataset for the desk, which edits the
 * texts. What arrives is still untrusted: the caller validates it as any data file.
 */
import * as v from 'valibot';
import {
  DATASET_PATH,
  EvidenceNameSchema,
  evidencePath,
  TextChunkNameSchema,
  textChunkPath,
} from '../../../geo/contract';
import { joinTexts } from '../../../geo/split-dataset';
import { fetchJson, type FetchJsonResult } from '../../platform/fetch-json';

const NamesSchema = v.object({
  textChunks: v.optional(v.array(TextChunkNameSchema), []),
  evidence: v.optional(EvidenceNameSchema),
});

/** The site's `path` from the desk, which lives at `desk/` below the site's root. */
const siteFile = (path: string) => new URL(`../${path}`, window.location.href).href;

export async function fetchSiteDataset(): Promise<FetchJsonResult> {
  const first = await fetchJson(siteFile(DATASET_PATH));
  if (!first.ok) return first;
  const names = v.safeParse(NamesSchema, first.json);
  if (!names.success) return first;
  const chunks: unknown[] = [];
  for (const name of names.output.textChunks) {
    const chunk = await fetchJson(siteFile(textChunkPath(name)));
    if (!chunk.ok) return chunk;
    chunks.push(chunk.json);
  }
  let evidence: unknown;
  if (names.output.evidence !== undefined) {
    const fetched = await fetchJson(siteFile(evidencePath(names.output.evidence)));
    if (!fetched.ok) return fetched;
    evidence = fetched.json;
  }
  try {
    return { ok: true, json: joinTexts(first.json, chunks, evidence) };
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
}
