/** The desk's side of the reading worker: each request a promise, progress reported as it comes. */
import type { Article } from '../../../geo/contract';
import type { ArticleReading } from '../../../geo/corrections/read-article';
import type { Correction } from '../../../geo/corrections/schema';
import type { PlaceChoice, ReadingReply, ReadingRequest } from './protocol';

export interface ReadingClient {
  read(
    articles: readonly Article[],
    corrections: readonly Correction[],
    progress?: (done: number, total: number) => void,
  ): Promise<Record<string, ArticleReading>>;
  candidates(words: string): Promise<PlaceChoice[]>;
  search(query: string): Promise<PlaceChoice[]>;
}

interface Pending {
  resolve: (reply: ReadingReply) => void;
  reject: (error: Error) => void;
  progress?: (done: number, total: number) => void;
}

type Request = ReadingRequest extends infer R
  ? R extends { request: number }
    ? Omit<R, 'request'>
    : never
  : never;

export function createReadingClient(worker: Worker): ReadingClient {
  let next = 0;
  const pending = new Map<number, Pending>();
  worker.addEventListener('message', (event: MessageEvent<ReadingReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.request);
    if (!waiting) return;
    if (reply.kind === 'progress') {
      waiting.progress?.(reply.done, reply.total);
      return;
    }
    pending.delete(reply.request);
    if (reply.kind === 'error') waiting.reject(new Error(reply.message));
    else waiting.resolve(reply);
  });
  worker.addEventListener('error', (event) => {
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'the reading worker failed'));
    pending.clear();
  });
  const ask = (request: Request, progress?: Pending['progress']) =>
    new Promise<ReadingReply>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject, ...(progress && { progress }) });
      worker.postMessage({ ...request, request: id });
    });
  const places = async (request: Request) => {
    const reply = await ask(request);
    return reply.kind === 'places' ? reply.places : [];
  };
  return {
    async read(articles, corrections, progress) {
      const reply = await ask(
        { kind: 'read', articles: [...articles], corrections: [...corrections] },
        progress,
      );
      return reply.kind === 'read' ? reply.readings : {};
    },
    candidates: (words) => places({ kind: 'candidates', words }),
    search: (query) => places({ kind: 'search', query }),
  };
}
