/**
 * End to end: build the site, serve dist/ on loopback, open every page in
 * headless Chromium (light and dark) and fail on a console error, a failed
 * request, a request to any non-loopback host, or a chart that did not render.
 *
 * Without Chromium these tests are skipped, loudly, except under CI=true,
 * where a missing browser is a failure.
 *
 * `npm run test:plain` runs this file again on the plain Framework site
 * (BTC_FIRST_PAINT=off, built beside dist/ in BTC_OUTPUT): the same browser
 * tests pass there, but for the first-paint layer's own (`withLayer`) and the
 * build's checks that the switch does not touch (`once`), run with the layer.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { promisify } from "node:util";
import { csvParse } from "d3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstPaint } from "../build/first-paint/switch.js";
import { VERSION } from "../build/lib.js";
import { buildNotebooks, notebookFiles, previewNotebooks } from "../build/notebooks.js";
import { loadTable } from "../loaders/index.js";
import config from "../observablehq.config.js";
import { findChromium, launch, showWholePage, watchPage } from "../scripts/lib/browser.js";
import { type StaticServer, serve } from "../scripts/lib/serve.js";
import { holderColors } from "../src/control.js";
import { argument } from "../src/decks/argument.js";
import { WAITING_TYPE } from "../src/first-paint.js";
import { charts, pageCharts } from "../src/registry.js";
import { ZONE_ORDER } from "../src/takeovers.js";
import { pngInfo, pngText } from "./png.js";

const run = promisify(execFile);
/** Where the build writes the site: dist/, or beside it for the plain site (package.json, test:plain). */
const DIST = process.env.BTC_OUTPUT ?? "dist";
const layer = firstPaint();
/** A test of the first-paint layer itself: the plain site has no drawings to test. */
const withLayer = it.skipIf(!layer);
/** A test of the build or the notebooks, which the switch does not touch: run once, with the layer. */
const once = it.skipIf(!layer);
const axeSource = await readFile("node_modules/axe-core/axe.min.js", "utf8");
const chromium = findChromium();
if (!chromium) {
  if (process.env.CI === "true")
    throw new Error("CI=true but Chromium was not found: install the Debian package chromium or set CHROMIUM_PATH");
  console.warn(
    `\n${"!".repeat(72)}\n!! Chromium not found: SKIPPING the browser tests.\n!! Install it (apt-get install chromium) or set CHROMIUM_PATH.\n${"!".repeat(72)}\n`,
  );
}

/** A selector for each chart's data marks, to check that it rendered. */
const DATA_MARKS: Record<string, string> = {
  events: '[data-mark="dot"] > *',
  "takeover-map": "[data-place-index]",
  "takeover-spread": '[data-mark="line"] > *',
  "takeover-held": '[data-mark="line"] > *',
  "takeover-timeline": '[data-mark="dot"] > *',
  "sovereignty-count": '[data-mark="area"] > *',
  "sovereignty-map": "[data-place-index]",
  "sovereignty-lifespans": '[data-mark="bar"] > *',
  ruble: '[data-mark="line"] > *',
  "ruble-coup": '[data-mark="bar"] > *',
  "money-prices": '[data-mark="line"] > *',
  "bonds-london": '[data-mark="line"] > *',
  "exchange-status": '[data-mark="bar"] > *',
  "securities-berlin": '[data-mark="dot"] > *',
  "exchange-events": '[data-mark="dot"] > *',
};

/** Charts each story page must show once rendered (the registry's pages), with their data marks. */
const EXPECTED_CHARTS: Record<string, Record<string, string>> = Object.fromEntries(
  [...new Set(charts.map((chart) => chart.page))].map((page) => [
    page,
    Object.fromEntries(
      pageCharts(page).map((chart) => [chart.id, DATA_MARKS[chart.id] ?? "(no selector for its marks)"]),
    ),
  ]),
);

// Every page in the sidebar, and chrome-less embed pages: a map, the same with its controls, a claim's card.
const pages = [
  ...config.pages.map((p) => p.path),
  "/embed/takeover-map",
  "/embed/takeover-map?controls=1",
  "/embed/claim-9",
];
let server: StaticServer;
let browser: Browser;

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && [".html", ".js", ".css"].includes(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
}

/** The page's serious and critical axe-core violations, each as "rule (impact): the first nodes". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(" | ")}`,
      );
  });
}

describe.skipIf(!chromium)("the built site in Chromium", () => {
  beforeAll(async () => {
    await run("npm", ["run", "build"], { maxBuffer: 64 * 1024 * 1024 });
    server = await serve(DIST);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("refers to no third-party host for any resource", async () => {
    const offenders: string[] = [];
    for (const file of await textFiles(DIST)) {
      const text = await readFile(file, "utf8");
      for (const pattern of [
        /jsdelivr|unpkg|googleapis|gstatic|esm\.sh|skypack/,
        /<(?:script|link|img|iframe)[^>]+(?:src|href)="https?:/,
        /\bimport\s*\(?\s*["']https?:/,
        /url\(\s*["']?https?:/,
      ]) {
        const match = pattern.exec(text);
        if (match) offenders.push(`${file}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of pages) {
      it(`renders ${path} (${colorScheme}) with no errors and no foreign requests`, async () => {
        const page = await browser.newPage({ colorScheme, viewport: { width: 1200, height: 900 } });
        const report = watchPage(page);
        const response = await page.goto(server.url + path);
        expect(response?.status()).toBe(200);
        await showWholePage(page);
        const charts = await page
          .locator("figure.btc-chart")
          .evaluateAll((figures) => figures.map((f) => (f as HTMLElement).dataset.chart));
        const expected = EXPECTED_CHARTS[path] ?? {};
        expect(charts).toEqual(expect.arrayContaining(Object.keys(expected)));
        for (const [id, marks] of Object.entries(expected)) {
          expect(
            await page.locator(`figure[data-chart="${id}"] > svg ${marks}`).count(),
            `${id} has marks`,
          ).toBeGreaterThan(0);
        }
        expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        // The head's module script has run: the page language, and the sidebar toggle's name.
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
        if (!path.startsWith("/embed/") && path !== "/present")
          expect(await page.locator("#observablehq-sidebar-toggle").getAttribute("aria-label")).toBe(
            "Show or hide the list of pages",
          );
        // Accessibility: no serious or critical axe-core violation, in either colour scheme.
        const violations = await axeViolations(page);
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }

  it("every page loads with no console error on a slow CPU (4×), at a phone's width and a desktop's", async () => {
    const failures: string[] = [];
    for (const width of [390, 1280])
      for (const path of pages) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        const report = watchPage(page);
        await page.goto(server.url + path);
        // A page that never settles is named, and the others are still checked.
        await showWholePage(page, 120_000).catch((error: Error) =>
          failures.push(`${path} at ${width}: ${error.message.split("\n")[0]}`),
        );
        for (const error of report.consoleErrors) failures.push(`${path} at ${width}: ${error}`);
        await context.close();
      }
    expect(failures).toEqual([]);
  }, 900_000);

  it("keyboard: the slider, play button, switches and downloads are reachable, with a visible focus ring", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/takeovers`);
    await showWholePage(page);
    const reached = new Set<string>();
    for (let i = 0; i < 60 && reached.size < 4; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        const kind = el.matches(".btc-slider-play")
          ? "play"
          : el.matches('input[type="range"]')
            ? "slider"
            : el.matches('input[type="radio"]')
              ? "switch"
              : el.closest(".btc-share")
                ? "download"
                : null;
        return { kind, ring: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0 };
      });
      if (focused?.kind) {
        expect(focused.ring, `${focused.kind} shows a focus ring`).toBe(true);
        reached.add(focused.kind);
      }
    }
    expect([...reached].sort()).toEqual(["download", "play", "slider", "switch"]);
    await page.close();
  });

  it("the calendar switch changes the dates on the overview", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await showWholePage(page);
    const label = page.locator('figure[data-chart="events"] > svg text', { hasText: "Bolshevik insurrection" }).first();
    expect(await label.textContent()).toMatch(/^7 November 1917/);
    await page.getByLabel("Julian (Old Style)").check();
    await expect
      .poll(
        async () =>
          (await page
            .locator('figure[data-chart="events"] > svg text', { hasText: "Bolshevik insurrection" })
            .first()
            .textContent()) ?? "",
      )
      .toMatch(/^25 October 1917 OS/);
    await page.close();
  });

  it("the takeovers slider moves the map, from the keyboard and by playing", async () => {
    const page = await browser.newPage();
    const report = watchPage(page);
    await page.goto(`${server.url}/takeovers`);
    await showWholePage(page);
    const status = page.locator(".btc-map-status");
    const filled = () =>
      page.locator('figure[data-chart="takeover-map"] [data-place-index]:not([fill="none"])').count();
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("Home");
    await expect.poll(() => status.textContent()).toMatch(/^7 November 1917: \d+ of \d+ provincial capitals/);
    const early = await filled();
    await slider.press("End");
    await expect.poll(() => status.textContent()).toMatch(/^31 December 1918: \d+ of \d+/);
    expect(await filled()).toBeGreaterThan(early);
    await slider.press("Home");
    const play = page.getByRole("button", { name: /play/i });
    await play.press("Enter");
    await expect.poll(() => status.textContent(), { timeout: 5000 }).not.toMatch(/^7 November 1917/);
    await page.getByRole("button", { name: /pause/i }).click();
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it("the takeover map shows who held each city: Kiev lost on 3 March 1918, the Volga and Siberia on 1 September, on the page and in the embed", async () => {
    const holders = holderColors("auto");
    const fills = (page: Page, cities: readonly string[]) =>
      page.evaluate(
        (cities) =>
          Object.fromEntries(
            [...document.querySelectorAll('figure[data-chart="takeover-map"] [data-place-index]')]
              .map((mark) => [
                mark.querySelector("title")?.textContent?.split(" (")[0] ?? "",
                mark.getAttribute("fill"),
              ])
              .filter(([city]) => cities.includes(city as string)),
          ),
        cities,
      );
    const page = await browser.newPage();
    const report = watchPage(page);
    // The page opens on Brest-Litovsk, 3 March 1918: Kiev was reached on 8 February and lost on 1 March.
    await page.goto(`${server.url}/takeovers`);
    await showWholePage(page);
    expect(await fills(page, ["Kiev", "Moscow", "Kharkov"])).toEqual({
      Kiev: holders["central-powers"],
      Moscow: holders.soviet,
      Kharkov: holders.soviet,
    });
    await expect
      .poll(() => page.locator(".btc-map-status").textContent())
      .toMatch(/^3 March 1918: \d+ of \d+ provincial capitals under Soviet power; \d+ lost to others\.$/);
    // 1 September 1918: the Legion's summer on the Volga, in the Urals and in Siberia.
    await page.goto(`${server.url}/takeovers?date=1918-09-01`);
    await showWholePage(page);
    await expect
      .poll(() => fills(page, ["Samara", "Kazan", "Omsk", "Ekaterinburg", "Moscow"]))
      .toEqual({
        Samara: holders.czechoslovak,
        Kazan: holders.czechoslovak,
        Omsk: holders.czechoslovak,
        Ekaterinburg: holders.czechoslovak,
        Moscow: holders.soviet,
      });
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    // The embed carries the same state.
    const embed = await browser.newPage();
    await embed.goto(`${server.url}/embed/takeover-map?date=1918-09-01`);
    await embed.locator('figure[data-chart="takeover-map"] [data-place-index]').first().waitFor();
    expect(await fills(embed, ["Samara", "Kiev", "Moscow"])).toEqual({
      Samara: holders.czechoslovak,
      Kiev: holders["central-powers"],
      Moscow: holders.soviet,
    });
    await embed.goto(`${server.url}/embed/takeover-map?date=1918-03-03`);
    await embed.locator('figure[data-chart="takeover-map"] [data-place-index]').first().waitFor();
    expect(await fills(embed, ["Kiev", "Samara"])).toEqual({ Kiev: holders["central-powers"], Samara: holders.soviet });
    await page.close();
    await embed.close();
  });

  it("where does this come from: a city or a government opens its row in full, by mouse, touch and keyboard, and its address restores it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const report = watchPage(page);
    await page.goto(`${server.url}/takeovers`);
    await showWholePage(page);
    const panel = page.locator(".btc-provenance");
    // By mouse, on the map: Kiev's row, its sequence through 1918 and its sources with their links.
    await page.locator('figure[data-chart="takeover-map"] [data-key="kiev"]').click({ force: true });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator("h2").textContent()).toBe("Kiev");
    expect(await panel.textContent()).toContain("Who held it, 1917–1918");
    expect(await panel.textContent()).toMatch(/Lost to central powers, 1 March 1918/);
    expect(await panel.textContent()).toContain("8 February 1918 (NS); 26 January 1918 OS");
    expect(await panel.locator(".btc-provenance-sources a[href^='http']").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("focus")).toBe("kiev");
    // Highlighted on every chart of the page that shows it: the map and the timeline.
    for (const chart of ["takeover-map", "takeover-timeline"])
      expect(
        await page
          .locator(`figure[data-chart="${chart}"] [data-key="kiev"]`)
          .evaluate((mark) => getComputedStyle(mark).strokeWidth),
        chart,
      ).toBe("3px");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
    // By keyboard: Tab from the zoom switch reaches the map's cities, each a button; Enter opens one.
    await page.getByLabel("All").first().focus();
    let reached = "";
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? "");
    }
    expect(reached).not.toBe("");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("button");
    // The map is one Tab stop: the arrow keys move between its cities, and Tab leaves it.
    const focusedKey = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? "");
    await page.keyboard.press("ArrowRight");
    const second = await focusedKey();
    expect(second).not.toBe("");
    expect(second).not.toBe(reached);
    await page.keyboard.press("ArrowLeft");
    expect(await focusedKey()).toBe(reached);
    expect(await page.locator('#takeover-map [data-key][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#takeover-map figure svg") === null)).toBe(true);
    await page.keyboard.press("Shift+Tab");
    expect(await focusedKey()).toBe(reached);
    await page.keyboard.press("Enter");
    await expect.poll(() => panel.locator("h2").textContent()).not.toBe("Kiev");
    await page.keyboard.press("Escape");
    // From the table: each city's button.
    await page.locator('table button[data-key="samara"]').first().click();
    await expect.poll(() => panel.locator("h2").textContent()).toBe("Samara");
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();

    // By touch, on a phone; and a permalink restores the panel and its highlight.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const tap = await phone.newPage();
    await tap.goto(`${server.url}/takeovers?focus=novgorod`);
    await showWholePage(tap);
    await expect.poll(() => tap.locator(".btc-provenance h2").textContent()).toBe("Novgorod");
    await tap.locator(".btc-provenance-close").tap();
    await tap.locator('figure[data-chart="takeover-timeline"] [data-key="samara"]').tap({ force: true });
    await expect.poll(() => tap.locator(".btc-provenance h2").textContent()).toBe("Samara");
    await phone.close();

    // Governments, on the sovereignty page: the lifespans and the map.
    for (const colorScheme of ["light", "dark"] as const) {
      const gov = await browser.newPage({ colorScheme });
      await gov.goto(`${server.url}/sovereignty?focus=finland`);
      await showWholePage(gov);
      const text = await gov.locator(".btc-provenance").textContent();
      expect(text).toContain("Declaration of independence");
      expect(text).toContain("6 December 1917");
      expect(await axeViolations(gov)).toEqual([]);
      await gov.close();
    }
  }, 120_000);

  it("the takeovers calendar switch changes every date on the page", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/takeovers`);
    await showWholePage(page);
    await page.getByRole("slider", { name: "Date" }).focus();
    await page.getByRole("slider", { name: "Date" }).press("Home");
    await page.getByLabel("Julian (Old Style)").first().check();
    await expect.poll(() => page.locator(".btc-map-status").textContent()).toMatch(/^25 October 1917 OS: /);
    await expect.poll(() => page.locator(".btc-slider-date").textContent()).toBe("25 October 1917 OS");
    await expect
      .poll(() => page.locator('figure[data-chart="takeover-timeline"]').textContent())
      .toContain("Julian calendar (Old Style)");
    await expect
      .poll(() => page.locator('figure[data-chart="takeover-spread"]').textContent())
      .toContain("Julian calendar (Old Style)");
    await expect.poll(() => page.locator("table thead").first().textContent()).toContain("Date (OS)");
    await page.close();
  });

  it("the sovereignty definition switch recounts, and the slider moves the map", async () => {
    const page = await browser.newPage();
    const report = watchPage(page);
    await page.goto(`${server.url}/sovereignty`);
    await showWholePage(page);
    const subtitle = page.locator('figure[data-chart="sovereignty-count"] .btc-subtitle');
    const count = async () => Number((await subtitle.textContent())?.match(/: (\d+) on 15 June 1918/)?.[1]);
    const everything = await count();
    await page.getByLabel("National states only").check();
    await expect.poll(count).toBeLessThan(everything);
    const status = page.locator('figure[data-chart="sovereignty-map"] .btc-map-status');
    await expect.poll(() => status.textContent()).toMatch(/^15 June 1918: \d+ governments/);
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("Home");
    await expect.poll(() => status.textContent()).toMatch(/^7 November 1917: \d+ governments/);
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it("downloads: SVG and PNG of the chart, its data as CSV", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}/`);
    await showWholePage(page);
    const bar = page.locator("#events .btc-share");
    const save = async (action: () => Promise<void>) => {
      const [download] = await Promise.all([page.waitForEvent("download"), action()]);
      return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) as string) };
    };
    const svg = await save(() => bar.getByRole("button", { name: "SVG" }).click());
    expect(svg.name).toBe("events.svg");
    expect(svg.bytes.toString()).toMatch(/<svg[^>]*>[\s\S]*From the coup to the end of the war/);
    const png = await save(() => bar.getByRole("button", { name: "PNG" }).click());
    expect(png.name).toBe("events.png");
    const info = pngInfo(png.bytes);
    const svgWidth = Number(/width="(\d+)"/.exec(svg.bytes.toString())?.[1]);
    expect(info.width).toBe(svgWidth * 2);
    expect(info.distinctBytes).toBeGreaterThan(20);
    // The rows the timeline shows (the page's events, without their notes), each with its colour group.
    const csv = await save(() => bar.getByRole("button", { name: "Data (CSV)" }).click());
    expect(csv.name).toBe("events-gregorian.csv");
    expect(csv.bytes.toString().split("\n")[0]).toBe("date,date_os,date_precision,event,category,sources,group");
    const table = await save(() => bar.getByRole("link", { name: "Full table (CSV)" }).click());
    expect(table.bytes.toString().split("\n")[0]).toBe("date,date_os,date_precision,event,category,sources,note");
    await page.close();
  });

  it("the map's Data (CSV) is the cities on the day shown; Full table (CSV) the published table", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const report = watchPage(page);
    await page.goto(`${server.url}/takeovers?date=1917-12-01`);
    await showWholePage(page);
    const bar = page.locator("#takeover-map .btc-share");
    const status = page.locator('figure[data-chart="takeover-map"] .btc-map-status');
    const save = async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        bar.getByRole("button", { name: "Data (CSV)" }).click(),
      ]);
      return { name: download.suggestedFilename(), text: await readFile((await download.path()) as string, "utf8") };
    };
    await expect.poll(() => status.textContent()).toMatch(/^1 December 1917: /);
    const december = await save();
    // A later day, chosen on the slider: the file follows the map.
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("End");
    await expect.poll(() => status.textContent()).toMatch(/^31 December 1918: /);
    const end = await save();
    expect(december.name).toBe("takeover-map-1917-12-01-holder-all-gregorian.csv");
    expect(end.name).toBe("takeover-map-1918-12-31-holder-all-gregorian.csv");
    expect(end.text).not.toBe(december.text);
    for (const file of [december, end]) {
      const [header, ...lines] = file.text.trim().split("\n");
      expect(header).toMatch(/^as_of,city,.*,status,status_label,/);
      expect(lines.length).toBeGreaterThan(100);
    }
    expect(december.text).toContain("\n1917-12-01,Kazan,");
    const table = bar.getByRole("link", { name: "Full table (CSV)" });
    expect(new URL((await table.getAttribute("href")) as string, page.url()).pathname).toBe("/data/takeovers.csv");
    const about = bar.getByRole("link", { name: "About this chart (JSON)" });
    const metadata = await page.request.get(new URL((await about.getAttribute("href")) as string, page.url()).href);
    expect(((await metadata.json()) as { id: string }).id).toBe("takeover-map");
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it("explore: two filters and a sort through the workbench's controls, the same view from its address, its rows as CSV", async () => {
    const takeovers = (await loadTable("takeovers")).objects() as { city: string; zone: string; date: string | null }[];
    const expected = takeovers
      .filter((r) => r.zone === "Asia" && r.date !== null && r.date >= "1917-12-01" && r.date <= "1918-03-31")
      .map((r) => r.city)
      .sort((a, b) => b.localeCompare(a));
    expect(expected.length).toBeGreaterThan(1);
    const page = await browser.newPage({ acceptDownloads: true });
    const report = watchPage(page);
    await page.goto(`${server.url}/explore`);
    const status = page.locator(".btc-wb-status");
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe(`${takeovers.length} of ${takeovers.length} rows.`);
    const add = page.getByRole("button", { name: "Add a filter" });
    await add.click();
    const first = page.getByRole("group", { name: "Filter 1" });
    await first.getByLabel("Column").selectOption("zone");
    await first.getByLabel("Value").selectOption("Asia");
    await add.click();
    const second = page.getByRole("group", { name: "Filter 2" });
    await second.getByLabel("Column").selectOption("date");
    await second.getByLabel("From").fill("1917-12-01");
    await second.getByLabel("to", { exact: true }).fill("1918-03-31");
    // The header sorts: ascending, then descending.
    const header = page.getByRole("button", { name: "city", exact: true });
    await header.click();
    await header.click();
    const view = async (p: Page) => ({
      status: await p.locator(".btc-wb-status").textContent(),
      cities: await p.locator(".btc-wb-table tbody td:first-child").allTextContents(),
      sorted: await p.locator(".btc-wb-table th[aria-sort='descending']").textContent(),
      chart: await p.locator('figure[data-chart="workbench"] h3').textContent(),
      bars: await p.locator('figure[data-chart="workbench"] svg [data-mark="rect"] > *').count(),
    });
    const seen = await view(page);
    expect(seen).toMatchObject({
      status: `${expected.length} of ${takeovers.length} rows pass the filters.`,
      cities: expected,
      sorted: "city ▼",
      chart: "Number of rows by date, coloured by zone",
    });
    expect(seen.bars).toBeGreaterThan(0);
    const address = new URL(page.url());
    expect(address.searchParams.getAll("filter")).toEqual(["zone:is:Asia", "date:range:1917-12-01..1918-03-31"]);
    expect(address.searchParams.get("sort")).toBe("-city");

    // The address alone reproduces the view, controls included.
    const again = await browser.newPage({ acceptDownloads: true });
    const againReport = watchPage(again);
    await again.goto(address.href);
    await expect.poll(() => again.locator(".btc-wb-status").textContent(), { timeout: 30_000 }).toBe(seen.status);
    expect(await view(again)).toEqual(seen);
    expect(await again.getByRole("group", { name: "Filter 2" }).getByLabel("From").inputValue()).toBe("1917-12-01");

    const [download] = await Promise.all([
      again.waitForEvent("download"),
      again.getByRole("button", { name: "Download these rows as CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("takeovers-rows.csv");
    const csv = csvParse(await readFile((await download.path()) as string, "utf8"));
    expect(csv.columns).toEqual(
      await again
        .locator(".btc-wb-table thead th")
        .allTextContents()
        .then((t) => t.map((h) => h.replace(/ [▲▼]$/, ""))),
    );
    expect(csv.map((row) => row.city)).toEqual(expected);
    expect(
      csv.every((row) => row.zone === "Asia" && (row.date ?? "") >= "1917-12-01" && (row.date ?? "") <= "1918-03-31"),
    ).toBe(true);
    for (const r of [report, againReport])
      expect(r).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
    await again.close();
  });

  it("Slide: the chart as it is now on a 1920×1080 PNG, as npm run export draws the same state; Copy image copies it", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const page = await context.newPage();
    const report = watchPage(page);
    await page.goto(`${server.url}/takeovers?calendar=julian&date=1918-06-01&colorBy=mode`);
    await showWholePage(page);
    await expect.poll(() => page.locator(".btc-map-status").textContent()).toMatch(/^19 May 1918 OS: /);
    const bar = page.locator("#takeover-map .btc-share");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      bar.getByRole("button", { name: "Slide" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("takeover-map-slide.png");
    const slide = await readFile((await download.path()) as string);
    const info = pngInfo(slide);
    expect([info.width, info.height]).toEqual([1920, 1080]);
    expect(info.distinctBytes).toBeGreaterThan(20);
    const text = pngText(slide);
    // The state is in the picture's own words: the date in its calendar, and the colouring.
    expect(text.Description).toContain("19 May 1918 OS");
    expect(text.Description).toContain("coloured by how it first came");

    const out = await mkdtemp(join(tmpdir(), "btc-slide-"));
    await run("npx", [
      ...["tsx", "scripts/export.ts", "takeover-map", "--out", out],
      ...["--date", "1918-06-01", "--calendar", "julian", "--color-by", "mode"],
    ]);
    const exported = await readFile(join(out, "takeover-map.png"));
    expect([pngInfo(exported).width, pngInfo(exported).height]).toEqual([1920, 1080]);
    const exportedText = pngText(exported);
    expect({ Title: text.Title, Description: text.Description }).toEqual({
      Title: exportedText.Title,
      Description: exportedText.Description,
    });

    // Copy image puts the same picture on the clipboard, and says so.
    await bar.getByRole("button", { name: "Copy image" }).click();
    await expect.poll(() => bar.getByRole("status").textContent()).toMatch(/^Slide copied/);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const bitmap = await createImageBitmap(await item.getType("image/png"));
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied).toEqual({ types: ["image/png"], width: 1920, height: 1080 });
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  }, 120_000);

  it("story pages load nothing of the deck or the claim charts: their bundles leave them out", async () => {
    const dir = join(DIST, "_import/_generated/pages");
    const bundles = await readdir(dir);
    expect(bundles.length).toBe(4);
    for (const name of bundles) {
      const code = await readFile(join(dir, name), "utf8");
      expect(code, name).not.toContain("slide deck");
      expect(code, name).not.toContain("HOW THE VERDICT IS COMPUTED");
    }
    // The deck's page does carry them.
    const present = await readFile(join(DIST, "present.html"), "utf8");
    expect(present).toMatch(/_generated\/btc\.[0-9a-f]+\.js/);
  });

  it("social previews: each page names its title, description and first chart's image, which exists", async () => {
    for (const path of config.pages.map((p) => p.path)) {
      const html = await readFile(
        join(DIST, path === "/" ? "index.html" : path.endsWith("/") ? `${path}index.html` : `${path}.html`),
        "utf8",
      );
      const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
      expect(meta("og:title"), path).toMatch(/Beyond the Capitals/);
      expect(meta("og:description")?.length, path).toBeGreaterThan(40);
      expect(meta("twitter:card"), path).toBe("summary_large_image");
      const image = meta("og:image") ?? "";
      const response = await fetch(new URL(image, new URL(path, server.url)));
      expect(response.headers.get("content-type"), `${path}: ${image}`).toMatch(/^image\/png/);
    }
    expect(await readFile(join(DIST, "takeovers.html"), "utf8")).toContain('content="./charts/takeover-map.png"');
  });

  it("/present: every slide by keyboard with slide-size type, a direct link to slide 5, Esc to the slide's page, one 16:9 PDF page per slide", async () => {
    const count = argument.slides.length;
    // A window whose 16:9 frame is exactly 1920 pixels wide (the controls' row is 52 px).
    const page = await browser.newPage({ viewport: { width: 1920, height: 1132 } });
    const report = watchPage(page);
    await page.goto(`${server.url}/present`);
    await page.waitForSelector(".btc-deck[data-drawn=all]", { timeout: 180_000 });
    expect(await page.locator(".btc-slide[data-ready=error]").count()).toBe(0);
    /** The smallest text on the slide shown, in screen pixels. */
    const smallestText = () =>
      page.evaluate(() => {
        const frame = document.querySelector(".btc-slide:not([hidden])") as HTMLElement;
        const sizes: number[] = [];
        for (const t of frame.querySelectorAll<SVGTextElement>(".btc-slide-body text")) {
          if (!t.textContent?.trim() || t.getBBox().width === 0) continue;
          const m = t.getScreenCTM();
          if (m) sizes.push(Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b));
        }
        for (const e of frame.querySelectorAll<HTMLElement>(
          ".btc-slide-body p, .btc-slide-body h1, .btc-slide-body h3, .btc-slide-body summary",
        ))
          if (e.textContent?.trim()) sizes.push(Number.parseFloat(getComputedStyle(e).fontSize));
        // The image's own lines stay inside the slide in this browser's fonts (fitText).
        const right = frame.getBoundingClientRect().right;
        const overflowing = [...frame.querySelectorAll("text[data-max-width]")].filter(
          (t) => t.getBoundingClientRect().right > right + 1,
        ).length;
        return { width: frame.getBoundingClientRect().width, smallest: Math.min(...sizes), overflowing };
      });
    const keys = ["ArrowRight", "Space", "PageDown", "ArrowDown"];
    for (let n = 1; n <= count; n++) {
      await expect.poll(() => page.locator(".btc-deck").getAttribute("data-current")).toBe(String(n));
      expect(new URL(page.url()).searchParams.get("slide")).toBe(String(n));
      const shown = page.locator(".btc-slide:not([hidden])");
      expect(await shown.getAttribute("aria-label")).toBe(`${n} of ${count}: ${argument.slides[n - 1]?.caption}`);
      const { width, smallest, overflowing } = await smallestText();
      expect(overflowing, `slide ${n}: lines running off the slide`).toBe(0);
      expect(Math.round(width)).toBe(1920);
      // Readable from the back of the room: no text under 24 px on a 1920×1080 slide (rounding aside).
      expect(smallest, `slide ${n}`).toBeGreaterThanOrEqual(23.5);
      if (n < count) await page.keyboard.press(keys[n % keys.length] as string);
    }
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator(".btc-deck").getAttribute("data-current")).toBe(String(count));
    await page.keyboard.press("PageUp");
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator(".btc-deck").getAttribute("data-current")).toBe(String(count - 2));
    // A click on the slide advances.
    await page.locator(".btc-slide:not([hidden])").click({ position: { x: 1500, y: 500 } });
    expect(await page.locator(".btc-deck").getAttribute("data-current")).toBe(String(count - 1));
    // n shows the speaker notes; they are the slide's own.
    await page.keyboard.press("n");
    expect(await page.locator(".btc-slide:not([hidden]) .btc-slide-notes").textContent()).toBe(
      argument.slides[count - 2]?.notes,
    );
    await page.keyboard.press("n");
    expect(await page.locator(".btc-slide:not([hidden]) .btc-slide-notes").isVisible()).toBe(false);
    // f toggles full screen.
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe("btc-deck");
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

    // Printed: one page per slide, each 16:9 (1920 × 1080 px is 1440 × 810 pt).
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(count);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) expect((w as number) / (h as number)).toBeCloseTo(16 / 9, 2);
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });

    // A link opens on its slide; Esc leaves for the page the slide comes from, at the slide's state.
    await page.goto(`${server.url}/present?slide=5`);
    await expect.poll(() => page.locator(".btc-deck").getAttribute("data-current")).toBe("5");
    await expect.poll(() => page.locator('.btc-slide[data-slide="5"]').getAttribute("data-ready")).toBe("light");
    expect(await page.locator('.btc-slide[data-slide="5"]').isVisible()).toBe(true);
    expect(await page.locator('.btc-slide[data-slide="5"] svg title').first().textContent()).toBe(
      "Where Soviet power came, held and was lost",
    );
    await page.keyboard.press("Escape");
    await page.waitForURL(/\/takeovers\?date=1918-09-01#takeover-map$/);
    await page.close();
  }, 300_000);

  it("a permalink restores the page's state, and the page keeps its address in step", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/takeovers?calendar=julian&date=1917-12-01&colorBy=date`);
    await showWholePage(page);
    await expect.poll(() => page.locator(".btc-map-status").textContent()).toMatch(/^18 November 1917 OS: /);
    expect(await page.getByLabel("Julian (Old Style)").first().isChecked()).toBe(true);
    expect(await page.getByLabel("When it first came").isChecked()).toBe(true);
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("date")).toBe("1917-12-02");
    await page.locator("#takeover-map .btc-share").getByRole("button", { name: "Copy link" }).click();
    const link = await page.locator("#takeover-map .btc-share-url").inputValue();
    expect(new URL(link).search).toBe("?calendar=julian&colorBy=date&date=1917-12-02");
    expect(new URL(link).hash).toBe("#takeover-map");
    await page.close();
  });

  it("embeds: the module works from another origin, and the iframe resizes itself", async () => {
    const site = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
    const hostDir = await mkdtemp(join(tmpdir(), "btc-host-"));
    await writeFile(
      join(hostDir, "index.html"),
      `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
<div id="chart" style="width:700px"></div>
<iframe id="frame" src="${site.url}/embed/takeover-spread?calendar=julian" style="border:0;width:700px" height="150"></iframe>
<script>addEventListener("message", (e) => { if (e.data?.type === "btc-embed-height") for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = e.data.height + "px"; });</script>
<script type="module">import {render} from "${site.url}/embed/events.js"; await render(document.getElementById("chart"), {theme: "light", calendar: "julian"}); document.body.dataset.done = "yes";</script>
</body></html>`,
    );
    const host = await serve(hostDir);
    expect(new URL(host.url).port).not.toBe(new URL(site.url).port);
    const page = await browser.newPage();
    const report = watchPage(page);
    await page.goto(`${host.url}/`);
    await page.waitForSelector("body[data-done=yes]", { timeout: 20_000 });
    expect(
      await page.locator('#chart figure[data-chart="events"] > svg [data-mark="dot"] > *').count(),
    ).toBeGreaterThan(10);
    expect(await page.locator("#chart").textContent()).toContain("25 October 1917 OS");
    await expect
      .poll(async () => (await page.locator("#frame").boundingBox())?.height ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(400);
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
    await host.close();
    await site.close();
  });

  it("embeds with controls=1 keep the chart's own controls, in an iframe and as a module, from another origin; a claim card embeds too", async () => {
    const site = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
    const hostDir = await mkdtemp(join(tmpdir(), "btc-host-"));
    await writeFile(
      join(hostDir, "index.html"),
      `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
<div id="chart" style="width:700px"></div>
<div id="bare" style="width:700px"></div>
<div id="claim" style="width:700px"></div>
<iframe id="frame" title="Map" src="${site.url}/embed/takeover-map?controls=1&date=1917-12-01" style="border:0;width:700px" height="150"></iframe>
<script>addEventListener("message", (e) => { if (e.data?.type === "btc-embed-height") for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = e.data.height + "px"; });</script>
<script type="module">
import {render} from "${site.url}/embed/takeover-map.js";
import {render as claim} from "${site.url}/embed/claim-9.js";
await render(document.getElementById("chart"), {controls: true, date: "1917-12-01", calendar: "julian"});
await render(document.getElementById("bare"), {date: "1917-12-01"});
await claim(document.getElementById("claim"), {});
document.body.dataset.done = "yes";
</script>
</body></html>`,
    );
    const host = await serve(hostDir);
    const page = await browser.newPage();
    const report = watchPage(page);
    await page.goto(`${host.url}/`);
    await page.waitForSelector("body[data-done=yes]", { timeout: 30_000 });
    // As a module: the calendar, the slider with play and the switches, set from the options.
    const module = page.locator("#chart");
    expect(await module.getByRole("group", { name: "Calendar" }).count()).toBe(1);
    expect(await module.getByLabel("Julian (Old Style)").isChecked()).toBe(true);
    expect(await module.getByRole("button", { name: "Play the spread day by day" }).count()).toBe(1);
    const status = module.locator(".btc-map-status");
    expect(await status.textContent()).toMatch(/^18 November 1917 OS: /);
    const slider = module.getByRole("slider", { name: "Date" });
    await slider.focus();
    await slider.press("ArrowRight");
    await expect.poll(() => status.textContent()).toMatch(/^19 November 1917 OS: /);
    await module.getByLabel("Gregorian (New Style)").check();
    await expect.poll(() => status.textContent()).toMatch(/^2 December 1917: /);
    await module.getByLabel("How Soviet power came").check();
    await expect.poll(() => module.locator(".btc-subtitle").textContent()).toMatch(/coloured by how it first came/);
    // The default stays a bare chart.
    expect(await page.locator("#bare .btc-embed-controls").count()).toBe(0);
    expect(await page.locator('#bare figure[data-chart="takeover-map"]').count()).toBe(1);
    // A claim's card, as a chart: its title and verdict.
    expect(await page.locator("#claim .btc-title").textContent()).toMatch(/^Claim 9: /);
    expect(await page.locator('#claim [data-mark="verdict"]').count()).toBe(1);
    // In the iframe: its own slider moves its map, and the frame grows to hold the controls.
    const frame = page.frameLocator("#frame");
    const frameStatus = frame.locator(".btc-map-status");
    await expect.poll(() => frameStatus.textContent(), { timeout: 20_000 }).toMatch(/^1 December 1917: /);
    const frameSlider = frame.getByRole("slider", { name: "Date" });
    await frameSlider.focus();
    await frameSlider.press("End");
    await expect.poll(() => frameStatus.textContent()).toMatch(/^31 December 1918: /);
    await expect.poll(async () => (await page.locator("#frame").boundingBox())?.height ?? 0).toBeGreaterThan(400);
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
    await host.close();
    await site.close();
  }, 120_000);

  it.skipIf(layer)(
    "the plain site (BTC_FIRST_PAINT=off) has no drawings and starts each page as Framework writes it",
    async () => {
      for (const path of Object.keys(EXPECTED_CHARTS)) {
        const html = await readFile(join(DIST, path === "/" ? "index.html" : `${path.slice(1)}.html`), "utf8");
        expect(html, path).not.toContain(WAITING_TYPE);
        expect(html, path).not.toMatch(/<div class="btc-static" data-chart="[a-z-]+"><figure/);
        expect(html, path).toMatch(/<script type="module">\s*import \{define\}/);
      }
    },
  );

  withLayer(
    "each story page draws its charts in its HTML, shows them without scripts, and swaps in the live ones",
    async () => {
      for (const [path, expected] of Object.entries(EXPECTED_CHARTS)) {
        // In the HTML as served: every chart of the page, drawn, before any script has run.
        const html = await (await fetch(server.url + path)).text();
        const drawn = [
          ...html.matchAll(/<div class="btc-static" data-chart="([a-z-]+)"><figure class="btc-chart[ "]/g),
        ];
        expect(
          drawn.map((m) => m[1]),
          path,
        ).toEqual(Object.keys(expected));
        // Nothing in the way of their first paint (README, Performance): no classic script in the head after
        // the stylesheet (it would wait for it and hold up the parser; the one line that hides the drawings
        // under a permalink comes before it), no module preloaded, and Framework's page module waits for the
        // first paint; the chart bundle is imported on demand once it runs.
        const head = html.slice(0, html.indexOf("</head>"));
        const classic = [...head.matchAll(new RegExp(`<script(?![^>]*type="(?:module|${WAITING_TYPE})")[^>]*>`, "g"))];
        expect(
          classic.map((m) => m[0]),
          path,
        ).toEqual(["<script>"]);
        expect(classic[0]?.index, path).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
        expect(head, path).not.toMatch(/<link rel="modulepreload"/);
        expect(
          head.match(new RegExp(`<script type="${WAITING_TYPE}">\\s*import \\{define\\}`, "g")),
          path,
        ).toHaveLength(1);
        expect(html, path).toMatch(/import\("\.\/_import\/_generated\/pages\/[a-z]+\.[0-9a-f]+\.js"\)/);
        // Without scripts, a reader still sees the first chart, with its marks.
        const context = await browser.newContext({ javaScriptEnabled: false });
        const still = await context.newPage();
        await still.goto(server.url + path);
        const first = Object.keys(expected)[0] ?? "";
        const marks = expected[first] ?? "";
        expect(await still.locator(`.btc-static figure[data-chart="${first}"] > svg ${marks}`).count()).toBeGreaterThan(
          0,
        );
        // At this width, of the drawings for a phone's column and a desktop's, the desktop's.
        expect(await still.locator(`figure[data-chart="${first}"]:not(.btc-narrow)`).isVisible()).toBe(true);
        expect(await still.locator(`figure[data-chart="${first}"].btc-narrow`).isVisible()).toBe(false);
        await context.close();
        // With scripts, the live chart takes the drawing's place: one figure per chart, with its share bar.
        const page = await browser.newPage();
        await page.goto(server.url + path);
        await showWholePage(page);
        expect(await page.locator(".btc-static").count()).toBe(0);
        for (const id of Object.keys(expected)) {
          expect(await page.locator(`figure[data-chart="${id}"]`).count(), id).toBe(1);
          expect(await page.locator(`.btc-block figure[data-chart="${id}"]`).count(), id).toBe(1);
        }
        await page.close();
      }
    },
    90_000,
  );

  withLayer(
    "under a permalink, a story page hides its drawings, drawn at the defaults, in their place until the live charts come",
    async () => {
      const drawing = async (address: string) => {
        const page = await browser.newPage();
        // The charts' bundle never arrives: the page stays as it first paints.
        await page.route(/\/_import\/_generated\/pages\/[a-z]+\.[0-9a-f]+\.js$/, (route) => route.abort());
        await page.goto(`${server.url}/takeovers${address}`);
        const figure = page.locator('.btc-static figure[data-chart="takeover-map"]');
        const seen = await figure.evaluate((f) => ({
          visibility: getComputedStyle(f).visibility,
          height: f.getBoundingClientRect().height,
        }));
        await page.close();
        return seen;
      };
      const plain = await drawing("");
      expect(plain.visibility).toBe("visible");
      const linked = await drawing("?date=1917-12-01&colorBy=date");
      expect(linked.visibility).toBe("hidden");
      // Unseen, it still holds its place: nothing moves when the live chart takes it.
      expect(linked.height).toBe(plain.height);
      expect(linked.height).toBeGreaterThan(400);
      // A parameter that is not the page's state leaves it shown.
      expect((await drawing("?utm_source=slides")).visibility).toBe("visible");
    },
  );

  it("event labels over a time chart (the ruble's events, the takeovers' milestones) overprint neither each other nor the axis label, on a phone or a desktop", async () => {
    const charts = [
      { path: "/money", id: "ruble", labels: ["Banks nationalised", "February Revolution", "October coup"] },
      {
        path: "/takeovers",
        id: "takeover-spread",
        labels: ["Brest-Litovsk", "End of October (OS)", "New Year 1918 (OS)"],
      },
    ];
    for (const { path, id, labels } of charts)
      for (const width of [320, 390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 844 } });
        await page.goto(server.url + path);
        await showWholePage(page);
        const texts = await page.locator(`.btc-block figure[data-chart="${id}"] > svg`).evaluate((svg, labels) => {
          const box = (text: Element) => {
            const b = text.getBoundingClientRect();
            return {
              text: text.firstChild?.textContent ?? "",
              left: b.left,
              right: b.right,
              top: b.top,
              bottom: b.bottom,
            };
          };
          const frame = svg.getBoundingClientRect();
          return {
            frame: { left: frame.left, right: frame.right },
            labels: [...svg.querySelectorAll('g[data-mark="text"] text')]
              .map(box)
              .filter((t) => labels.includes(t.text)),
            axis: [...svg.querySelectorAll('g[data-mark="y-axis label"] text')].map(box),
          };
        }, labels);
        const at = `${id} at ${width}`;
        expect(texts.labels.map((l) => l.text).sort(), at).toEqual(labels);
        expect(texts.axis, at).toHaveLength(1);
        const all = [...texts.labels, ...texts.axis];
        for (const [i, a] of all.entries()) {
          expect(a.left, `${at}: ${a.text}`).toBeGreaterThanOrEqual(texts.frame.left - 0.5);
          expect(a.right, `${at}: ${a.text}`).toBeLessThanOrEqual(texts.frame.right + 0.5);
          for (const b of all.slice(i + 1)) {
            const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `${at}: "${a.text}" overprints "${b.text}"`).toBe(true);
          }
        }
        await page.close();
      }
  }, 90_000);

  it("no chart's text runs out of its chart, on a phone or a desktop", async () => {
    // Overflow is visible (labels may reach into the page's margin a little), but not past it: at 1280 px the
    // overview's event labels ran 120 px past the chart and off the window, and on a phone the ruble's
    // windows ran 108 px off its left edge. 10 px of tolerance: a milestone label centred near the edge.
    for (const width of [320, 390, 1280])
      for (const path of Object.keys(EXPECTED_CHARTS)) {
        const page = await browser.newPage({ viewport: { width, height: 844 } });
        await page.goto(server.url + path);
        await showWholePage(page);
        const over = await page.evaluate(() =>
          [...document.querySelectorAll(".btc-block figure.btc-chart > svg")].flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll("text")]
              .map((text) => ({ text, box: text.getBoundingClientRect() }))
              .filter(({ box }) => box.width > 0 && Math.max(frame.left - box.left, box.right - frame.right) > 10)
              .map(
                ({ text, box }) =>
                  `${svg.closest("figure")?.getAttribute("data-chart")}: "${text.firstChild?.textContent}" by ${Math.round(Math.max(frame.left - box.left, box.right - frame.right))} px`,
              );
          }),
        );
        expect(over, `${path} at ${width}`).toEqual([]);
        await page.close();
      }
  }, 120_000);

  it("Pipes's label on the count of governments stays inside the chart, clear of the axis, on a phone or a desktop", async () => {
    for (const width of [320, 390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(`${server.url}/sovereignty`);
      await showWholePage(page);
      const boxes = await page.locator('.btc-block figure[data-chart="sovereignty-count"] > svg').evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const label = [...svg.querySelectorAll('g[data-mark="text"] text')].find((t) =>
          t.textContent?.startsWith("Pipes"),
        );
        const ticks = [...svg.querySelectorAll('g[data-mark="y-axis tick label"] text')].map((t) =>
          t.getBoundingClientRect(),
        );
        const box = label?.getBoundingClientRect();
        return {
          frame: frame.left,
          box: box && { left: box.left, top: box.top, bottom: box.bottom },
          ticks: ticks.map((t) => ({ right: t.right, top: t.top, bottom: t.bottom })),
        };
      });
      expect(boxes.box, `${width}`).toBeDefined();
      expect(boxes.box?.left, `${width}`).toBeGreaterThanOrEqual(boxes.frame);
      for (const tick of boxes.ticks) {
        const apart =
          tick.right <= (boxes.box?.left ?? 0) ||
          tick.bottom <= (boxes.box?.top ?? 0) ||
          (boxes.box?.bottom ?? 0) <= tick.top;
        expect(apart, `${width}: Pipes's label overprints a tick label of the y axis`).toBe(true);
      }
      await page.close();
    }
  });

  withLayer(
    "the controls above a story page's first chart do not push its drawing down when they arrive, on a desktop or a phone",
    async () => {
      // On a phone the radio options wrap and the slider takes three rows: the rows the build drew must match.
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ])
        for (const path of Object.keys(EXPECTED_CHARTS)) {
          const page = await browser.newPage({ viewport });
          // Where the drawing is in the first frame that has it, before the page's scripts have rendered anything.
          await page.addInitScript(`
        const poll = () => {
          // Of the drawings for a desktop's column and a phone's, the one shown.
          const figure = [...document.querySelectorAll(".btc-static > figure")].find((f) => f.getClientRects().length);
          if (figure) window.__drawnTop = figure.getBoundingClientRect().top + scrollY;
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);`);
          await page.goto(server.url + path);
          await page.waitForSelector(".btc-block figure.btc-chart > svg");
          const [drawn, live] = await page.evaluate(() => [
            (window as unknown as { __drawnTop: number }).__drawnTop,
            (document.querySelector(".btc-block figure.btc-chart")?.getBoundingClientRect().top ?? Number.NaN) +
              scrollY,
          ]);
          expect(
            Math.abs((live ?? 0) - (drawn ?? 0)),
            `${path} at ${viewport.width} px: drawn at ${drawn}, live at ${live}`,
          ).toBeLessThanOrEqual(1);
          // Once every control is live, the build's copies are gone: one control per container.
          await expect
            .poll(() => page.locator(".btc-control > form:not(.btc-control-drawn)").count())
            .toBe(await page.locator(".btc-control").count());
          expect(await page.locator(".btc-control-drawn").count()).toBe(0);
          await page.close();
        }
    },
    90_000,
  );

  withLayer(
    "each chart's drawing, with its share bar's row, is as tall as the live chart's block, so nothing below it moves, at any width",
    async () => {
      // From the top of the chart to the bottom of its share bar, per chart: as drawn, and live.
      const heights = async (path: string, width: number, live: boolean) => {
        const page = await browser.newPage({ viewport: { width, height: 844 } });
        // Without the charts' bundle the page stays as it first paints, drawings and all.
        if (!live) await page.route(/\/_import\/_generated\/pages\/[a-z]+\.[0-9a-f]+\.js$/, (route) => route.abort());
        await page.goto(server.url + path);
        if (live) await showWholePage(page);
        const found = await page.evaluate(
          (live) =>
            [...document.querySelectorAll(live ? ".btc-block" : ".btc-static")].map((block) => {
              // A drawing comes for a desktop's column and a phone's: the one shown.
              const figure = [...block.querySelectorAll(":scope > figure.btc-chart")].find(
                (f) => f.getClientRects().length,
              );
              const top = figure?.getBoundingClientRect().top ?? Number.NaN;
              const drawnAt = (f: Element | undefined) =>
                Number(f?.querySelector(":scope > svg")?.getAttribute("width"));
              return {
                id: figure?.getAttribute("data-chart"),
                column: block.getBoundingClientRect().width,
                shown: drawnAt(figure),
                widths: [...block.querySelectorAll(":scope > figure.btc-chart")].map((f) => drawnAt(f)),
                chart: Math.round(figure?.getBoundingClientRect().height ?? Number.NaN),
                block: Math.round(
                  (block.querySelector(":scope > .btc-share")?.getBoundingClientRect().bottom ?? Number.NaN) - top,
                ),
              };
            }),
          live,
        );
        await page.close();
        return found;
      };
      // 320: the height rules' floors; 1280: their shares of the width, in a full column and in half of one (/money).
      for (const width of [320, 390, 1280])
        for (const [path, expected] of Object.entries(EXPECTED_CHARTS)) {
          const drawn = await heights(path, width, false);
          const live = await heights(path, width, true);
          expect(
            drawn.map((d) => d.id),
            `${path} at ${width}`,
          ).toEqual(Object.keys(expected));
          expect(
            live.map((d) => d.id),
            `${path} at ${width}`,
          ).toEqual(Object.keys(expected));
          for (const [i, d] of drawn.entries()) {
            // The drawing shown is the one drawn nearest the column's width (a phone's, or a desktop's).
            const nearest = [...d.widths].sort((a, b) => Math.abs(a - d.column) - Math.abs(b - d.column))[0];
            expect(d.shown, `${path} at ${width}: ${d.id} in a ${d.column} px column, drawn at ${d.widths}`).toBe(
              nearest,
            );
            for (const part of ["chart", "block"] as const)
              expect(
                Math.abs(d[part] - (live[i]?.[part] ?? Number.NaN)),
                `${path} at ${width}: ${d.id}'s ${part} drawn ${d[part]} px, live ${live[i]?.[part]}`,
              ).toBeLessThanOrEqual(1);
          }
          // The page's first chart is also drawn for a phone's column, unless it is a map (a map scales whole).
          expect(
            drawn.filter((d) => d.widths.length === 2).map((d) => d.id),
            path,
          ).toEqual(path === "/takeovers" ? [] : Object.keys(expected).slice(0, 1));
          if (width === 390) expect(drawn[0]?.shown, path).toBe(path === "/takeovers" ? 912 : 326);
        }
    },
    120_000,
  );

  it("a story page's first paint sets up no SVG image for an icon and no spinning loading mark", async () => {
    // Both cost the first frame (README, Performance): the sidebar toggle's icon is drawn with gradients,
    // and a value still to come is marked by a still ellipsis in the text's own font.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/takeovers`);
    const { icon, marks } = await page.evaluate(() => {
      const toggle = document.querySelector("#observablehq-sidebar-toggle");
      const before = toggle ? getComputedStyle(toggle, "::before") : undefined;
      return {
        icon: `${before?.maskImage ?? ""} ${before?.getPropertyValue("-webkit-mask-image") ?? ""}`,
        marks: [...document.querySelectorAll("observablehq-loading")].map((mark) => {
          const style = getComputedStyle(mark);
          const parent = getComputedStyle(mark.parentElement ?? document.body);
          return {
            animation: style.animationName,
            sameFont: style.fontFamily === parent.fontFamily && style.fontSize === parent.fontSize,
            glyph: getComputedStyle(mark, "::before").content,
          };
        }),
      };
    });
    expect(icon).toContain("linear-gradient");
    expect(icon).not.toContain("url(");
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toEqual({ animation: "none", sameFont: true, glyph: '"…"' });
    await context.close();
  });

  it("a page whose table fails to load says so in place of its charts", async () => {
    const page = await browser.newPage();
    const uncaught: string[] = [];
    page.on("pageerror", (error) => uncaught.push(error.message));
    await page.route(/\/_file\/data\/story\/takeovers\.[0-9a-f]+\.json/, (route) => route.abort());
    await page.goto(`${server.url}/takeovers`);
    await page.waitForLoadState("networkidle");
    const notice = page.locator('[data-failed-table="takeovers"]');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/^The takeovers table could not be loaded .* Reload the page to try again\.$/);
    expect(await notice.getAttribute("role")).toBe("alert");
    // In place of each chart that needs the table: the same message, no chart, no stack trace.
    const errors = await page.locator(".observablehq--error").allTextContents();
    expect(errors.length).toBeGreaterThan(2);
    for (const text of errors) {
      expect(text).toContain("The takeovers table could not be loaded");
      expect(text).not.toMatch(/\bat https?:\/\//);
    }
    expect(await page.locator('figure[data-chart="takeover-map"]').count()).toBe(0);
    expect(await page.locator("h1").textContent()).toMatch(/When and how Soviet power came/);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  once(
    "is reproducible: a clean rerun of every loader gives byte-identical tables and images",
    async () => {
      const jobs: { file: string; loader: string; args: string[] }[] = [];
      for (const entry of await readdir(join(DIST, "data"), { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const { name } = entry;
        const ext = extname(name);
        // The exact loader if there is one (docs/data/geography.json.ts), else the table's parameterised one.
        const exact = join("docs/data", `${name}.ts`);
        const table = {
          loader: join("docs/data", `[table]${ext}.ts`),
          args: [`--table=${name.slice(0, -ext.length)}`],
        };
        jobs.push({ file: join(DIST, "data", name), ...(existsSync(exact) ? { loader: exact, args: [] } : table) });
      }
      for (const name of await readdir(join(DIST, "charts"))) {
        const ext = extname(name);
        // The exact loader if there is one (the metadata's schema), else the chart's parameterised one.
        const exact = join("docs/charts", `${name}.ts`);
        jobs.push({
          file: join(DIST, "charts", name),
          ...(existsSync(exact)
            ? { loader: exact, args: [] }
            : { loader: join("docs/charts", `[name]${ext}.ts`), args: [`--name=${name.slice(0, -ext.length)}`] }),
        });
      }
      expect(jobs.length).toBeGreaterThan(50);
      const differ: string[] = [];
      // Each loader in a fresh process, as a clean build runs it; two at a time on two cores.
      for (let i = 0; i < jobs.length; i += 2) {
        await Promise.all(
          jobs.slice(i, i + 2).map(async ({ file, loader, args }) => {
            const { stdout } = await run("node_modules/.bin/tsx", [loader, ...args], {
              encoding: "buffer",
              maxBuffer: 64 * 1024 * 1024,
            });
            if (!Buffer.from(stdout).equals(await readFile(file))) differ.push(file);
          }),
        );
      }
      expect(differ).toEqual([]);
    },
    900_000,
  );

  it("publishes every table at a stable address", async () => {
    for (const name of [
      "events",
      "sources",
      "provinces",
      "takeovers",
      "sovereignty",
      "sovereignty-daily",
      "ruble",
      "ruble-derived",
      "money",
      "exchange-events",
      "gold-content",
    ]) {
      const csv = await fetch(`${server.url}/data/${name}.csv`);
      expect(csv.status).toBe(200);
      expect((await csv.text()).split("\n")[0]).toMatch(/^(date|id|province|city|currency),/);
      const json = await fetch(`${server.url}/data/${name}.json`);
      expect(Array.isArray(await json.json())).toBe(true);
    }
  });

  it("the analysis module: /explore shows and runs its worked analysis, which runs as it is from another origin", async () => {
    const site = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
    // On the site: the listing imports the module at the site's address, and its chart is drawn below it.
    const page = await browser.newPage();
    const report = watchPage(page);
    await page.goto(`${site.url}/explore`);
    const listing = page.locator(".btc-analysis code");
    const result = page.locator(".btc-analysis-result");
    await result.locator("svg").first().waitFor({ timeout: 30_000 });
    const code = (await listing.textContent()) ?? "";
    expect(code).toContain(`from "${site.url}/lib/beyond-the-capitals.js"`);
    expect(code).toContain('const day = "1918-01-14";');
    const bars = await result.locator('[data-mark="bar"] rect').count();
    expect(bars).toBe(ZONE_ORDER.length);
    expect(await result.textContent()).toMatch(/by 14 January 1918/);
    // Another day: the code and the chart change together.
    await page.getByLabel("By", { exact: true }).fill("1918-06-01");
    await expect.poll(() => listing.textContent()).toContain('const day = "1918-06-01";');
    await expect.poll(() => result.textContent()).toMatch(/by 1 June 1918/);
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
    // Elsewhere: a page of another origin runs the listing exactly as copied (it brings its own display()),
    // and draws a registered chart with the versioned module.
    const hostDir = await mkdtemp(join(tmpdir(), "btc-analysis-"));
    await writeFile(
      join(hostDir, "index.html"),
      `<!doctype html><html lang="en"><head><title>Analysis</title><link rel="icon" href="data:,"></head><body>
<div id="out"></div><div id="map"></div>
<script>globalThis.display = (node) => document.getElementById("out").append(node);</script>
<script type="module">${code}</script>
<script type="module">
import {render, loadChartData, loadTable} from "${site.url}/lib/beyond-the-capitals@${VERSION}.js";
document.getElementById("map").append(render("takeover-map", await loadChartData("takeover-map"), {date: "1918-09-01", width: 640}));
document.body.dataset.rows = String((await loadTable("takeovers")).length);
</script>
</body></html>`,
    );
    const host = await serve(hostDir);
    const elsewhere = await browser.newPage();
    const elsewhereReport = watchPage(elsewhere);
    await elsewhere.goto(`${host.url}/`);
    await elsewhere.locator('#out [data-mark="bar"] rect').first().waitFor({ timeout: 30_000 });
    expect(await elsewhere.locator('#out [data-mark="bar"] rect').count()).toBe(ZONE_ORDER.length);
    await elsewhere.locator('#map figure[data-chart="takeover-map"] [data-place-index]').first().waitFor();
    // The rows come after the map (a second fetch): wait for them, rather than race them.
    await elsewhere.waitForFunction(() => document.body.dataset.rows !== undefined, undefined, { timeout: 30_000 });
    expect(Number(await elsewhere.locator("body").getAttribute("data-rows"))).toBeGreaterThan(50);
    expect(elsewhereReport).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await elsewhere.close();
    await host.close();
    await site.close();
  }, 120_000);

  once(
    "the notebooks run in the site with no error and no request elsewhere; a downloaded copy, edited, shows another result",
    async () => {
      const markers: Record<string, string> = {
        "takeovers-by-zone": "#zone-total",
        governments: "#pipes-day",
        "ruble-and-bonds": "#ruble-points",
      };
      const names = (await notebookFiles()).map((file) => basename(file, ".html"));
      expect(names.sort()).toEqual(Object.keys(markers).sort());
      for (const colorScheme of ["light", "dark"] as const)
        for (const name of names) {
          const page = await browser.newPage({ colorScheme });
          const report = watchPage(page);
          expect((await page.goto(`${server.url}/notebooks/${name}`))?.status()).toBe(200);
          await page.locator(markers[name] as string).waitFor({ timeout: 30_000 });
          await page.waitForLoadState("networkidle");
          expect(await page.locator("main svg").count(), name).toBeGreaterThan(0);
          expect(await page.locator(".observablehq--error").allTextContents(), name).toEqual([]);
          expect(report, name).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
          await page.close();
        }
      // The file to download names the module at the site's own address, so a copy loads this site's data.
      const site = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
      const page = await browser.newPage();
      await page.goto(`${site.url}/notebooks/takeovers-by-zone`);
      const before = (await page.locator("#zone-total").textContent()) ?? "";
      expect(before).toMatch(/by 14 January 1918/);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByText("Download this notebook").click(),
      ]);
      expect(download.suggestedFilename()).toBe("takeovers-by-zone.html");
      const file = await readFile((await download.path()) as string, "utf8");
      expect(file).toContain(`from "${site.url}/lib/beyond-the-capitals.js"`);
      await page.close();
      // A reader changes the date in one cell and builds the copy where they are: it shows another count.
      const copy = await mkdtemp(join(tmpdir(), "btc-notebook-"));
      await writeFile(join(copy, "takeovers-by-zone.html"), file.replace('value: "1918-01-14"', 'value: "1918-06-01"'));
      await buildNotebooks({ root: copy, out: join(copy, "out") });
      const host = await serve(join(copy, "out"));
      const edited = await browser.newPage();
      const report = watchPage(edited);
      await edited.goto(`${host.url}/takeovers-by-zone`);
      const after = edited.locator("#zone-total");
      await after.waitFor({ timeout: 30_000 });
      expect(await after.textContent()).toMatch(/by 1 June 1918/);
      expect(Number(/^(\d+)/.exec((await after.textContent()) ?? "")?.[1])).toBeGreaterThan(
        Number(/^(\d+)/.exec(before)?.[1]),
      );
      expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await edited.close();
      await host.close();
      await site.close();
    },
    300_000,
  );

  once(
    "npm run notebooks previews a notebook, with the module from src/ and the tables from the loaders",
    async () => {
      const preview = await previewNotebooks({ port: 0 });
      try {
        const url = preview.resolvedUrls?.local[0] as string;
        const page = await browser.newPage();
        const report = watchPage(page);
        await page.goto(`${url}takeovers-by-zone.html`);
        await page.locator("#zone-total").waitFor({ timeout: 120_000 });
        expect(await page.locator("#zone-total").textContent()).toMatch(
          /^\d+ of \d+ provincial capitals under Soviet power by 14 January 1918/,
        );
        expect(await page.locator("main svg").count()).toBeGreaterThan(0);
        expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        await page.close();
      } finally {
        await preview.close();
      }
    },
    240_000,
  );

  once("npm run build with invalid data fails before writing anything to dist/", async () => {
    const before = (await stat(join(DIST, "index.html"))).mtimeMs;
    const result = await run("npm", ["run", "build"], {
      env: { ...process.env, BTC_DATA_DIR: "tests/fixtures/broken" },
    }).catch((e) => e);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /tests\/fixtures\/broken\/events\.csv:2:1: date: 1917-02-30 is not a real Gregorian \(NS\) date/,
    );
    expect(result.stderr).toMatch(/tests\/fixtures\/broken\/sources\.csv:2:3: title: required value is blank/);
    expect(result.stderr).toMatch(/nothing was built/);
    expect((await stat(join(DIST, "index.html"))).mtimeMs).toBe(before);
  });
});
