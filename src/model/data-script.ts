/**
 * A data file's script twin: `data/dalil.json` also ships as `data/dalil.js`, a classic script that hands
 * the same JSON to `self.dalilData`, for pages that cannot `fetch` their own files (a sandboxed iframe,
 * platform/fetch-via-script.ts). Written by the build and by the desk's site package, read by the app.
 */

/** `data/dalil.json` → `data/dalil.js`. */
export function scriptPathOf(jsonPath: string): string {
  return jsonPath.replace(/\.json$/, '.js');
}

/**
 * The file at `path`, whose text is `json`, as its script twin. The JSON is passed as a string to
 * `JSON.parse`, which browsers read faster than the same data as an object literal.
 */
export function dataScript(path: string, json: string): string {
  return `(self.dalilData=self.dalilData||{})[${JSON.stringify(path)}]=JSON.parse(${JSON.stringify(json)});\n`;
}
