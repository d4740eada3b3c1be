import { describe, expect, it } from 'vitest';
import { popupMaxWidth, popupPanPadding } from '../../../src/model/popup-size';

describe('popup size', () => {
  it('leaves room on both sides of a popup on a 320 px and a 375 px screen', () => {
    expect(popupMaxWidth(320)).toBeLessThanOrEqual(320 - 40);
    expect(popupMaxWidth(375)).toBeLessThanOrEqual(375 - 40);
  });

  it('stops growing on a wide screen, to keep lines readable', () => {
    expect(popupMaxWidth(1280)).toBe(popupMaxWidth(2560));
  });

  it('keeps popups beside the zoom buttons on a wide screen and below their 44 px bar on a phone', () => {
    const wide = popupPanPadding(1280);
    expect(wide.autoPanPaddingTopLeft[0]).toBeGreaterThan(30 + 10);
    expect(wide.autoPanPaddingBottomRight[0]).toBe(wide.autoPanPaddingTopLeft[0]);
    const phone = popupPanPadding(375);
    expect(phone.autoPanPaddingTopLeft[1]).toBeGreaterThan(2 * 44 + 10);
    expect(
      phone.autoPanPaddingTopLeft[0] + phone.autoPanPaddingBottomRight[0] + popupMaxWidth(375),
    ).toBeLessThanOrEqual(375);
  });
});
