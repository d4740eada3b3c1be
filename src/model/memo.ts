/**
 * The one way derived data is cached: `memoize(compute)` returns the same result object for the same
 * arguments (compared by identity), so a selector that builds a new array returns the same array until
 * one of its inputs changes, and components re-render only then. It serves whole-dataset indexes
 * (`indexDataset(dataset)`), selectors over the state, and selectors with a key (`placeId`) alike.
 *
 * Object arguments are held weakly: results computed for a dataset or a filters object that is no longer
 * used are let go with it. Primitive arguments (ids, flags) are kept under the objects before them, so
 * put objects first; a cache keyed by primitives alone lives as long as the function.
 */

interface Node {
  objects?: WeakMap<object, Node>;
  primitives?: Map<unknown, Node>;
  result?: { value: unknown };
}

function childOf(node: Node, key: unknown): Node {
  if ((typeof key === 'object' && key !== null) || typeof key === 'function') {
    node.objects ??= new WeakMap();
    let child = node.objects.get(key);
    if (!child) node.objects.set(key, (child = {}));
    return child;
  }
  node.primitives ??= new Map();
  let child = node.primitives.get(key);
  if (!child) node.primitives.set(key, (child = {}));
  return child;
}

export function memoize<Args extends readonly unknown[], R>(
  compute: (...args: Args) => R,
): (...args: Args) => R {
  const root: Node = {};
  return (...args: Args): R => {
    let node = root;
    for (const arg of args) node = childOf(node, arg);
    node.result ??= { value: compute(...args) };
    return node.result.value as R;
  };
}
