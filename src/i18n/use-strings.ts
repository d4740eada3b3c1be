import { useDalil } from '../store/use-dalil';
import { STRINGS, type UiStrings } from './strings';

/** The interface strings in the reader's chosen language. */
export function useStrings(): UiStrings {
  return STRINGS[useDalil((state) => state.language)];
}
