import { describe, expect, it } from 'vitest';
import { clampHeight, embedSnippet } from '../../../src/model/embed-snippet';
import { resizeMessage } from '../../../src/platform/resize-message';

describe('embedSnippet', () => {
  const code = embedSnippet({
    src: 'https://maps.example/dalil/?embed=1&lang=en',
    title: 'A "map"',
    height: 480,
  });

  it('writes a lazy, sandboxed, titled iframe with its height reserved', () => {
    expect(code).toContain('src="https://maps.example/dalil/?embed=1&amp;lang=en"');
    expect(code).toContain('title="A &quot;map&quot;"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(code).not.toContain('allow-same-origin');
    expect(code).toContain('referrerpolicy="no-referrer"');
    expect(code).toContain('height="480"');
    expect(code).toContain('height:480px');
  });

  it('includes the listener for the datawrapper-height message', () => {
    expect(code).toContain('<script>');
    expect(code).toContain('"datawrapper-height"');
    expect(code).toContain('contentWindow !== event.source');
  });

  it('keeps heights within what a page can use', () => {
    expect(clampHeight(10)).toBe(240);
    expect(clampHeight(99999)).toBe(2000);
    expect(clampHeight(Number.NaN)).toBe(480);
  });
});

describe('resizeMessage', () => {
  it('follows the datawrapper-height convention, in whole pixels', () => {
    expect(resizeMessage(412.2)).toEqual({ 'datawrapper-height': { dalil: 413 } });
  });
});
