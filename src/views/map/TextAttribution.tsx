import { Control, type ControlOptions } from 'leaflet';
import { createControlComponent } from '@react-leaflet/core';

/** Where Leaflet's own credit links. */
const LEAFLET_URL = 'https://leafletjs.com';

/**
 * Leaflet's attribution control, writing text instead of markup: each layer's credit ("Natural Earth",
 * the online tiles' credit from the page's meta tag) is shown as text, whatever it holds, and Leaflet's
 * own credit is a link made with DOM calls. No string reaches `innerHTML`, so the control works where the
 * page enforces Trusted Types and can never run what a credit carries.
 */
class TextAttributionControl extends Control.Attribution {
  /** Leaflet's count of the layers giving each credit (its own field, not in its typings). */
  declare private _attributions: Record<string, number>;

  constructor(options: ControlOptions) {
    super({ ...options, prefix: false });
  }

  /** Called by Leaflet whenever a credit comes or goes. */
  _update(): void {
    const container = this.getContainer();
    if (!container) return;
    const leaflet = document.createElement('a');
    leaflet.href = LEAFLET_URL;
    leaflet.textContent = 'Leaflet';
    const parts: (Node | string)[] = [leaflet];
    const credits = Object.keys(this._attributions).filter((credit) => this._attributions[credit]);
    if (credits.length > 0) {
      const separator = document.createElement('span');
      separator.setAttribute('aria-hidden', 'true');
      separator.textContent = ' | ';
      parts.push(separator, credits.join(', '));
    }
    container.replaceChildren(...parts);
  }
}

export const TextAttribution = createControlComponent(
  (props: ControlOptions) => new TextAttributionControl(props),
);
