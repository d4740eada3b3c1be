import { describe, expect, it } from 'vitest';
import { popupMaxWidth } from '../../../src/model/popup-size';

describe('popup size', () => {
  it('leaves room on both sides of a popup on a 320 px and a 375 px screen', () => {
    expect(popupMaxWidth(320)).toBeLessThanOrEqual(320 - 40);
    expect(popupMaxWidth(375)).toBeLessThanOrEqual(375 - 40);
  });

  it('stops growing on a wide screen, to keep lines readable', () => {
    expect(popupMaxWidth(1280)).toBe(popupMaxWidth(2560));
  });
});
