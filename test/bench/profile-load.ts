/**
 * A CPU profile of the page's load, to find what runs on the main thread: serves dist/, opens the full
 * page (or `--url QUERY`, e.g. `?embed=1`) in Chromium, samples from navigation until the app is ready and
 * the page has been quiet a while, then prints the functions by self time and by total time.
 * `--cpu N` slows the CPU as Lighthouse's mobile preset does (4); `--out FILE` keeps the .cpuprofile
 * (DevTools opens it). Run with `npx tsx test/bench/profile-load.ts` after a build.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../browser/chromium';
import { serveDistAt } from '../browser/host-page-server';

const argument = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const query = argument('--url') ?? '?lang=ar';
const cpu = Number(argument('--cpu') ?? 1);
const out = argument('--out');
const top = Number(argument('--top') ?? 30);
const settle = Number(argument('--settle') ?? 3000);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const server = await serveDistAt('/dalil/');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, locale: 'ar' });
  const cdp = await page.context().newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', undefined, {
    timeout: 120_000,
  });
  const ready = Date.now() - started;
  await page.waitForTimeout(settle);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  if (out) writeFileSync(out, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const key = (node: Node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, time] of self) {
    const node = byId.get(id)!;
    selfBy.set(key(node), (selfBy.get(key(node)) ?? 0) + time);
    // Each function on the stack once, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + time);
    }
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  };
  console.log(
    `ready after ${ready} ms; profile ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`,
  );
  print('self time', selfBy);
  print('total time', totalBy);
} finally {
  await browser.close();
  await server.close();
}
