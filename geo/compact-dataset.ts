/**
 * The compact first file (schema 7, CONTRACT.md "Compact first file"): what the first view, the filters,
 * the timeline and the counts read, articles by their index, sources and equipment once each in a table;
 * the rest of each mention and claim (its words, how sure the reading is, an editor's review) goes to the
 * article's chunk as its detail. This module writes it (the build), reads it as the app holds it, and
 * joins it with its chunks into a whole dataset again (the desk, the site's build).
 */
import * as v from 'valibot';
import {
  CompactFirstFileSchema,
  issueMessages,
  TextChunkSchema,
  type ChunkedArticle,
  type CompactClaim,
  type CompactFirstFile,
  type CompactMention,
  type Dataset,
  type EquipmentName,
  type Source,
  type SourceName,
} from './contract.ts';
import {
  detailOf,
  mentionKey,
  sourceName,
  spanOf,
  wholeClaim,
  type ArticleDetail,
  type ListedClaim,
  type ListedDataset,
  type ListedPlaceFeature,
} from './listed-dataset.ts';

/** The compact first file but the names of its chunks, which the writer gives as it writes them. */
export type CompactFirst = Omit<CompactFirstFile, 'textChunks'>;

/**
 * The compact first file of a whole dataset whose articles are already chunked (in the dataset's order),
 * and each article's detail, which goes to its chunk.
 */
export function compactDataset(
  dataset: Dataset,
  articles: ChunkedArticle[],
): { first: CompactFirst; details: Map<string, ArticleDetail> } {
  const details = new Map<string, ArticleDetail>();
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const at = (articleId: string) => {
    const index = indexOf.get(articleId);
    if (index === undefined) throw new Error(`article ${articleId} is not one of the dataset's`);
    return index;
  };
  // The detail of each mention and claim goes to its article's chunk, as `listedPlace` and `listedClaim`
  // give it; made here in one pass, without the listed objects between (this runs over every mention and
  // claim of the corpus at each build).
  const features = dataset.places.features.map((feature) => {
    const { mentions: whole, ...place } = feature.properties;
    const mentions = whole.map((m): CompactMention => {
      const { articleId, start, end, quote, role, text, confidence, reason, review } = m;
      detailOf(details, articleId).mentions.push({
        placeId: place.id,
        start,
        text,
        confidence,
        reason,
        ...(review && { review }),
      });
      return [at(articleId), start, end, quote.start, quote.end, role ?? 'site'];
    });
    return { ...feature, properties: { ...place, mentions } };
  });
  const sources: SourceName[] = [];
  const sourceAt = new Map<string, number>();
  const sourceIndex = (whole: Source | null) => {
    const source = sourceName(whole);
    if (!source) return null;
    const key = JSON.stringify([source.id, source.name?.ar, source.name?.en, source.party, source.text]);
    let index = sourceAt.get(key);
    if (index === undefined) sourceAt.set(key, (index = sources.push(source) - 1));
    return index;
  };
  const equipment = new Map<string, EquipmentName>();
  const claims = (dataset.claims ?? []).map((c): CompactClaim => {
    if (!c.id.startsWith(c.articleId) || c.id === c.articleId)
      throw new Error(`claim ${c.id}: its id does not begin with its article's, ${c.articleId}`);
    detailOf(details, c.articleId).claims.push({
      id: c.id,
      claimant: c.claimant && spanOf(c.claimant),
      via: c.via && spanOf(c.via),
      cue: c.cue,
      dateText: c.dateText,
      equipment: c.equipment.map(({ id, start, end, text }) => ({ id, start, end, text })),
      ...(c.review && { review: c.review }),
    });
    for (const { id, name, kinds } of c.equipment)
      if (!equipment.has(id)) equipment.set(id, { id, name, kinds });
    return {
      suffix: c.id.slice(c.articleId.length),
      article: at(c.articleId),
      quote: [c.quote.start, c.quote.end],
      clause: [c.clause.start, c.clause.end],
      activities: c.activities,
      stance: c.stance,
      claimant: sourceIndex(c.claimant),
      via: sourceIndex(c.via),
      equipment: c.equipment.map((e) => e.id),
      eventDate: c.eventDate,
      places: c.places.map((p) => [p.placeId, p.role, p.start, p.end]),
      from: c.from,
      to: c.to,
      respondsTo: c.respondsTo,
    };
  });
  return {
    first: {
      schemaVersion: 7,
      articles,
      places: { type: 'FeatureCollection', features },
      sources,
      equipment: [...equipment.values()],
      claims,
    },
    details,
  };
}

/** True when untrusted data claims to be a compact first file (schema 7 with text chunks). */
export function isCompactFirstFile(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { schemaVersion?: unknown }).schemaVersion === 7 &&
    'textChunks' in input
  );
}

/**
 * Reads an untrusted compact first file into the dataset the app holds: its shape checked by the schema,
 * then every index it gives (an article, a source, a piece of equipment) checked to name one. A fault
 * refuses the file, with the first twenty problems; the evidence is checked after (`readListedDataset`).
 */
export function readCompactFirstFile(
  input: unknown,
): { ok: true; dataset: ListedDataset } | { ok: false; problems: string[] } {
  const parsed = v.safeParse(CompactFirstFileSchema, input);
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.issues) };
  return listedOfCompact(parsed.output);
}

/**
 * A compact first file whose shape is checked, read into the dataset the app holds: every index it gives
 * (an article, a source, a piece of equipment) checked to name one.
 */
export function listedOfCompact(
  file: CompactFirstFile,
): { ok: true; dataset: ListedDataset } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const articles = file.articles.map(({ chunk, length, lead, ...meta }) => ({
    ...meta,
    chunk,
    length,
    lead,
  }));
  const article = (index: number, where: string) => {
    const found = articles[index];
    if (!found) problems.push(`${where}: article ${index} is not one of the ${articles.length} articles`);
    return found;
  };
  const source = (index: number | null, where: string) => {
    if (index === null) return null;
    const found = file.sources[index];
    if (!found) problems.push(`${where}: source ${index} is not one of the ${file.sources.length} sources`);
    return found ?? null;
  };
  const equipment = new Map(file.equipment.map((e) => [e.id, e]));
  const features = file.places.features.map((feature, f): ListedPlaceFeature => {
    const mentions = feature.properties.mentions.flatMap(
      ([index, start, end, quoteStart, quoteEnd, role], k) => {
        const a = article(index, `places.features.${f}.properties.mentions.${k}`);
        return a ? [{ articleId: a.id, start, end, quote: { start: quoteStart, end: quoteEnd }, role }] : [];
      },
    );
    return { ...feature, properties: { ...feature.properties, mentions } };
  });
  const claims = file.claims.flatMap((c, k): ListedClaim[] => {
    const where = `claims.${k}`;
    const a = article(c.article, where);
    const named = c.equipment.map((id) => {
      const found = equipment.get(id);
      if (!found) problems.push(`${where}: equipment ${id} is not in the table of equipment`);
      return found;
    });
    if (!a) return [];
    return [
      {
        id: `${a.id}${c.suffix}`,
        articleId: a.id,
        published: a.published,
        eventDate: c.eventDate,
        quote: { start: c.quote[0], end: c.quote[1] },
        clause: { start: c.clause[0], end: c.clause[1] },
        activities: c.activities,
        stance: c.stance,
        claimant: source(c.claimant, `${where}.claimant`),
        via: source(c.via, `${where}.via`),
        equipment: named.filter((e) => e !== undefined),
        places: c.places.map(([placeId, role, start, end]) => ({ placeId, role, start, end })),
        from: c.from,
        to: c.to,
        respondsTo: c.respondsTo,
      },
    ];
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  return {
    ok: true,
    dataset: {
      schemaVersion: file.schemaVersion,
      articles,
      places: { type: 'FeatureCollection', features },
      unresolved: [],
      claims,
      textChunks: file.textChunks,
    },
  };
}

/**
 * A compact first file and its chunks joined into a whole dataset, for `parseDataset` to check in full (the
 * desk, the site's build): each article with its text, each mention and claim with its detail. What is
 * missing is left out, for the schema to refuse and name; a first file that cannot be read is given back
 * as it is, for the same.
 */
export function joinCompact(first: unknown, chunks: readonly unknown[]): unknown {
  const read = readCompactFirstFile(first);
  if (!read.ok) return first;
  const { dataset } = read;
  const texts = new Map<string, string>();
  const details = new Map<string, ArticleDetail>();
  const unresolved = [];
  for (const chunk of chunks) {
    const parsed = v.safeParse(TextChunkSchema, chunk);
    if (!parsed.success) continue;
    for (const entry of parsed.output.texts) {
      texts.set(entry.id, entry.text);
      details.set(entry.id, { mentions: entry.mentions ?? [], claims: entry.claims ?? [] });
      unresolved.push(...(entry.unresolved ?? []));
    }
  }
  const mentionDetails = new Map<string, ArticleDetail['mentions'][number]>();
  for (const [articleId, detail] of details)
    for (const m of detail.mentions) mentionDetails.set(`${articleId}:${mentionKey(m.placeId, m.start)}`, m);
  const claimDetails = new Map(
    [...details.values()].flatMap((detail) => detail.claims.map((c) => [c.id, c] as const)),
  );
  return {
    schemaVersion: dataset.schemaVersion,
    articles: dataset.articles.map(({ chunk, length, lead, ...meta }) => {
      const text = texts.get(meta.id);
      return text === undefined ? { ...meta, chunk, length, lead } : { ...meta, text };
    }),
    places: {
      ...dataset.places,
      features: dataset.places.features.map((feature) => ({
        ...feature,
        properties: {
          ...feature.properties,
          mentions: feature.properties.mentions.map((m) => {
            const detail = mentionDetails.get(`${m.articleId}:${mentionKey(feature.properties.id, m.start)}`);
            if (!detail) return m;
            const { text, confidence, reason, review } = detail;
            return { ...m, text, confidence, reason, ...(review && { review }) };
          }),
        },
      })),
    },
    unresolved,
    claims: (dataset.claims ?? []).map((c) => {
      const detail = claimDetails.get(c.id);
      return detail ? wholeClaim(c, detail) : c;
    }),
  };
}
