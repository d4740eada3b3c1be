/// <reference lib="webworker" />
/**
 * The desk's reading worker: the gazetteer and the readers live here, so the page never freezes however
 * many articles are read. Loaded only by the desk.
 */
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';
import type { ReadingReply, ReadingRequest } from './protocol';
import { createReader } from './reader';

const reader = createReader(defaultGazetteer());
const post = (reply: ReadingReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<ReadingRequest>) => {
  const message = event.data;
  try {
    if (message.kind === 'read') {
      let said = 0;
      const readings = reader.read(message.articles, message.corrections, (done, total) => {
        const now = Date.now();
        if (now - said < 100 && done < total) return;
        said = now;
        post({ kind: 'progress', request: message.request, done, total });
      });
      post({ kind: 'read', request: message.request, readings });
    } else if (message.kind === 'candidates')
      post({ kind: 'places', request: message.request, places: reader.candidates(message.words) });
    else post({ kind: 'places', request: message.request, places: reader.search(message.query) });
  } catch (error) {
    post({
      kind: 'error',
      request: message.request,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
