/**
 * Runs axe-core in a page and returns its violations as readable lines. The page's policy allows only
 * its own scripts, so axe is evaluated through the browser's debugging protocol, which the policy does
 * not govern, rather than added as a `<script>` element.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * How long a test that runs axe over the whole page in several states may take. One run takes several
 * seconds on a busy two-core machine, so such a sweep is allowed three minutes.
 */
export const AXE_SWEEP_LIMIT = 180_000;

/** WCAG 2.2 A and AA, and axe's best practices (landmarks, heading order, unique names). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeResult {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Every rule of `TAGS`, or only the `rules` named. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, only }) => {
      type Run = (context: unknown, options: unknown) => Promise<{ violations: AxeResult[] }>;
      const { run } = (window as unknown as { axe: { run: Run } }).axe;
      // Markers included: they gather into clusters before two targets could cover each other.
      const everything = await run(document, {
        runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
      });
      // WCAG 2.5.8 is about pointer targets: an element that takes no pointer input (a marker the map's
      // edge cuts, which the keyboard still reaches) is none, though axe measures every focusable one.
      const pointerTarget = (target: string[]) => {
        const el = target.length === 1 ? document.querySelector(target[0]!) : null;
        return !el || getComputedStyle(el).pointerEvents !== 'none';
      };
      return everything.violations
        .map(({ id, help, nodes }) => ({
          id,
          help,
          nodes: (id === 'target-size' ? nodes.filter((n) => pointerTarget(n.target)) : nodes).map((n) => ({
            target: n.target,
          })),
        }))
        .filter((v) => v.nodes.length > 0);
    },
    { tags: TAGS, only: rules ? [...rules] : null },
  );
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
