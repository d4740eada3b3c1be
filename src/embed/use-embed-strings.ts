import { useDalil } from '../store/use-dalil';
import { EMBED_STRINGS, type EmbedStrings } from './embed-strings';

/** The embed and sharing strings in the reader's chosen language. */
export function useEmbedStrings(): EmbedStrings {
  return EMBED_STRINGS[useDalil((state) => state.language)];
}
