import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMediaQuery } from './use-media-query';

/**
 * Whether the page is being printed: the print media query matches, or the browser has said it is about
 * to print (`beforeprint`, answered at once so what renders for print is on the page before it is laid
 * out), until it says it is done.
 */
export function usePrinting(): boolean {
  const printMedia = useMediaQuery('print');
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setAsked(true));
    const after = () => setAsked(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printMedia || asked;
}
