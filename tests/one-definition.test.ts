/**
 * Each fact about a chart is stated once, in its spec (src/charts/*.ts), and
 * each name of the first-paint layer once, in src/first-paint.ts: these tests
 * fail when a title, a default, a page or a class name is written a second time.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STORY_CONTROLS } from "../src/controls/story-controls.js";
import { FIRST_PAINT, WAITING_TYPE } from "../src/first-paint.js";
import { charts } from "../src/registry.js";
import { ADDRESS_KEYS } from "../src/state.js";

/** Every source file a chart's facts could be restated in, with its text. */
async function sources(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const dir of ["src", "build", "loaders", "scripts", "docs"]) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (!entry.isFile() || path.includes(".observablehq") || path.includes("_generated")) continue;
      if (/\.(ts|js|md|css)$/.test(entry.name)) files.set(path, await readFile(path, "utf8"));
    }
  }
  return files;
}

const files = await sources();

/** The files whose text contains `needle`. */
const holding = (needle: string) => [...files].filter(([, text]) => text.includes(needle)).map(([path]) => path);

describe("a chart is defined once", () => {
  it("states each title and subtitle once, in its spec", () => {
    // A claim card's title is the claim's, computed with its verdict (loaders/claims/), and stated there.
    for (const chart of charts.filter((c) => c.claim === undefined)) {
      expect(holding(JSON.stringify(chart.title)), chart.id).toHaveLength(1);
      if (chart.subtitle) expect(holding(JSON.stringify(chart.subtitle)), chart.id).toHaveLength(1);
    }
  });

  it("states each default of a chart's state once", () => {
    for (const chart of charts)
      for (const [key, value] of Object.entries(chart.defaults ?? {})) {
        if (typeof value !== "string" || !(ADDRESS_KEYS as readonly string[]).includes(key)) continue;
        const places = holding(`${key}: ${JSON.stringify(value)}`);
        expect(places, `${chart.id}: ${key}`).toEqual([...new Set(places)].filter((p) => p.startsWith("src/charts/")));
        expect(places.length, `${chart.id}: ${key}`).toBeLessThanOrEqual(1);
      }
  });

  it("lets no chart module keep a defaults object, an id or a title of its own beside its spec", () => {
    for (const [path, text] of files) {
      if (!path.startsWith("src/charts/")) continue;
      expect(text, path).not.toMatch(/const defaults = \{/);
      expect(text, path).not.toMatch(/figure\(\{/);
      expect(text, path).not.toMatch(/as unknown as Element/);
    }
  });

  it("derives the pages' permalink defaults and the controls' starting values from the specs", () => {
    for (const [path, text] of files) {
      if (path.startsWith("docs/") && path.endsWith(".md"))
        for (const call of text.matchAll(/writeUrlState\(\{[^}]*\},\s*(.*)\);/g))
          expect(call[1], path).toMatch(/^stateDefaults\("\/[a-z]*"\)$/);
    }
    // The controls take their starting values from the charts they sit above.
    const controls = files.get("src/controls/story-controls.ts") ?? "";
    const count = (pattern: RegExp) => controls.match(pattern)?.length ?? 0;
    expect(count(/addressRadio\(/g)).toBe(count(/chartDefault\("[a-z-]+", "[a-zA-Z]+"\)/g));
    expect(controls).not.toMatch(/addressSlider\("[a-z-]+", "/);
  });

  it("lists only story controls that exist, each above one chart", () => {
    const listed = charts.flatMap((chart) => chart.controls ?? []);
    expect(listed.filter((id) => !Object.hasOwn(STORY_CONTROLS, id))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("names each chart's page in its spec only", () => {
    for (const chart of charts)
      expect(holding(`page: ${JSON.stringify(chart.page)}`).every((p) => p.startsWith("src/charts/"))).toBe(true);
    expect(holding("STORY_TABLES")).toEqual([]);
  });
});

describe("the first-paint layer's names are defined once", () => {
  const names = Object.values(FIRST_PAINT);

  it("uses each of its class names in the stylesheet, and no other module writes them out", () => {
    const css = files.get("docs/style.css") ?? "";
    for (const name of names) expect(css, name).toContain(`.${name}`);
    for (const [path, text] of files) {
      if (!/\.ts$/.test(path) || path === "src/first-paint.ts") continue;
      // Code, not comments: a comment may name a class to explain it.
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const name of names) expect(code.includes(name), `${path}: ${name}`).toBe(false);
    }
    expect(holding(WAITING_TYPE)).toEqual(["src/first-paint.ts"]);
  });

  it("marks charts and controls in the pages with those names", () => {
    for (const [path, text] of files) {
      if (!path.endsWith(".md")) continue;
      for (const match of text.matchAll(/<div class="(btc-[a-z-]+)[^"]*" data-(chart|control)=/g))
        expect(match[1], path).toBe(match[2] === "chart" ? FIRST_PAINT.drawing : FIRST_PAINT.control);
    }
  });
});
