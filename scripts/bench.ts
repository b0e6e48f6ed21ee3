/**
 * npm run bench: builds the site, serves dist/ on loopback and measures, in
 * headless Chromium, each over repeated runs (median and spread):
 *
 * - per page: bytes transferred (gzip, as a static host would serve them),
 *   requests, and time to the first chart — beside a blank Framework page
 *   built in the same run, as the floor;
 * - the takeovers map: time per slider step (median, 95th percentile over 200
 *   steps) and the steps actually shown while playing;
 * - the build, cold and warm; the export command for every chart.
 *
 * Prints a table against the budgets and writes bench.json. A benchmark, not a
 * test: nothing here fails a build.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launch } from "./lib/browser.js";
import { serve } from "./lib/serve.js";

const run = promisify(execFile);
// Single loads vary by ±60 ms on a 2-core machine: medians need many runs.
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const STEPS = 200;
const PAGES = ["/", "/takeovers", "/sovereignty", "/money"];
const EMBED_MODULE = "/embed/takeover-map.js";

const BUDGETS = {
  firstChartVsBlank: 1.5,
  pageKB: 250,
  embedKB: 150,
  stepMedianMs: 8,
  stepP95Ms: 16,
  warmBuildS: 15,
};

interface Spread {
  median: number;
  min: number;
  max: number;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * A 95% interval for the ratio of two medians (a page's first chart over the
 * blank page's first paint), by resampling both sets of loads 2,000 times.
 * Single loads vary by ±60 ms on this machine: the interval tells a ratio over
 * a budget from one within the noise of the run. The seed is fixed, so the
 * same loads always give the same interval.
 */
function ratioInterval(pages: number[], blank: number[], rounds = 2000): [number, number] {
  let seed = 1;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const resampledMedian = (values: number[]) =>
    spread(values.map(() => values[Math.floor(random() * values.length)] ?? 0)).median;
  const ratios = Array.from({ length: rounds }, () => resampledMedian(pages) / resampledMedian(blank));
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}

async function timed(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const start = performance.now();
  await run(command, args, { maxBuffer: 256 * 1024 * 1024, ...options });
  return (performance.now() - start) / 1000;
}

/** A blank Framework page, built with the same Framework and no theme fonts: the floor. */
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

interface PageLoad {
  /**
   * First chart on screen: when the frame that paints the first chart (build-time drawing or live) is
   * presented, on the same clock as the blank page's first contentful paint, and never before it.
   */
  firstChartMs: number;
  /** The browser reported no paint of the chart's title: `firstChartMs` is when the page's thread finished that frame. */
  unreported: boolean;
  /** When that frame began (its animation callbacks): what this benchmark measured before 27 November 2026. */
  firstFrameMs: number;
  /** The first live chart (with its share bar) in the page: when a reader can interact with it. */
  liveChartMs: number;
  /** Cumulative layout shift until the live chart is in place: how far the page jumped under the reader. */
  layoutShift: number;
}

interface Transfer {
  bytes: number;
  requests: number;
}

/**
 * Bytes (gzip) and requests of one load. A pass of its own: reading response
 * bodies over the DevTools protocol during a timed load costs the page CPU time
 * (more for a page of 13 requests than for the blank page's 5) and skewed the ratio.
 */
async function transfer(browser: Browser, url: string): Promise<Transfer> {
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
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  return { bytes, requests };
}

/** A phone's screen (an iPhone 12 to 15), where controls wrap onto more rows than on a desktop. */
const PHONE = { width: 390, height: 844 };
/** Loads for the phone's layout shift: it varies far less from load to load than the times do. */
const PHONE_RUNS = 5;
const PAUSE_MS = 300;

/**
 * Loads a page in a fresh context and times it; `chart` false measures first
 * contentful paint instead. The window is Playwright's 1280×720 unless `viewport` says otherwise.
 */
async function loadPage(
  browser: Browser,
  url: string,
  chart: boolean,
  viewport?: { width: number; height: number },
): Promise<PageLoad> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  // Checked once a frame, at its start: the first frame with a chart's SVG in the page paints it. A
  // document-wide MutationObserver, used before, queued a record for every node the parser inserted
  // and slowed the large pages it was measuring. That frame's start is not when the chart shows: the
  // frame still has to lay out, paint and present the page (30–50 ms here). So the chart's title is
  // marked for element timing before the frame paints it, and the browser reports when that frame
  // was presented, as it does for the first contentful paint. (A string: tsx would wrap a named
  // function in a helper the page does not have.)
  await page.addInitScript(`
    const poll = () => {
      const chart = window.__firstFrame === undefined && document.querySelector("figure.btc-chart > svg");
      if (chart) {
        window.__firstFrame = performance.now();
        // Every chart title so far: a page's first chart is drawn for a phone's column and a desktop's, and
        // only the one shown at this width is painted (and reported).
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
  await page.goto(url, { waitUntil: "networkidle" });
  const firstPaint = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? performance.now(),
  );
  let firstChartMs = firstPaint;
  let unreported = false;
  let firstFrameMs = firstPaint;
  let liveChartMs = firstPaint;
  let layoutShift = 0;
  if (chart) {
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __frameDone?: number; __liveChart?: number };
        return w.__frameDone !== undefined && w.__liveChart !== undefined;
      },
      undefined,
      { timeout: 30_000 },
    );
    // The browser reports the title's paint once the frame is presented: give it a moment.
    await page
      .waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart !== undefined, undefined, {
        timeout: 2_000,
      })
      .catch(() => undefined);
    const marks = await page.evaluate(() => {
      const w = window as unknown as {
        __firstChart?: number;
        __frameDone: number;
        __firstFrame: number;
        __liveChart: number;
        __layoutShift: number;
      };
      return {
        first: w.__firstChart,
        done: w.__frameDone,
        frame: w.__firstFrame,
        live: w.__liveChart,
        shift: w.__layoutShift,
      };
    });
    // Nothing shows before the first contentful paint, whenever the chart entered the page. Where the
    // browser reported no paint of the title (a load in a few dozen), the end of the frame's work on
    // the page's thread stands in: a little early, since the frame is presented after it.
    unreported = marks.first === undefined;
    firstChartMs = Math.max(marks.first ?? marks.done, firstPaint);
    firstFrameMs = Math.max(marks.frame, firstPaint);
    liveChartMs = marks.live;
    layoutShift = marks.shift;
  }
  await context.close();
  // A pause between loads, the same for every page, so that each starts with the browser settled: back
  // to back, the blank page's loads spread more widely (middle half 72–100 ms, against 68–80).
  await new Promise((done) => setTimeout(done, PAUSE_MS));
  return { firstChartMs, unreported, firstFrameMs, liveChartMs, layoutShift };
}

/** Time per slider step on the takeovers map, until the map has been restyled. */
async function sliderSteps(
  browser: Browser,
  url: string,
): Promise<{ steps: number[]; playing: { shown: number; seconds: number; longTasks: number } }> {
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
  // Playing: how many dates the map actually showed in three seconds, and long tasks meanwhile.
  const playing = await page.evaluate(async () => {
    const chart = document.querySelector('figure[data-chart="takeover-map"]');
    const button = document.querySelector<HTMLButtonElement>(".btc-slider-play");
    const input = document.querySelector<HTMLInputElement>(".btc-slider input[type=range]");
    if (!chart || !button || !input) throw new Error("no player");
    input.value = "0";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    let shown = 0;
    let longTasks = 0;
    const observer = new MutationObserver(() => shown++);
    observer.observe(chart, { attributes: true, attributeFilter: ["data-date"] });
    const tasks = new PerformanceObserver((list) => {
      longTasks += list.getEntries().length;
    });
    tasks.observe({ type: "longtask", buffered: false });
    button.click();
    await new Promise((r) => setTimeout(r, 3000));
    button.click();
    observer.disconnect();
    tasks.disconnect();
    return { shown, seconds: 3, longTasks };
  });
  await page.close();
  return { steps, playing };
}

const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS };

// BENCH_PAGES_ONLY=1 measures the pages of the dist/ already built, for quick comparisons while profiling.
const pagesOnly = process.env.BENCH_PAGES_ONLY === "1";
if (!pagesOnly) {
  console.log("Building (cold)…");
  await rm("dist", { recursive: true, force: true });
  await rm(join("docs", ".observablehq", "cache"), { recursive: true, force: true });
  const coldBuild = await timed("npm", ["run", "build"]);
  console.log("Building (warm)…");
  const warmBuild = await timed("npm", ["run", "build"]);
  results.build = { coldSeconds: coldBuild, warmSeconds: warmBuild };

  console.log("Exporting every chart…");
  const exportDir = await mkdtemp(join(tmpdir(), "btc-bench-export-"));
  results.export = { seconds: await timed("npx", ["tsx", "scripts/export.ts", "--all", "--out", exportDir]) };
}

console.log("Building the blank page…");
const blankDist = await buildBlank();

const site = await serve("dist");
const blank = await serve(blankDist);
const browser = await launch();
try {
  // Blank and story pages take turns, run after run, so the floor and the pages meet the same load on
  // the machine; one unrecorded pass first warms the browser (its first load of anything is slower).
  for (const url of [`${blank.url}/`, ...PAGES.map((p) => site.url + p)]) await loadPage(browser, url, false);
  const blankLoads: PageLoad[] = [];
  const pageLoads = new Map<string, PageLoad[]>(PAGES.map((path) => [path, []]));
  for (let i = 0; i < RUNS; i++) {
    blankLoads.push(await loadPage(browser, `${blank.url}/`, false));
    for (const path of PAGES) pageLoads.get(path)?.push(await loadPage(browser, site.url + path, true));
  }
  results.blank = {
    firstPaintMs: spread(blankLoads.map((l) => l.firstChartMs)),
    ...(await transfer(browser, `${blank.url}/`)),
  };
  const pages: Record<string, unknown> = {};
  for (const [path, loads] of pageLoads) {
    pages[path] = {
      ...(await transfer(browser, site.url + path)),
      firstChartMs: spread(loads.map((l) => l.firstChartMs)),
      firstChartVsBlank95: ratioInterval(
        loads.map((l) => l.firstChartMs),
        blankLoads.map((l) => l.firstChartMs),
      ),
      firstChartUnreported: loads.filter((l) => l.unreported).length,
      firstFrameMs: spread(loads.map((l) => l.firstFrameMs)),
      liveChartMs: spread(loads.map((l) => l.liveChartMs)),
      layoutShift: spread(loads.map((l) => l.layoutShift)),
    };
  }
  for (const path of PAGES) {
    const loads: PageLoad[] = [];
    for (let i = 0; i < PHONE_RUNS; i++) loads.push(await loadPage(browser, site.url + path, true, PHONE));
    Object.assign(pages[path] as object, { phoneLayoutShift: spread(loads.map((l) => l.layoutShift)) });
  }
  results.pages = pages;
  // The embed module with everything it imports, loaded by a page on another origin (data excluded).
  const cors = await serve("dist", { headers: { "access-control-allow-origin": "*" } });
  const embedPage = await browser.newPage();
  let embedBytes = 0;
  const pending: Promise<void>[] = [];
  embedPage.on("response", (r) => {
    if (r.url().startsWith(cors.url) && !r.url().includes("/data/"))
      pending.push(
        r
          .body()
          .then((b) => {
            embedBytes += gzipSync(b).length;
          })
          .catch(() => undefined),
      );
  });
  await embedPage.goto(`${blank.url}/`);
  await embedPage.evaluate("window.__name = (f) => f");
  await embedPage.evaluate(async (url) => {
    const { render } = await import(url);
    const div = document.createElement("div");
    document.body.append(div);
    await render(div, {});
  }, `${cors.url}${EMBED_MODULE}`);
  await Promise.all(pending);
  await embedPage.close();
  await cors.close();
  results.embed = {
    module: EMBED_MODULE,
    note: "gzip bytes of the module and the code it imports, loaded from another origin (data excluded)",
    bytes: embedBytes,
  };
  const slider = await sliderSteps(browser, site.url);
  results.slider = {
    steps: STEPS,
    medianMs: percentile(slider.steps, 50),
    p95Ms: percentile(slider.steps, 95),
    maxMs: Math.max(...slider.steps),
    playing: slider.playing,
  };
} finally {
  await browser.close();
  await site.close();
  await blank.close();
}

if (!pagesOnly) await writeFile("bench.json", `${JSON.stringify(results, null, 2)}\n`);

// The table.
const r = results as {
  build?: { coldSeconds: number; warmSeconds: number };
  export?: { seconds: number };
  blank: { firstPaintMs: Spread; bytes: number; requests: number };
  pages: Record<
    string,
    {
      bytes: number;
      requests: number;
      firstChartMs: Spread;
      firstChartVsBlank95: [number, number];
      firstChartUnreported: number;
      firstFrameMs: Spread;
      liveChartMs: Spread;
      layoutShift: Spread;
      phoneLayoutShift: Spread;
    }
  >;
  embed: { bytes: number };
  slider: {
    medianMs: number;
    p95Ms: number;
    maxMs: number;
    playing: { shown: number; seconds: number; longTasks: number };
  };
};
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const ms = (s: Spread) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const verdict = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");
const rows: string[][] = [["Measure", "Value", "Budget", ""]];
rows.push(["blank page: first paint", ms(r.blank.firstPaintMs), "(floor)", ""]);
rows.push(["blank page: transfer", `${kb(r.blank.bytes)}, ${r.blank.requests} requests`, "(floor)", ""]);
for (const [path, p] of Object.entries(r.pages)) {
  const ratio = p.firstChartMs.median / r.blank.firstPaintMs.median;
  rows.push([
    `${path}: first chart`,
    `${ms(p.firstChartMs)} = ${ratio.toFixed(2)}× blank (95%: ${p.firstChartVsBlank95.map((x) => x.toFixed(2)).join("–")})${p.firstChartUnreported ? `, ${p.firstChartUnreported} of ${RUNS} by frame end` : ""}`,
    `≤ ${BUDGETS.firstChartVsBlank}×`,
    verdict(ratio <= BUDGETS.firstChartVsBlank),
  ]);
  rows.push([
    `${path}: first chart's frame begun`,
    `${ms(p.firstFrameMs)} = ${(p.firstFrameMs.median / r.blank.firstPaintMs.median).toFixed(2)}× (the measure before 27 Nov 2026)`,
    "",
    "",
  ]);
  rows.push([`${path}: live chart`, `${ms(p.liveChartMs)} (interactive)`, "", ""]);
  rows.push([
    `${path}: layout shift`,
    `${p.layoutShift.median.toFixed(3)} (1280×720), ${p.phoneLayoutShift.median.toFixed(3)} (${PHONE.width}×${PHONE.height}), until the live chart`,
    "",
    "",
  ]);
  rows.push([
    `${path}: transfer`,
    `${kb(p.bytes)}, ${p.requests} requests`,
    `≤ ${BUDGETS.pageKB} KB`,
    verdict(p.bytes <= BUDGETS.pageKB * 1024),
  ]);
}
rows.push([
  "embed module",
  kb(r.embed.bytes),
  `≤ ${BUDGETS.embedKB} KB`,
  verdict(r.embed.bytes <= BUDGETS.embedKB * 1024),
]);
rows.push([
  "slider step (median)",
  `${r.slider.medianMs.toFixed(1)} ms`,
  `< ${BUDGETS.stepMedianMs} ms`,
  verdict(r.slider.medianMs < BUDGETS.stepMedianMs),
]);
rows.push([
  "slider step (p95)",
  `${r.slider.p95Ms.toFixed(1)} ms`,
  `< ${BUDGETS.stepP95Ms} ms`,
  verdict(r.slider.p95Ms < BUDGETS.stepP95Ms),
]);
rows.push([
  "playing",
  `${r.slider.playing.shown} dates in ${r.slider.playing.seconds} s, ${r.slider.playing.longTasks} long tasks`,
  "",
  "",
]);
if (r.build && r.export) {
  rows.push(["build, cold", `${r.build.coldSeconds.toFixed(1)} s`, "", ""]);
  rows.push([
    "build, warm",
    `${r.build.warmSeconds.toFixed(1)} s`,
    `< ${BUDGETS.warmBuildS} s`,
    verdict(r.build.warmSeconds < BUDGETS.warmBuildS),
  ]);
  rows.push(["export, all charts", `${r.export.seconds.toFixed(1)} s`, "", ""]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
console.log(
  pagesOnly ? "\n(BENCH_PAGES_ONLY: builds and export not measured; bench.json not written)" : "\nWrote bench.json",
);
