/**
 * The evidence on screen as CSV (RFC 4180): a header row, then one row per piece of evidence, the same
 * fields as the GeoJSON's properties with the longitude and latitude first. UTF-8 with a byte-order mark,
 * so that spreadsheets open the Arabic as Arabic; lines end in CRLF.
 *
 * The text is untrusted (articles are scraped from the web): a cell a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a `'` before it, which
 * spreadsheets take as "this is text" and do not show.
 */
import { EVIDENCE_FIELDS, evidenceRecord } from './evidence-record';
import type { EvidenceRow } from './evidence-rows';

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/** What a formula starts with in Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What makes RFC 4180 quote a field. */
const NEEDS_QUOTES = /[",\r\n]/;

type Cell = string | number | null;

/** One field: text guarded against formulas and quoted when it must be; numbers as they are; null empty. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

export function toCsv(rows: readonly EvidenceRow[]): string {
  const lines = [
    csvLine(['longitude', 'latitude', ...EVIDENCE_FIELDS]),
    ...rows.map((row) => {
      const record = evidenceRecord(row);
      return csvLine([...row.place.geometry.coordinates, ...EVIDENCE_FIELDS.map((name) => record[name])]);
    }),
  ];
  return BYTE_ORDER_MARK + lines.join(LINE_END) + LINE_END;
}
