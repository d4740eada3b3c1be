import { describe, expect, it } from 'vitest';
import { parseHostMessage } from '../../../src/platform/host-message';

describe('parseHostMessage', () => {
  it('accepts a selection, a language and a height request', () => {
    expect(parseHostMessage({ type: 'dalil:select', place: 'latakia' })).toEqual({
      type: 'dalil:select',
      place: 'latakia',
    });
    expect(parseHostMessage({ type: 'dalil:select', place: null })).toEqual({
      type: 'dalil:select',
      place: null,
    });
    expect(parseHostMessage({ type: 'dalil:language', language: 'en' })).toEqual({
      type: 'dalil:language',
      language: 'en',
    });
    expect(parseHostMessage({ type: 'dalil:height' })).toEqual({ type: 'dalil:height' });
  });

  it('ignores other scripts’ messages and anything malformed', () => {
    for (const data of [
      null,
      'dalil:height',
      42,
      { 'datawrapper-height': { x: 400 } },
      { type: 'dalil:select' },
      { type: 'dalil:select', place: '<img src=x onerror=alert(1)>' },
      { type: 'dalil:language', language: 'fr' },
      { type: 'dalil:height', extra: true },
      { type: 'dalil:select', place: 'x', quote: { articleId: 'a', start: -1 } },
      { type: 'dalil:eval', code: 'alert(1)' },
    ]) {
      expect(parseHostMessage(data)).toBeNull();
    }
  });

  it('does not throw on objects with hostile getters or prototypes', () => {
    const hostile: unknown = Object.create({ type: 'dalil:height' });
    expect(parseHostMessage(hostile)).toBeNull();
    const throwing = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(() => parseHostMessage(throwing)).not.toThrow();
  });
});
