/**
 * A worker of the build (read-articles.ts): loads the gazetteer once, then reads the articles it is sent,
 * one message each, and answers each with its reading or the error that stopped it.
 */
import { parentPort } from 'node:worker_threads';
import { defaultGazetteer } from '../match/default-gazetteer';
import { readOne } from './read-one';
import type { ReadingTask, ReadingAnswer } from './read-articles';

const port = parentPort;
if (port === null) throw new Error('reading-worker.ts runs as a worker of the build');
const gazetteer = defaultGazetteer();
port.on('message', ({ index, article, corrections }: ReadingTask) => {
  let answer: ReadingAnswer;
  try {
    answer = { index, reading: readOne(article, corrections, gazetteer) };
  } catch (error) {
    answer = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
