import { describe, expect, it } from 'vitest';
import { evidenceRows } from '../../../../src/model/export/evidence-rows';
import { EVIDENCE_FIELDS } from '../../../../src/model/export/evidence-record';
import { csvCell, toCsv } from '../../../../src/model/export/to-csv';
import { astralDataset, FORMULA_SENTENCE } from '../../fixtures/astral-dataset';
import { builtDataset } from '../../fixtures/built-dataset';
import { codePointSlice, readCsv, readCsvRecords, unguarded } from '../../fixtures/export-files';
import { exportScopeOf } from '../../fixtures/listed';

function csvOf(dataset = builtDataset()) {
  return toCsv(evidenceRows(exportScopeOf(dataset)));
}

describe('CSV export', () => {
  it('quotes a field holding a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('قال مسؤولون أمريكيون')).toBe('قال مسؤولون أمريكيون');
    expect(csvCell(null)).toBe('');
  });

  it('guards every cell a spreadsheet would read as a formula with an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('1 = 1')).toBe('1 = 1');
  });

  it('writes numbers as numbers, a negative longitude included', () => {
    expect(csvCell(-0.1276)).toBe('-0.1276');
    expect(csvCell(35.4)).toBe('35.4');
  });

  it('starts with a byte-order mark and ends every line in CRLF', () => {
    const csv = csvOf();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\r(?!\n)/);
  });

  it('reads back as a header and one row per piece of evidence, each quote a verbatim slice', () => {
    const dataset = builtDataset();
    const csv = csvOf(dataset);
    const [header] = readCsv(csv.slice(1));
    expect(header).toEqual(['longitude', 'latitude', ...EVIDENCE_FIELDS]);
    const records = readCsvRecords(csv.slice(1));
    expect(records.length).toBe(evidenceRows(exportScopeOf(dataset)).length);
    const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
    for (const r of records) {
      const text = texts.get(r.article_id!)!;
      expect(codePointSlice(text, Number(r.quote_start), Number(r.quote_end))).toBe(unguarded(r.quote!));
      expect(codePointSlice(text, Number(r.mention_start), Number(r.mention_end))).toBe(r.mention);
      expect(Number(r.longitude)).toBeGreaterThanOrEqual(-180);
      expect(Math.abs(Number(r.latitude))).toBeLessThanOrEqual(90);
    }
  });

  it('keeps a formula-like quote inert yet verbatim once the guard is taken off, past emoji', () => {
    const dataset = astralDataset();
    const records = readCsvRecords(csvOf(dataset).slice(1));
    const formula = records.find((r) => r.claim_id === 'astral#3')!;
    expect(formula.quote).toBe(`'${FORMULA_SENTENCE}`);
    expect(formula.article_title).toBe("'+Jets 😀 land");
    expect(formula.article_outlet).toBe("'@outlet");
    expect(formula.article_url).toBe('https://example.org/news/1?a=1,b="2"');
    const text = dataset.articles[0]!.text;
    for (const r of records)
      expect(codePointSlice(text, Number(r.quote_start), Number(r.quote_end))).toBe(unguarded(r.quote!));
    // Past the emoji the code-point offsets run behind the UTF-16 ones.
    expect(Number(formula.quote_start)).toBeLessThan(text.indexOf(FORMULA_SENTENCE));
  });
});
