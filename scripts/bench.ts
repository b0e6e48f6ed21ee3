/**
 * npm run bench: builds the site, serves dist/ on loopback and measures it in
 * headless Chromium, each over repeated runs (median and range), against the
 * budgets:
 *
 * - each story page, on a desktop and on a phone (CPU slowed 4×, 1.6 Mbit/s
 *   down, 150 ms round trip): the first chart on screen, against a page that
 *   holds only that chart's drawing with the site's stylesheet (built here:
 *   the floor of a frame that paints a chart); the live, interactive chart,
 *   against a blank Framework page's first paint; layout shift; transfer;
 * - the embed module's weight, the takeovers slider's steps, the builds and
 *   the export.
 *
 * `BENCH_PAGES_ONLY=1` measures the pages of the dist/ already built;
 * `BENCH_AGAINST=<dir>` measures another built site's pages too, load for load
 * with this one (a before and after); `BENCH_PROFILES=desktop` (or `phone`)
 * measures one profile only. Prints a table and writes bench.json. A
 * benchmark, not a test: nothing here fails a build.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { FIRST_PAINT } from "../src/first-paint.js";
import { launch } from "./lib/browser.js";
import { serve } from "./lib/serve.js";

const run = promisify(execFile);
// Single loads vary widely on a 2-core machine: medians need many runs.
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const STEPS = 200;
const PAGES = ["/", "/takeovers", "/sovereignty", "/money"];
const EMBED_MODULE = "/embed/takeover-map.js";

export const BUDGETS = {
  /** First chart on screen, against a page with only that chart's drawing and the site's stylesheet. */
  firstChartVsReference: 1.15,
  /** The live chart, against the blank page's first paint (desktop). */
  liveVsBlank: 2.5,
  pageKB: 250,
  embedKB: 150,
  stepP95Ms: 16,
  warmBuildS: 15,
  layoutShift: 0.01,
};

/** Where a page is loaded: a desktop as it is, or a phone with its CPU and network slowed. */
interface Profile {
  name: "desktop" | "phone";
  viewport: { width: number; height: number };
  /** Chromium's CPU slowdown factor. */
  cpu: number;
  network?: { downloadBps: number; latencyMs: number };
}

const ALL_PROFILES: readonly Profile[] = [
  { name: "desktop", viewport: { width: 1280, height: 720 }, cpu: 1 },
  {
    name: "phone",
    viewport: { width: 390, height: 844 },
    cpu: 4,
    network: { downloadBps: (1.6 * 1024 * 1024) / 8, latencyMs: 150 },
  },
];

const chosen = process.env.BENCH_PROFILES?.split(",");
const PROFILES = chosen ? ALL_PROFILES.filter((p) => chosen.includes(p.name)) : ALL_PROFILES;

interface Spread {
  median: number;
  min: number;
  max: number;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * A 95% interval for the ratio of two medians, by resampling both sets of
 * loads 2,000 times with a fixed seed: it tells a ratio over a budget from one
 * within the noise of the run.
 */
function ratioInterval(a: readonly number[], b: readonly number[], rounds = 2000): [number, number] {
  let seed = 1;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const resampled = (values: readonly number[]) =>
    spread(values.map(() => values[Math.floor(random() * values.length)] ?? 0)).median;
  const ratios = Array.from({ length: rounds }, () => resampled(a) / resampled(b));
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}

async function timed(command: string, args: string[]): Promise<number> {
  const start = performance.now();
  await run(command, args, { maxBuffer: 256 * 1024 * 1024 });
  return (performance.now() - start) / 1000;
}

/** A blank Framework page, built with the same Framework and no theme fonts: the floor of the live chart. */
async function buildBlank(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "btc-blank-"));
  await mkdir(join(dir, "src"));
  await writeFile(join(dir, "src", "index.md"), "# Blank\n\nA blank page.\n");
  await writeFile(
    join(dir, "observablehq.config.js"),
    'export default {root: "src", title: "Blank", globalStylesheets: [], sidebar: false, search: false};\n',
  );
  await run(resolve("node_modules/.bin/observable"), ["build"], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return join(dir, "dist");
}

/** Where the `<div>` opening at `start` closes: its nested `<div>`s counted. */
function elementEnd(html: string, start: number): number {
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0] === "</div>" ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  throw new Error("an unclosed <div>");
}

/** The folder of the first chart's reference pages, inside the served site so that its stylesheet resolves. */
const REFERENCE_DIR = "_bench";

/**
 * For each story page, a page that holds only its first chart's drawing (both
 * its drawings, where it has one for phones) in the site's page frame, with the
 * site's stylesheet and no script: what a frame that paints that chart costs.
 */
async function writeReferences(site: string): Promise<void> {
  await mkdir(join(site, REFERENCE_DIR), { recursive: true });
  for (const path of PAGES) {
    const html = await readFile(join(site, `${path === "/" ? "index" : path.slice(1)}.html`), "utf8");
    const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) =>
      m[0].replace('href="./', 'href="../'),
    );
    const start = html.indexOf(`<div class="${FIRST_PAINT.drawing}"`);
    if (start < 0) throw new Error(`${path}: no first chart's drawing to build a reference page from`);
    const drawing = html.slice(start, elementEnd(html, start));
    await writeFile(
      join(site, REFERENCE_DIR, `${path === "/" ? "index" : path.slice(1)}.html`),
      `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n<meta name="color-scheme" content="light dark">\n${stylesheets.join("\n")}\n</head><body><div id="observablehq-center"><main id="observablehq-main" class="observablehq">\n${drawing}\n</main></div></body></html>\n`,
    );
  }
}

interface PageLoad {
  /** First chart on screen: when the frame that paints it is presented (element timing), never before the first paint. */
  firstChartMs: number;
  /** The first live chart (with its share bar) in the page: when a reader can interact with it. */
  liveChartMs: number | null;
  /** Cumulative layout shift until the live chart is in place. */
  layoutShift: number;
}

/** Loads a page and times it. `expect` says what to wait for: a blank page's paint, a chart, or a live chart too. */
async function loadPage(
  browser: Browser,
  url: string,
  profile: Profile,
  expect: "paint" | "chart" | "live",
): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: profile.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network)
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: profile.network.latencyMs,
      downloadThroughput: profile.network.downloadBps,
      uploadThroughput: profile.network.downloadBps,
    });
  // Checked once a frame: the first frame with a chart's SVG paints it; every chart title so far is
  // marked for element timing (a page's first chart is drawn for a phone's column and a desktop's,
  // and only the one shown is painted), and the browser reports when that frame was presented. (A
  // string: tsx would wrap a named function in a helper the page does not have.)
  await page.addInitScript(`
    const poll = () => {
      if (window.__chartSeen === undefined && document.querySelector("figure.btc-chart > svg")) {
        window.__chartSeen = performance.now();
        for (const title of document.querySelectorAll("figure.btc-chart > .btc-title")) title.setAttribute("elementtiming", "first-chart");
        setTimeout(() => { window.__frameDone = performance.now(); });
      }
      if (document.querySelector(".btc-block figure.btc-chart > svg")) window.__liveChart = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.identifier === "first-chart") window.__firstChart ??= entry.renderTime || entry.loadTime;
    }).observe({ type: "element", buffered: true });
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) window.__layoutShift += shift.value;
    }).observe({ type: "layout-shift", buffered: true });
  `);
  await page.goto(url, { waitUntil: expect === "paint" ? "networkidle" : "load" });
  type Marks = { __firstChart?: number; __frameDone?: number; __liveChart?: number; __layoutShift: number };
  if (expect !== "paint")
    await page.waitForFunction(
      (live) => {
        const w = window as unknown as Marks;
        return w.__frameDone !== undefined && (!live || w.__liveChart !== undefined);
      },
      expect === "live",
      { timeout: 60_000 },
    );
  // The browser reports the title's paint once the frame is presented: give it a moment.
  await page
    .waitForFunction(() => (window as unknown as Marks).__firstChart !== undefined, undefined, { timeout: 2_000 })
    .catch(() => undefined);
  const marks = await page.evaluate(() => {
    const w = window as unknown as Marks;
    return {
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? performance.now(),
      first: w.__firstChart ?? w.__frameDone,
      live: w.__liveChart ?? null,
      shift: w.__layoutShift,
    };
  });
  await context.close();
  // A pause between loads, the same for every page, so that each starts with the browser settled.
  await new Promise((done) => setTimeout(done, 300));
  return {
    firstChartMs: expect === "paint" ? marks.paint : Math.max(marks.first ?? marks.paint, marks.paint),
    liveChartMs: marks.live,
    layoutShift: marks.shift,
  };
}

/**
 * Bytes (gzip, as a static host serves them) and requests of one load, until
 * the live chart: a pass of its own, since reading response bodies during a
 * timed load costs the page CPU time.
 */
async function transfer(browser: Browser, url: string, chart: boolean): Promise<{ bytes: number; requests: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    requests++;
    pending.push(
      response
        .body()
        .then((body) => {
          bytes += gzipSync(body, { level: 6 }).length;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  if (chart) await page.waitForSelector(".btc-block figure.btc-chart > svg", { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  await context.close();
  return { bytes, requests };
}

/** The embed module with everything it imports, loaded by a page on another origin (data excluded). */
async function embedBytes(browser: Browser, blankUrl: string): Promise<number> {
  const cors = await serve("dist", { headers: { "access-control-allow-origin": "*" } });
  const page = await browser.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on("response", (r) => {
    if (r.url().startsWith(cors.url) && !r.url().includes("/data/"))
      pending.push(
        r
          .body()
          .then((b) => {
            bytes += gzipSync(b).length;
          })
          .catch(() => undefined),
      );
  });
  await page.goto(`${blankUrl}/`);
  await page.evaluate("window.__name = (f) => f");
  await page.evaluate(async (url) => {
    const { render } = await import(url);
    const div = document.createElement("div");
    document.body.append(div);
    await render(div, {});
  }, `${cors.url}${EMBED_MODULE}`);
  await Promise.all(pending);
  await page.close();
  await cors.close();
  return bytes;
}

/** Time per slider step on the takeovers map, until the map has been restyled; and the dates shown while playing. */
async function sliderSteps(browser: Browser, url: string): Promise<Results["slider"]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}/takeovers`, { waitUntil: "networkidle" });
  await page.waitForSelector("[data-place-index]");
  // tsx (esbuild) names inner functions with a __name helper that the page does not have.
  await page.evaluate("window.__name = (f) => f");
  const steps = await page.evaluate(async (count) => {
    const input = document.querySelector<HTMLInputElement>(".btc-slider input[type=range]");
    const chart = document.querySelector('figure[data-chart="takeover-map"]');
    if (!input || !chart) throw new Error("no slider or map");
    const times: number[] = [];
    const nextDate = () =>
      new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          done();
        });
        observer.observe(chart, { attributes: true, attributeFilter: ["data-date"] });
      });
    input.value = "0";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 1; i <= count; i++) {
      const changed = nextDate();
      const start = performance.now();
      input.value = String(i);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await changed;
      times.push(performance.now() - start);
    }
    return times;
  }, STEPS);
  const playing = await page.evaluate(async () => {
    const chart = document.querySelector('figure[data-chart="takeover-map"]');
    const button = document.querySelector<HTMLButtonElement>(".btc-slider-play");
    const input = document.querySelector<HTMLInputElement>(".btc-slider input[type=range]");
    if (!chart || !button || !input) throw new Error("no player");
    input.value = "0";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    let shown = 0;
    const observer = new MutationObserver(() => shown++);
    observer.observe(chart, { attributes: true, attributeFilter: ["data-date"] });
    button.click();
    await new Promise((r) => setTimeout(r, 3000));
    button.click();
    observer.disconnect();
    return shown;
  });
  await page.close();
  return { steps: STEPS, medianMs: percentile(steps, 50), p95Ms: percentile(steps, 95), shownIn3s: playing };
}

/** One page on one profile. */
interface PageFigures {
  firstChartMs: Spread;
  /** First chart over the reference page's, with a 95% interval. */
  firstChartVsReference: number;
  firstChartVsReference95: [number, number];
  liveChartMs: Spread;
  /** Live chart over the blank page's first paint, with a 95% interval. */
  liveVsBlank: number;
  liveVsBlank95: [number, number];
  layoutShift: Spread;
}

interface Results {
  date: string;
  runs: number;
  build?: { coldSeconds: number; warmSeconds: number };
  export?: { seconds: number };
  /** Per profile: the blank page's first paint, and each page's figures (and another site's, with BENCH_AGAINST). */
  profiles: Record<
    Profile["name"],
    {
      blankFirstPaintMs: Spread;
      referenceMs: Record<string, Spread>;
      pages: Record<string, PageFigures>;
      against?: Record<string, PageFigures>;
    }
  >;
  transfer: Record<string, { bytes: number; requests: number }>;
  embedBytes: number;
  slider: { steps: number; medianMs: number; p95Ms: number; shownIn3s: number };
}

/** A page's figures from its loads, against the reference page's and the blank page's. */
function figures(loads: readonly PageLoad[], reference: readonly PageLoad[], blank: readonly PageLoad[]): PageFigures {
  const first = loads.map((l) => l.firstChartMs);
  const live = loads.map((l) => l.liveChartMs ?? Number.NaN);
  const ref = reference.map((l) => l.firstChartMs);
  const floor = blank.map((l) => l.firstChartMs);
  return {
    firstChartMs: spread(first),
    firstChartVsReference: spread(first).median / spread(ref).median,
    firstChartVsReference95: ratioInterval(first, ref),
    liveChartMs: spread(live),
    liveVsBlank: spread(live).median / spread(floor).median,
    liveVsBlank95: ratioInterval(live, floor),
    layoutShift: spread(loads.map((l) => l.layoutShift)),
  };
}

const results: Partial<Results> = { date: new Date().toISOString(), runs: RUNS };
const pagesOnly = process.env.BENCH_PAGES_ONLY === "1";
const against = process.env.BENCH_AGAINST;
if (!pagesOnly) {
  console.log("Building (cold)…");
  await rm("dist", { recursive: true, force: true });
  await rm(join("docs", ".observablehq", "cache"), { recursive: true, force: true });
  const coldSeconds = await timed("npm", ["run", "build"]);
  console.log("Building (warm)…");
  results.build = { coldSeconds, warmSeconds: await timed("npm", ["run", "build"]) };
  console.log("Exporting every chart…");
  const exportDir = await mkdtemp(join(tmpdir(), "btc-bench-export-"));
  results.export = { seconds: await timed("npx", ["tsx", "scripts/export.ts", "--all", "--out", exportDir]) };
}

console.log("Building the blank page and the reference pages…");
const blankDist = await buildBlank();
await writeReferences("dist");
if (against) await writeReferences(against);
const site = await serve("dist");
const other = against ? await serve(against) : undefined;
const blank = await serve(blankDist);
const browser = await launch();
try {
  results.profiles = {} as Results["profiles"];
  for (const profile of PROFILES) {
    console.log(`Loading the pages (${profile.name})…`);
    const reference = (base: string, path: string) =>
      `${base}/${REFERENCE_DIR}/${path === "/" ? "index" : path.slice(1)}.html`;
    // One unrecorded pass first warms the browser; then every page takes its turn, run after run, so
    // that the floors and the pages meet the same load on the machine.
    for (const path of PAGES) await loadPage(browser, site.url + path, profile, "live");
    const blankLoads: PageLoad[] = [];
    const refLoads = new Map<string, PageLoad[]>(PAGES.map((p) => [p, []]));
    const loads = new Map<string, PageLoad[]>(PAGES.map((p) => [p, []]));
    const otherLoads = new Map<string, PageLoad[]>(PAGES.map((p) => [p, []]));
    for (let i = 0; i < RUNS; i++) {
      blankLoads.push(await loadPage(browser, `${blank.url}/`, profile, "paint"));
      for (const path of PAGES) {
        refLoads.get(path)?.push(await loadPage(browser, reference(site.url, path), profile, "chart"));
        loads.get(path)?.push(await loadPage(browser, site.url + path, profile, "live"));
        if (other) otherLoads.get(path)?.push(await loadPage(browser, other.url + path, profile, "live"));
      }
    }
    const of = (map: Map<string, PageLoad[]>) =>
      Object.fromEntries(
        PAGES.map((path) => [path, figures(map.get(path) ?? [], refLoads.get(path) ?? [], blankLoads)]),
      );
    results.profiles[profile.name] = {
      blankFirstPaintMs: spread(blankLoads.map((l) => l.firstChartMs)),
      referenceMs: Object.fromEntries(
        PAGES.map((path) => [path, spread((refLoads.get(path) ?? []).map((l) => l.firstChartMs))]),
      ),
      pages: of(loads),
      ...(other ? { against: of(otherLoads) } : {}),
    };
  }
  results.transfer = Object.fromEntries(
    await Promise.all(PAGES.map(async (path) => [path, await transfer(browser, site.url + path, true)] as const)),
  );
  results.embedBytes = await embedBytes(browser, blank.url);
  results.slider = await sliderSteps(browser, site.url);
} finally {
  await browser.close();
  await site.close();
  await other?.close();
  await blank.close();
  await rm(join("dist", REFERENCE_DIR), { recursive: true, force: true });
  if (against) await rm(join(against, REFERENCE_DIR), { recursive: true, force: true });
}
const r = results as Results;
if (!pagesOnly) await writeFile("bench.json", `${JSON.stringify(r, null, 2)}\n`);

// The table.
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const ms = (s: Spread) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const x = (ratio: number, [lo, hi]: [number, number]) =>
  `${ratio.toFixed(2)}× (95%: ${lo.toFixed(2)}–${hi.toFixed(2)})`;
const verdict = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");
const rows: string[][] = [["Measure", "Value", "Budget", ""]];
for (const profile of PROFILES) {
  const p = r.profiles[profile.name];
  const budgeted = profile.name === "desktop";
  rows.push([`[${profile.name}] blank page: first paint`, ms(p.blankFirstPaintMs), "(floor of the live chart)", ""]);
  for (const [path, f] of Object.entries(p.pages)) {
    rows.push([
      `[${profile.name}] ${path}: first chart`,
      `${ms(f.firstChartMs)} = ${x(f.firstChartVsReference, f.firstChartVsReference95)} its drawing alone (${ms(p.referenceMs[path] as Spread)})`,
      `≤ ${BUDGETS.firstChartVsReference}×`,
      budgeted ? verdict(f.firstChartVsReference <= BUDGETS.firstChartVsReference) : "(reported)",
    ]);
    rows.push([
      `[${profile.name}] ${path}: live chart`,
      `${ms(f.liveChartMs)} = ${x(f.liveVsBlank, f.liveVsBlank95)} blank`,
      `≤ ${BUDGETS.liveVsBlank}×`,
      budgeted ? verdict(f.liveVsBlank <= BUDGETS.liveVsBlank) : "(reported)",
    ]);
    rows.push([
      `[${profile.name}] ${path}: layout shift`,
      f.layoutShift.median.toFixed(3),
      `≤ ${BUDGETS.layoutShift}`,
      verdict(f.layoutShift.median <= BUDGETS.layoutShift),
    ]);
    const before = p.against?.[path];
    if (before)
      rows.push([
        `[${profile.name}] ${path}: against ${against}`,
        `first chart ${ms(before.firstChartMs)} (${before.firstChartVsReference.toFixed(2)}×), live ${ms(before.liveChartMs)} (${before.liveVsBlank.toFixed(2)}×)`,
        "",
        "",
      ]);
  }
}
for (const [path, t] of Object.entries(r.transfer))
  rows.push([
    `${path}: transfer`,
    `${kb(t.bytes)}, ${t.requests} requests`,
    `≤ ${BUDGETS.pageKB} KB`,
    verdict(t.bytes <= BUDGETS.pageKB * 1024),
  ]);
rows.push([
  "embed module",
  kb(r.embedBytes),
  `≤ ${BUDGETS.embedKB} KB`,
  verdict(r.embedBytes <= BUDGETS.embedKB * 1024),
]);
rows.push([
  "slider step (median / p95)",
  `${r.slider.medianMs.toFixed(1)} / ${r.slider.p95Ms.toFixed(1)} ms; ${r.slider.shownIn3s} dates shown in 3 s of play`,
  `p95 ≤ ${BUDGETS.stepP95Ms} ms`,
  verdict(r.slider.p95Ms <= BUDGETS.stepP95Ms),
]);
if (r.build && r.export) {
  rows.push(["build, cold", `${r.build.coldSeconds.toFixed(1)} s`, "", ""]);
  rows.push([
    "build, warm",
    `${r.build.warmSeconds.toFixed(1)} s`,
    `≤ ${BUDGETS.warmBuildS} s`,
    verdict(r.build.warmSeconds <= BUDGETS.warmBuildS),
  ]);
  rows.push(["export, all charts", `${r.export.seconds.toFixed(1)} s`, "", ""]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
console.log(
  pagesOnly ? "\n(BENCH_PAGES_ONLY: builds and export not measured; bench.json not written)" : "\nWrote bench.json",
);
