/**
 * The height message the embed sends its host page. It follows Datawrapper's convention,
 * `{"datawrapper-height": {"<id>": <pixels>}}`, because newsroom pages already listen for it: Datawrapper's
 * own embed code ships the listener, many CMS templates include it site-wide, and it finds the iframe by
 * `event.source`, so it resizes any iframe that speaks it, ours included, with nothing to install. Pym.js,
 * the other common convention, needs its library loaded on both sides and a parent object created for each
 * embed, so a page that has it does not resize a frame it was not told about.
 */

/** The key under `datawrapper-height`; any string works for the listener, this one names us. */
export const EMBED_ID = 'dalil';

export type ResizeMessage = { 'datawrapper-height': Record<string, number> };

export function resizeMessage(height: number): ResizeMessage {
  return { 'datawrapper-height': { [EMBED_ID]: Math.ceil(height) } };
}
