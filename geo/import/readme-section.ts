/**
 * Rewrites a generated section of geo/gazetteer/README.md, between `<!-- name:start -->` and
 * `<!-- name:end -->`, so the counts and lists there always match the data just written.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../gazetteer/README.md', import.meta.url));

export function updateReadmeSection(section: string, content: string): void {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const text = fs.readFileSync(README, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${section} section`);
  fs.writeFileSync(README, `${text.slice(0, from + start.length)}\n${content}${text.slice(to)}`);
}
