import { DivIcon } from 'leaflet';
import { centredIcon } from '../common/centred-icon';

/** Side of the arrowhead's target, in CSS pixels: the WCAG 2.2 minimum, though the arrow is smaller. */
const HEAD_TARGET_PX = 24;

/**
 * The arrowhead at the middle of an arc, turned to the direction of travel; a denial also carries its
 * word ("Denied", "نفي") beside it. Built with DOM calls, never markup: the label is set as text.
 */
export class MovementHeadIcon extends DivIcon {
  constructor(
    className: string,
    private readonly angle: number,
    private readonly label: string | null,
  ) {
    super(centredIcon(className, HEAD_TARGET_PX, HEAD_TARGET_PX / 2));
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const arrow = document.createElement('span');
    arrow.className = 'movement-head__arrow';
    // Set through the style object, which the page's policy allows (inline style markup it does not).
    arrow.style.transform = `rotate(${this.angle.toFixed(1)}deg)`;
    this.options.html = arrow;
    const element = super.createIcon(oldIcon);
    if (this.label) {
      const label = document.createElement('span');
      label.className = 'movement-head__label';
      label.setAttribute('aria-hidden', 'true');
      label.textContent = this.label;
      element.append(label);
    }
    return element;
  }
}
