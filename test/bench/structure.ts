/**
 * Prints how the code is laid out, the figures the design is held to: the folders of src/ and geo/ caught
 * in import cycles (the largest one), the lines of data tables still written as TypeScript, and per
 * folder the number of files, the median and the largest file. Run on demand: `npm run bench:structure`.
 *
 * In the import graph a file directly in src/ or geo/ is a node of its own, named by its path: an entry
 * module at the root imports the folders beside it, and a module at the bottom is imported by them.
 *
 * A "table" is an array or object literal of ten lines or more whose every leaf is a literal (strings,
 * numbers, booleans, null): word lists and place lists, which belong in data files. The interface's own
 * words (src/i18n, typed message catalogues with plural functions) are counted apart.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = normalize(join(import.meta.dirname, '../..'));
const CODE = /\.(ts|tsx)$/;
/** Shorter literals are constants (a few named values), not tables. */
const MIN_TABLE_LINES = 10;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : CODE.test(name) ? [path] : [];
  });
}

const files = ['src', 'geo'].flatMap((top) => walk(join(ROOT, top)));

/** The folder a file belongs to, as a floor or feature: `src/model`, `src/views/map`, `geo/claims`. */
function folderOf(file: string): string {
  const parts = relative(ROOT, file).split(sep);
  const depth = parts[1] === 'views' ? 3 : 2;
  return parts.length > depth ? parts.slice(0, depth).join('/') : parts.slice(0, depth - 1).join('/');
}

/** A node of the import graph: a folder, or a file directly in `src/` or `geo/`, named by its path. */
function nodeOf(file: string): string {
  const parts = relative(ROOT, file).split(sep);
  return parts.length === 2 ? parts.join('/') : folderOf(file);
}

/** The file an import names: as written (`./letters.json`, `./contract.ts`), or with its extension added. */
function resolveImport(path: string): string {
  if (existsSync(path) && statSync(path).isFile()) return path;
  return ['.ts', '.tsx'].map((ext) => path + ext).find((withExt) => existsSync(withExt)) ?? path;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
    found.push(resolveImport(normalize(join(dirname(file), spec!))));
  }
  return found;
}

/** Strongly connected components of the import graph (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => b.length - a.length);
}

function isDataOnly(node: ts.Node): boolean {
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isDataOnly);
  if (ts.isObjectLiteralExpression(node))
    return node.properties.every((p) => ts.isPropertyAssignment(p) && isDataOnly(p.initializer));
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return isDataOnly(node.expression);
  if (ts.isPrefixUnaryExpression(node)) return ts.isNumericLiteral(node.operand);
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isNumericLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}

/** Lines of the outermost data-only literals of ten lines or more in one file. */
function tableLines(file: string): number {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let lines = 0;
  const visit = (node: ts.Node) => {
    if ((ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) && isDataOnly(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 >= MIN_TABLE_LINES) {
        lines += last - first + 1;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

const graph = new Map<string, Set<string>>();
for (const file of files) {
  const from = nodeOf(file);
  if (!graph.has(from)) graph.set(from, new Set());
  for (const target of importsOf(file)) {
    const to = nodeOf(target);
    if (to !== from) graph.get(from)!.add(to);
  }
}
const found = cycles(graph);
console.log(`Folders in the largest import cycle: ${found[0]?.length ?? 0}`);
for (const component of found) console.log(`  cycle: ${component.join(' → ')}`);

const tables = files
  .map((file) => ({ file: relative(ROOT, file), lines: tableLines(file) }))
  .filter((t) => t.lines > 0);
const isInterfaceWords = (file: string) => file.startsWith('src/i18n/');
const groups = [
  ['Lines of data tables in .ts files', tables.filter((t) => !isInterfaceWords(t.file))],
  ['Lines of interface strings (src/i18n)', tables.filter((t) => isInterfaceWords(t.file))],
] as const;
for (const [title, chosen] of groups) {
  console.log(`\n${title}: ${chosen.reduce((sum, t) => sum + t.lines, 0)}`);
  for (const { file, lines } of [...chosen].sort((a, b) => b.lines - a.lines))
    console.log(`  ${String(lines).padStart(5)}  ${file}`);
}

console.log('\nFiles per folder (lines): count, median, largest');
const byFolder = new Map<string, { file: string; lines: number }[]>();
for (const file of files) {
  const folder = folderOf(file);
  const lines = readFileSync(file, 'utf8').split('\n').length;
  byFolder.set(folder, [...(byFolder.get(folder) ?? []), { file: relative(ROOT, file), lines }]);
}
for (const [folder, entries] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
  const sorted = entries.map((e) => e.lines).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const largest = entries.reduce((a, b) => (b.lines > a.lines ? b : a));
  console.log(
    `  ${folder.padEnd(22)} ${String(entries.length).padStart(3)} ${String(median).padStart(5)}  ${largest.lines} ${largest.file}`,
  );
}
