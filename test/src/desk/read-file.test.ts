import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../../src/desk/platform/read-file';

const ARABIC = 'وصلت السفن إلى اللاذقية';

describe('decodeArticleBytes', () => {
  it('reads UTF-8, and UTF-16 in either order by its byte-order mark', () => {
    expect(decodeArticleBytes(new TextEncoder().encode(ARABIC))).toEqual({
      ok: true,
      text: ARABIC,
      encoding: 'utf-8',
    });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]);
    expect(decodeArticleBytes(le)).toEqual({ ok: true, text: ARABIC, encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.from(ARABIC, 'utf16le')).swap16();
    expect(decodeArticleBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      ok: true,
      text: ARABIC,
      encoding: 'utf-16be',
    });
  });

  it('reads Arabic in Windows-1256 rather than showing mojibake', () => {
    // "اللاذقية" in Windows-1256.
    const bytes = Uint8Array.from([0xc7, 0xe1, 0xe1, 0xc7, 0xd0, 0xde, 0xed, 0xc9]);
    expect(decodeArticleBytes(bytes)).toEqual({ ok: true, text: 'اللاذقية', encoding: 'windows-1256' });
  });

  it('refuses an empty file, a binary one and bytes of no known encoding', () => {
    expect(decodeArticleBytes(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(decodeArticleBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]))).toEqual({
      ok: false,
      problem: 'binary',
    });
    expect(decodeArticleBytes(Uint8Array.from([0x41, 0x80, 0x81, 0x82, 0x90, 0x41]))).toEqual({
      ok: false,
      problem: 'unknown-encoding',
    });
  });
});
