/**
 * Remembers a selector's last inputs and result, so a selector that builds a new array returns the same
 * array until one of its inputs (compared by identity) changes: components re-render only then.
 */
export function memoLast<Args extends readonly unknown[], R>(compute: (...args: Args) => R) {
  let lastArgs: Args | null = null;
  let lastResult: R;
  return (...args: Args): R => {
    if (lastArgs === null || args.some((arg, i) => !Object.is(arg, lastArgs![i]))) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
