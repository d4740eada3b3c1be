import { DivIcon } from 'leaflet';
import type { MarkerStyle } from '../../model/marker-style';
import { centredIcon } from '../common/centred-icon';
import { MIN_TARGET_PX } from './targets';

/**
 * The side of a marker's target in CSS pixels: a marker drawn smaller than the WCAG 2.2 minimum sits
 * centred in a transparent square that big, which takes the click, the tap and the focus ring. Phones get
 * 44 px from map.css.
 */
export function targetSide(shapeSize: number): number {
  return Math.max(shapeSize, MIN_TARGET_PX);
}

/** A marker icon whose drawn shape may be smaller than its target. */
class PlaceIcon extends DivIcon {
  constructor(
    className: string,
    private readonly shapeSize: number,
  ) {
    const side = targetSide(shapeSize);
    super(centredIcon(className, side, shapeSize / 2));
  }

  /** The drawn shape, a DOM node (never markup), made afresh for each marker that shares the icon. */
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const shape = document.createElement('span');
    shape.className = 'place-marker__shape';
    // Sized through the style object, which the page's policy allows (inline style markup it does not).
    shape.style.width = `${this.shapeSize}px`;
    shape.style.height = `${this.shapeSize}px`;
    this.options.html = shape;
    return super.createIcon(oldIcon);
  }
}

const icons = new Map<string, DivIcon>();

/**
 * The marker icon for a style, shared by every marker that looks the same. It holds no markup: names and
 * ids from the data are set on the element as attributes.
 */
export function placeIcon({ className, size }: MarkerStyle): DivIcon {
  const key = `${className}/${size}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = new PlaceIcon(className, size);
    icons.set(key, icon);
  }
  return icon;
}
