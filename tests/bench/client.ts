// bench:client: what the 3D scene costs in the browser. Builds the client, starts the server, opens the scene in
// each of the four rooms (a scenario and level with the most people in it, someone speaking) in headless Chromium
// with WebGL through SwiftShader, and reads the scene probe's render stats; then sizes the JavaScript a first visit
// downloads (gzip level 9). The headline figures are the worst room's.
// SwiftShader renders on the CPU, so frame times are an upper bound, useful to compare runs on one machine.
// Usage: npm run bench:client [-- --json]   (with --json: one JSON object on stdout, logs on stderr)

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser, openScene, register, type TestBrowser } from '../e2e/browser.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';

const DIST = 'client/dist';
const MEASURE_MS = 5_000;

/** One scene per room: the scenario, its level with the most people in the room, and a line that gets replies. */
const SCENES = [
  {
    room: 'consultation',
    scenario: 'breaking-news-cancer',
    level: 2,
    // The patient answers this, and his son usually cuts in.
    line: "I'm afraid the scan shows cancer that has spread to your liver and your spine, and it cannot be cured.",
  },
  {
    room: 'ward-bay',
    scenario: 'angry-relative-delayed-diagnosis',
    level: 2,
    line: 'I can see you are both worried. Can you tell me what has been happening?',
  },
  {
    room: 'ed-relatives-room',
    scenario: 'death-notification-ed',
    level: 3,
    line: "I'm very sorry. I have some very bad news about your husband.",
  },
  {
    room: 'assessment-room',
    scenario: 'agitated-young-person',
    level: 2,
    line: 'Can you tell me what is going on for you right now?',
  },
] as const;
type Scene = (typeof SCENES)[number];
const BUDGETS = { drawCalls: 60, triangles: 60_000, initialJsGzipBytes: 500 * 1024 };

interface RenderStats {
  drawCalls: number;
  triangles: number;
  frameCpuMsMedian: number;
  samples: number;
}

interface JsFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const log = (line: string) => console.error(line);

/** The entry script and its modulepreloads, as named by the built index.html. */
function initialScripts(html: string): string[] {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}=["']([^"']+)["']`).exec(tag)?.[1];
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const isEntry = tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src');
    const isPreload = tag.startsWith('<link') && attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href');
    const url = isEntry ? attr(tag, 'src') : isPreload ? attr(tag, 'href') : undefined;
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

function jsFiles(dir: string): JsFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const content = readFileSync(join(dir, name));
      return {
        file: relative(DIST, join(dir, name)),
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    });
}

function bundleSizes() {
  const initial = initialScripts(readFileSync(join(DIST, 'index.html'), 'utf8')).map((url) =>
    url.replace(/^\.?\//, ''),
  );
  if (initial.length === 0) throw new Error(`no <script type="module" src> in ${DIST}/index.html`);
  const all = jsFiles(DIST);
  const missing = initial.filter((file) => !all.some((f) => f.file === file));
  if (missing.length > 0) throw new Error(`index.html names scripts not in ${DIST}: ${missing.join(', ')}`);
  const sum = (files: JsFile[], key: 'bytes' | 'gzipBytes') => files.reduce((n, f) => n + f[key], 0);
  const initialFiles = all.filter((f) => initial.includes(f.file));
  const lazy = all.filter((f) => !initial.includes(f.file)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    initialJsFiles: initialFiles.length,
    initialJsBytes: sum(initialFiles, 'bytes'),
    initialJsGzipBytes: sum(initialFiles, 'gzipBytes'),
    totalJsBytes: sum(all, 'bytes'),
    totalJsGzipBytes: sum(all, 'gzipBytes'),
    largestLazyChunks: lazy.slice(0, 5),
  };
}

let people = 0;

async function renderStats(
  browser: TestBrowser,
  url: string,
  scene: Scene,
): Promise<RenderStats & { fps: number }> {
  const { page, pageErrors } = await browser.openPage(url);
  people += 1;
  await register(page, `bench-client-${people}@example.org`);
  await openScene(page, scene.scenario, scene.level);
  // Settled: the probe is installed and the first frames (shader compiles, asset loads) are behind us.
  await page.waitForFunction('(window.__bedsideScene?.frames ?? 0) > 60', undefined, { timeout: 60_000 });
  // Measure the busy case: captions up, someone speaking (and gesturing).
  await page.getByTestId('composer-input').fill(scene.line);
  await page.getByTestId('composer-input').press('Enter');
  await page.waitForFunction(
    'document.querySelectorAll(\'[data-testid="caption"]\').length >= 1',
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(2_000);
  await page.evaluate('window.__bedsideScene.resetFrameTimes()');
  const framesBefore = Number(await page.evaluate('window.__bedsideScene.frames'));
  await page.waitForTimeout(MEASURE_MS);
  const stats = (await page.evaluate('window.__bedsideScene.renderStats()')) as RenderStats;
  const frames = Number(await page.evaluate('window.__bedsideScene.frames')) - framesBefore;
  const fps = Math.round((frames * 10_000) / MEASURE_MS) / 10;
  log(`${scene.room}: ${frames} frames in ${MEASURE_MS / 1000} s (${fps} fps)`);
  if (pageErrors.length > 0) throw new Error(`the page threw: ${pageErrors.join(' | ')}`);
  if (!(stats.samples > 0))
    throw new Error(`no frames were timed in ${MEASURE_MS} ms: ${JSON.stringify(stats)}`);
  await page.close();
  return { ...stats, fps };
}

interface RoomResult extends RenderStats {
  room: string;
  scenario: string;
  level: number;
  fps: number;
}

/** The worst of the rooms on each figure (most draw calls and triangles, slowest frames), naming the rooms. */
function worstOf(rooms: RoomResult[]) {
  const by = <K extends 'drawCalls' | 'triangles' | 'frameCpuMsMedian'>(key: K) =>
    rooms.reduce((worst, r) => (r[key] > worst[key] ? r : worst));
  const slowest = rooms.reduce((worst, r) => (r.fps < worst.fps ? r : worst));
  return {
    drawCalls: by('drawCalls').drawCalls,
    triangles: by('triangles').triangles,
    frameCpuMsMedian: by('frameCpuMsMedian').frameCpuMsMedian,
    samples: by('frameCpuMsMedian').samples,
    fps: slowest.fps,
    worstRooms: {
      drawCalls: by('drawCalls').room,
      triangles: by('triangles').room,
      frameCpuMsMedian: by('frameCpuMsMedian').room,
      fps: slowest.room,
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTable(
  result: ReturnType<typeof bundleSizes> & ReturnType<typeof worstOf> & { rooms: RoomResult[] },
) {
  const rows: [string, string, string][] = [
    ['draw calls', String(result.drawCalls), `≤ ${BUDGETS.drawCalls}`],
    ['triangles', String(result.triangles), `≤ ${BUDGETS.triangles}`],
    ['frame CPU median', `${result.frameCpuMsMedian.toFixed(2)} ms (${result.samples} frames)`, ''],
    ['frame rate', `${result.fps} fps (software WebGL)`, ''],
    [
      'initial JS (gzip)',
      `${kb(result.initialJsGzipBytes)} in ${result.initialJsFiles} file(s)`,
      `≤ ${kb(BUDGETS.initialJsGzipBytes)}`,
    ],
    ['initial JS (raw)', kb(result.initialJsBytes), ''],
    ['all JS (gzip / raw)', `${kb(result.totalJsGzipBytes)} / ${kb(result.totalJsBytes)}`, ''],
  ];
  const over = overBudget(result);
  console.log('Every room, someone speaking; headless Chromium, WebGL through SwiftShader\n');
  for (const r of result.rooms) {
    const figures = `${r.drawCalls} draw calls, ${r.triangles} triangles, frame CPU ${r.frameCpuMsMedian.toFixed(2)} ms, ${r.fps} fps`;
    console.log(`  ${r.room.padEnd(18)} ${`${r.scenario} ${r.level}`.padEnd(36)} ${figures}`);
  }
  console.log('\nWorst room:');
  for (const [name, value, budget] of rows) {
    const flag = budget ? (over.some((o) => name.startsWith(o)) ? '  OVER BUDGET' : '  ok') : '';
    console.log(`${name.padEnd(20)} ${value.padEnd(34)} ${budget.padEnd(12)}${flag}`.trimEnd());
  }
  console.log('\nLargest lazy chunks (gzip / raw):');
  for (const chunk of result.largestLazyChunks) {
    console.log(`  ${chunk.file.padEnd(48)} ${kb(chunk.gzipBytes).padStart(10)} / ${kb(chunk.bytes)}`);
  }
}

function overBudget(result: { drawCalls: number; triangles: number; initialJsGzipBytes: number }): string[] {
  const over: string[] = [];
  if (result.drawCalls > BUDGETS.drawCalls) over.push('draw calls');
  if (result.triangles > BUDGETS.triangles) over.push('triangles');
  if (result.initialJsGzipBytes > BUDGETS.initialJsGzipBytes) over.push('initial JS');
  return over;
}

async function main(): Promise<void> {
  log('building the client…');
  const { build } = await import('vite');
  // Vite's own output would break --json: keep only its warnings, which go to stderr.
  await build({ configFile: 'client/vite.config.ts', logLevel: 'warn' });
  const sizes = bundleSizes();
  let server: ServerProcess | undefined;
  let browser: TestBrowser | undefined;
  try {
    server = await startServerProcess();
    log(`server at ${server.url}; opening the scene…`);
    browser = await launchBrowser({ webgl: true });
    const rooms: RoomResult[] = [];
    for (const scene of SCENES) {
      const measured = await renderStats(browser, server.url, scene);
      rooms.push({ room: scene.room, scenario: scene.scenario, level: scene.level, ...measured });
    }
    const stats = worstOf(rooms);
    const { initialJsGzipBytes, ...otherSizes } = sizes;
    // The four headline figures first, for people reading the JSON.
    const result = {
      drawCalls: stats.drawCalls,
      triangles: stats.triangles,
      initialJsGzipBytes,
      // performance.now() is coarsened to 0.1 ms here (no cross-origin isolation): more digits would be noise.
      frameCpuMsMedian: Math.round(stats.frameCpuMsMedian * 1000) / 1000,
      samples: stats.samples,
      fps: stats.fps,
      worstRooms: stats.worstRooms,
      rooms: rooms.map((r) => ({ ...r, frameCpuMsMedian: Math.round(r.frameCpuMsMedian * 1000) / 1000 })),
      ...otherSizes,
      budgets: BUDGETS,
      overBudget: overBudget({ ...stats, ...sizes }),
    };
    if (values.json) console.log(JSON.stringify(result));
    else printTable(result);
  } finally {
    await browser?.close();
    server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:client failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
