/**
 * Where to find the shapes Natural Earth does not give their own ISO code.
 *
 * Natural Earth draws France's overseas departments, Svalbard, Bonaire or Tokelau as polygons of their
 * sovereign's feature, and Christmas and Cocos Islands as one "Indian Ocean Ter." feature. For those,
 * the point comes from the parent's polygons that lie inside a box; the boxes are loose on purpose (each
 * holds only that territory's islands). Coordinates are `[west, south, east, north]` in degrees.
 */
export interface CarveOut {
  /** The parent feature: an ISO alpha-2 code, or a Natural Earth name for features without an id. */
  parent: string;
  box: readonly [number, number, number, number];
}

export const CARVE_OUTS: Readonly<Record<string, CarveOut>> = {
  BQ: { parent: 'NL', box: [-68.5, 11.9, -68, 12.4] },
  BV: { parent: 'NO', box: [3, -55, 4, -54] },
  CC: { parent: 'Indian Ocean Ter.', box: [96, -13, 97.5, -11.5] },
  CX: { parent: 'Indian Ocean Ter.', box: [105, -11, 106, -10] },
  GF: { parent: 'FR', box: [-55, 2, -51, 6] },
  GP: { parent: 'FR', box: [-62, 15.8, -61, 16.6] },
  MQ: { parent: 'FR', box: [-61.3, 14.3, -60.8, 14.9] },
  RE: { parent: 'FR', box: [55.1, -21.5, 55.9, -20.8] },
  SJ: { parent: 'NO', box: [5, 74, 35, 81] },
  TK: { parent: 'NZ', box: [-173, -10, -171, -8] },
  YT: { parent: 'FR', box: [44.9, -13.1, 45.4, -12.5] },
};

/** Natural Earth features without an ISO numeric id that are a country of their own. */
export const UNNUMBERED_FEATURES: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
};
