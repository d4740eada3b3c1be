/**
 * An article file dropped or picked on the desk, as text: UTF-8, UTF-16 with its byte-order mark, or
 * Arabic in Windows-1256 (common for older Arabic files) when the bytes are not UTF-8; an HTML page reduced
 * to its text by the browser's parser, in a document that is never shown (no script runs, nothing loads).
 * A binary or empty file is refused by name.
 */
export type FileText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' }
  | { ok: false; problem: 'empty' | 'binary' | 'unknown-encoding' | 'too-large' };

/** Larger files are refused before they are read: far beyond any article. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export function decodeArticleBytes(bytes: Uint8Array): FileText {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) return { ok: false, problem: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Arabic bytes of Windows-1256 are mostly 0xC1–0xFE; anything else the editor must convert.
    const high = bytes.filter((b) => b >= 0x80);
    const arabicLike = high.filter((b) => b >= 0xc1 && b <= 0xfe).length;
    if (high.length > 0 && arabicLike / high.length > 0.6)
      return { ok: true, text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
    return { ok: false, problem: 'unknown-encoding' };
  }
}

/** The readable text of an HTML page: its title and body text, paragraphs kept apart by blank lines. */
export function textOfHtml(html: string): { title: string; text: string } {
  // DOMParser makes an inert document: scripts do not run, images and styles do not load.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.querySelectorAll('script, style, noscript, template, nav, header, footer, aside'))
    node.remove();
  const blocks = [...doc.body.querySelectorAll('h1, h2, h3, p, li, blockquote')]
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const text = blocks.length > 0 ? blocks.join('\n\n') : doc.body.textContent.replace(/\s+/g, ' ').trim();
  return { title: doc.title.trim(), text };
}

export const isHtmlFile = (name: string) => /\.html?$/i.test(name);
export const isArticleFile = (name: string) => /\.(txt|md|html?)$/i.test(name);
