import { DivIcon } from 'leaflet';
import { formatCount } from '../../i18n/locale';
import type { Language } from '../../../geo/contract';
import { centredIcon } from '../common/centred-icon';
import { CLUSTER_TARGET_PX } from './targets';

/** A cluster's marker: a disc with how many places it holds, the count set as text. */
class ClusterIcon extends DivIcon {
  constructor(private readonly count: string) {
    super(centredIcon('place-cluster', CLUSTER_TARGET_PX, CLUSTER_TARGET_PX / 2));
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const disc = document.createElement('span');
    disc.className = 'place-cluster__count';
    disc.setAttribute('aria-hidden', 'true');
    disc.textContent = this.count;
    this.options.html = disc;
    return super.createIcon(oldIcon);
  }
}

const icons = new Map<string, DivIcon>();

/** The icon of a cluster of `count` places, shared by every cluster of that count in that language. */
export function clusterIcon(count: number, language: Language): DivIcon {
  const key = `${language}/${count}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = new ClusterIcon(formatCount(count, language));
    icons.set(key, icon);
  }
  return icon;
}
