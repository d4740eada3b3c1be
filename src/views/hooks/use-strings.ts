/** The interface's words in the reader's chosen language: the page's, the claims' and the embed's. */
import { CLAIM_STRINGS, type ClaimStrings } from '../../i18n/claim-strings';
import { EMBED_STRINGS, type EmbedStrings } from '../../i18n/embed-strings';
import { MAP_STRINGS, type MapStrings } from '../../i18n/map-strings';
import { STRINGS, type UiStrings } from '../../i18n/strings';
import { useDalil } from './use-dalil';

export function useStrings(): UiStrings {
  return STRINGS[useDalil((state) => state.language)];
}

export function useClaimStrings(): ClaimStrings {
  return CLAIM_STRINGS[useDalil((state) => state.language)];
}

export function useEmbedStrings(): EmbedStrings {
  return EMBED_STRINGS[useDalil((state) => state.language)];
}

export function useMapStrings(): MapStrings {
  return MAP_STRINGS[useDalil((state) => state.language)];
}
