/**
 * The messages an embed accepts from its host page, checked against a schema in this one place; anything
 * else (another script's messages, a malformed or hostile one) is ignored. A host can select a place or a
 * quote, switch the language, or ask for the height again (e.g. after showing a hidden tab).
 *
 *     iframe.contentWindow.postMessage({ type: 'dalil:select', place: 'hmeimim-air-base' }, '*');
 */
import * as v from 'valibot';
import { LANGUAGES } from '../../geo/contract';

const PlaceIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/));
const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,120}$/));

const HostMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('dalil:select'),
    /** The place whose evidence to show; null closes it. */
    place: v.nullable(PlaceIdSchema),
    quote: v.optional(
      v.strictObject({
        articleId: ArticleIdSchema,
        start: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9)),
      }),
    ),
  }),
  v.strictObject({ type: v.literal('dalil:language'), language: v.picklist(LANGUAGES) }),
  v.strictObject({ type: v.literal('dalil:height') }),
]);

export type HostMessage = v.InferOutput<typeof HostMessageSchema>;

/** The message, or null when `data` is not one the embed accepts. Never throws. */
export function parseHostMessage(data: unknown): HostMessage | null {
  // `postMessage` delivers plain objects; anything else (a prototype chain, a getter) is not a message.
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype)
    return null;
  try {
    // Most messages a page receives are other scripts' (analytics, ads): turned away before the schema.
    const type: unknown = (data as { type?: unknown }).type;
    if (typeof type !== 'string' || !type.startsWith('dalil:')) return null;
    const result = v.safeParse(HostMessageSchema, data);
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}
