import { describe, expect, it } from 'vitest';
import { evidenceRows } from '../../../../src/model/export/evidence-rows';
import {
  ANNOTATION_CONTEXT,
  CONTEXT_LENGTH,
  toWebAnnotations,
} from '../../../../src/model/export/to-web-annotations';
import { astralDataset, ASTRAL_TEXT, JETS_SENTENCE } from '../../fixtures/astral-dataset';
import { builtDataset } from '../../fixtures/built-dataset';
import { codePointSlice } from '../../fixtures/export-files';
import { exportScopeOf } from '../../fixtures/listed';

function annotationsOf(dataset = builtDataset()) {
  const rows = evidenceRows(exportScopeOf(dataset));
  return JSON.parse(JSON.stringify(toWebAnnotations(rows, 'urn:dalil:annotations:test'))) as ReturnType<
    typeof toWebAnnotations
  >;
}

describe('W3C Web Annotation export', () => {
  it('is an annotation collection in the W3C context, its page embedded', () => {
    const collection = annotationsOf();
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.total).toBe(collection.first.items.length);
    expect(collection.total).toBeGreaterThan(100);
  });

  it('counts positions in code points, past emoji and a mathematical letter', () => {
    const [jets] = annotationsOf(astralDataset()).first.items;
    const [quote, position] = jets!.target.selector;
    expect(quote.exact).toBe(JETS_SENTENCE);
    expect(position.start).toBe(Array.from(ASTRAL_TEXT.slice(0, ASTRAL_TEXT.indexOf(JETS_SENTENCE))).length);
    expect(position.start).toBe(ASTRAL_TEXT.indexOf(JETS_SENTENCE) - 2);
    expect(position.end - position.start).toBe(Array.from(JETS_SENTENCE).length);
    expect(codePointSlice(ASTRAL_TEXT, position.start, position.end)).toBe(quote.exact);
  });

  it('selects each sentence by its words with the text just before and after it', () => {
    for (const dataset of [builtDataset(), astralDataset()]) {
      const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
      const sources = new Map(dataset.articles.map((a) => [a.url ?? `urn:dalil:article:${a.id}`, a.id]));
      for (const annotation of annotationsOf(dataset).first.items) {
        const text = texts.get(sources.get(annotation.target.source)!)!;
        const [quote, position] = annotation.target.selector;
        expect(codePointSlice(text, position.start, position.end)).toBe(quote.exact);
        const before = Array.from(text).slice(0, position.start).join('');
        const after = Array.from(text).slice(position.end).join('');
        expect(before.endsWith(quote.prefix)).toBe(true);
        expect(after.startsWith(quote.suffix)).toBe(true);
        expect(Array.from(quote.prefix).length).toBe(Math.min(CONTEXT_LENGTH, Array.from(before).length));
        expect(Array.from(quote.suffix).length).toBe(Math.min(CONTEXT_LENGTH, Array.from(after).length));
      }
    }
  });

  it('makes the place its body: both names as tags, and a geo: URI latitude first', () => {
    const annotation = annotationsOf().first.items.find((a) => a.id.includes(':moscow:'))!;
    expect(annotation.motivation).toBe('identifying');
    expect(annotation.body).toContainEqual(expect.objectContaining({ value: 'Moscow', language: 'en' }));
    expect(annotation.body).toContainEqual(expect.objectContaining({ language: 'ar', purpose: 'tagging' }));
    const geo = annotation.body.find((b) => b.type === 'SpecificResource');
    expect(geo).toMatchObject({ purpose: 'identifying' });
    const source = geo && 'source' in geo ? geo.source : '';
    expect(source).toMatch(/^geo:/);
    const [lat, lng] = source.replace('geo:', '').split(',').map(Number);
    expect(lat).toBeCloseTo(55.75, 0);
    expect(lng).toBeCloseTo(37.6, 0);
  });

  it('names an article by its address, or by a URN when it has none', () => {
    const sources = annotationsOf(astralDataset()).first.items.map((a) => a.target.source);
    expect(new Set(sources)).toEqual(new Set(['https://example.org/news/1?a=1,b="2"']));
    expect(annotationsOf().first.items[0]!.target.source).toMatch(/^urn:dalil:article:/);
  });

  it('annotates a mention two claims share once, with unique ids throughout', () => {
    const items = annotationsOf(astralDataset()).first.items;
    expect(items).toHaveLength(3);
    const all = annotationsOf().first.items;
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });
});
