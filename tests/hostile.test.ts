/**
 * A build from an edited copy of data/:
 *
 * - hostile text: text fields that hold HTML and script payloads show them as
 *   text everywhere — pages, tables, tooltips, captions, embeds, images — and
 *   run none of them;
 * - a forker's new city, added as the README's tutorial says (a source, a row
 *   of takeovers.csv, `npm run validate`, `npm run build`), is on the map and
 *   in /data/takeovers.json.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFiles } from "../loaders/index.js";
import { findChromium, launch, showWholePage } from "../scripts/lib/browser.js";
import { type StaticServer, serve } from "../scripts/lib/serve.js";

const run = promisify(execFile);
const chromium = findChromium();

const PAYLOADS = {
  img: `<img src=x onerror="window.__xss=(window.__xss||0)+1">`,
  script: `<script>window.__xss=(window.__xss||0)+1</script>`,
  svg: `"><svg onload="window.__xss=(window.__xss||0)+1">`,
};

type Rows = Record<string, string>[];

function toCsv(rows: Rows, header: string[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${[header.map(field).join(","), ...rows.map((r) => header.map((h) => field(r[h] ?? "")).join(","))].join("\n")}\n`;
}

/** Rewrites one table in `dir`, changing its rows with `edit`. */
async function poison(dir: string, table: string, edit: (rows: Rows) => void): Promise<void> {
  const path = join(dir, `${table}.csv`);
  const text = await readFile(path, "utf8");
  const rows = parse(text, { columns: true, bom: true }) as Rows;
  const header = Object.keys(rows[0] ?? {});
  edit(rows);
  await writeFile(path, toCsv(rows, header));
}

const NEW_CITY = "Forkton";
let dir: string;
let server: StaticServer;
let browser: Browser;

describe.skipIf(!chromium && process.env.CI !== "true")("hostile text in the data", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "btc-hostile-"));
    const data = join(dir, "data");
    await cp("data", data, { recursive: true });
    await poison(data, "events", (rows) => {
      Object.assign(rows[0] ?? {}, { event: PAYLOADS.img, note: PAYLOADS.script });
      Object.assign(rows.find((r) => r.event?.startsWith("Bolshevik")) ?? {}, { event: `Bolshevik ${PAYLOADS.svg}` });
    });
    await poison(data, "takeovers", (rows) => {
      Object.assign(rows.find((r) => r.city === "Petrograd") ?? {}, { actors: PAYLOADS.img, note: PAYLOADS.script });
      Object.assign(rows.find((r) => r.city === "Moscow") ?? {}, { province: PAYLOADS.svg });
    });
    await poison(data, "sovereignty", (rows) =>
      Object.assign(rows[0] ?? {}, { name: `Soviet Russia ${PAYLOADS.img}`, end_reason: PAYLOADS.script }),
    );
    await poison(data, "sources", (rows) => {
      // The most-cited source appears in every caption.
      for (const row of rows.filter((r) => r.id?.startsWith("primidi") || r.id?.startsWith("pipes")))
        Object.assign(row, { author: PAYLOADS.img, title: PAYLOADS.svg });
    });
    await poison(data, "exchange-events", (rows) => Object.assign(rows[0] ?? {}, { event: PAYLOADS.img }));
    // The README's "add a city": a source, and a city citing it (a test row: the town is made up).
    await poison(data, "sources", (rows) =>
      rows.push({ ...rows[0], id: "fork-test-source", title: "A forker's source", note: "Read for the test: p. 1." }),
    );
    await poison(data, "takeovers", (rows) => {
      const model = rows.find((r) => r.city === "Aktyubinsk") ?? {};
      rows.push({
        ...model,
        city: NEW_CITY,
        lat: "50.5",
        lon: "57.5",
        sources: "fork-test-source",
        agreeing_sources: "1",
        confidence: "medium",
        note: "A test row.",
      });
    });
    await poison(data, "control", (rows) =>
      rows.push(
        {
          city: NEW_CITY,
          event: "established",
          from: "provisional",
          to: "soviet",
          by: "Forkton Soviet",
          date: "1918-01-21",
          date_os: "1918-01-08",
          date_precision: "day",
          confidence: "medium",
          sources: "fork-test-source",
          note: "Restates takeovers.csv.",
        },
        {
          city: NEW_CITY,
          event: "no-change",
          from: "soviet",
          to: "soviet",
          date_precision: "none",
          confidence: "medium",
          sources: "fork-test-source",
          note: "No change of hands through 31 Dec 1918 in the test's source.",
        },
      ),
    );
    const validated = await run("npm", ["run", "validate"], {
      env: { ...process.env, BTC_DATA_DIR: data },
    });
    expect(validated.stderr).not.toMatch(/: /);
    expect(await checkFiles([], { dataDir: data })).toEqual([]);
    await run("npm", ["run", "build"], {
      env: { ...process.env, BTC_DATA_DIR: data, BTC_OUTPUT: join(dir, "dist") },
      maxBuffer: 64 * 1024 * 1024,
    });
    server = await serve(join(dir, "dist"));
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // Each page, and whether a payload is on screen without scrolling a table (on /data and /explore it sits deep in one).
  const PAGES: [string, boolean][] = [
    ["/", true],
    ["/takeovers", true],
    ["/sovereignty", true],
    ["/money", true],
    ["/data", false],
    ["/explore", false],
    ["/embed/events", true],
    ["/embed/takeover-map", true],
  ];
  for (const [path, visible] of PAGES) {
    it(`${path} shows the payloads as text and runs none of them`, async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(server.url + path);
      await showWholePage(page);
      // Tooltips: move the pointer across every chart so Plot's tips render.
      for (const box of await page.locator("figure.btc-chart > svg").all()) {
        const b = await box.boundingBox();
        if (b) for (const f of [0.3, 0.5, 0.7]) await page.mouse.move(b.x + b.width * f, b.y + b.height * f);
      }
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      // No element the payloads would have created exists in the page.
      expect(await page.locator('img[src="x"], svg[onload], [onerror]').count()).toBe(0);
      const text = await page.evaluate(() => document.body.textContent ?? "");
      if (visible) {
        expect(
          text.includes("<img src=x onerror") ||
            text.includes('"><svg onload') ||
            text.includes("<script>window.__xss"),
        ).toBe(true);
      }
      await page.close();
    });
  }

  it("a city added as the README says is on the map from its date, and in /data/takeovers.json", async () => {
    const rows = (await (await fetch(`${server.url}/data/takeovers.json`)).json()) as { city: string; date: string }[];
    const added = rows.find((r) => r.city === NEW_CITY);
    expect(added?.date).toMatch(/^1918-/);
    const page = await browser.newPage();
    const fills: (string | null)[] = [];
    for (const date of ["1917-11-08", "1918-12-31"]) {
      await page.goto(`${server.url}/takeovers?date=${date}#takeover-map`);
      await showWholePage(page);
      const dot = page.locator('#takeover-map figure[data-chart="takeover-map"] [data-key="forkton"]');
      expect(await dot.count(), date).toBe(1);
      expect(await dot.getAttribute("aria-label")).toMatch(
        new RegExp(`^${NEW_CITY} \\(Turgai oblast\\): where this comes from$`),
      );
      fills.push(await dot.getAttribute("fill"));
    }
    // Filled in Soviet power's colour once it came (21 January 1918), drawn otherwise before.
    expect(fills[1]).not.toBe("none");
    expect(fills[0]).not.toBe(fills[1]);
    await page.close();
  });

  it("images and exports carry the payloads as escaped text", async () => {
    const svg = await readFile(join(dir, "dist", "charts", "events.svg"), "utf8");
    expect(svg).toContain("&lt;img src=x onerror=");
    // As text, "<" is escaped; quotes inside text need not be, and are harmless there.
    expect(svg).not.toMatch(/<img[\s>]|<script[\s>]|<svg onload/);
    const out = join(dir, "exports");
    await run("npx", ["tsx", "scripts/export.ts", "takeover-map", "events", "--format", "svg", "--out", out], {
      env: { ...process.env, BTC_DATA_DIR: join(dir, "data") },
    });
    for (const file of ["events.svg", "takeover-map.svg"]) {
      const exported = await readFile(join(out, file), "utf8");
      expect(exported, file).not.toMatch(/<img[\s>]|<script[\s>]|<svg onload/);
      expect(exported, file).toMatch(/&lt;(img|script)|&quot;&gt;&lt;svg/);
    }
  });
});
