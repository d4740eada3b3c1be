/**
 * The hand-over from the first view to the interactive map, through the DOM (the two are separate
 * scripts): the app says it is ready, the first view goes away and the app is shown in its place.
 */
export const APP_READY_EVENT = 'dalil:app-ready';

/** The mark the app's script sets on `<html>` as it starts (`data-app-started`): it arrived whole. */
export const APP_STARTED = 'appStarted';

/** Called by the app once its first render shows data (or says why it has none). */
export function announceAppReady(doc: Document = document): void {
  doc.dispatchEvent(new Event(APP_READY_EVENT));
}
