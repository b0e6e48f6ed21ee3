/**
 * Reuse: the chart registry, the export command, standalone images and the
 * Frictionless data package.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { chartData } from "../build/chart-data.js";
import { chartImage, chartImagePaths, chartSvg, slideImage, svgToPng } from "../build/images.js";
import { socialMeta } from "../build/social.js";
import { datapackage } from "../loaders/catalog.js";
import { formatCsv, loadTable, parseCsv } from "../loaders/index.js";
import { chartIds, charts, heightAt, MIN_WIDTH, renderChart, wrapText } from "../src/index.js";
import { withPngText } from "../src/png-text.js";
import { slideLayout } from "../src/standalone.js";
import { pngInfo, pngText } from "./png.js";
import { newDocument } from "./snapshot.js";

const run = promisify(execFile);

describe("chart registry", () => {
  it("has every chart the stories need, each with a stable id", () => {
    for (const id of [
      "events",
      "takeover-map",
      "takeover-spread",
      "takeover-timeline",
      "sovereignty-count",
      "sovereignty-lifespans",
      "ruble",
    ]) {
      expect(chartIds).toContain(id);
    }
    expect(new Set(chartIds).size).toBe(chartIds.length);
  });

  it("renders every chart from its tables, titled, described and tagged with its id", async () => {
    for (const chart of charts) {
      const element = renderChart(chart.id, await chartData(chart.tables), { document: newDocument(), width: 720 });
      expect(element.dataset.chart, chart.id).toBe(chart.id);
      expect(element.querySelector(".btc-title")?.textContent, chart.id).toBeTruthy();
      expect(element.querySelector(":scope > svg")?.getAttribute("aria-description")?.length, chart.id).toBeGreaterThan(
        30,
      );
      expect(element.querySelector(".btc-caption")?.textContent, chart.id).toMatch(/Sources?:/);
    }
  });

  it("publishes each chart at four stable addresses: SVG and PNG, light and dark", async () => {
    const paths = chartImagePaths();
    for (const id of chartIds)
      for (const suffix of [".svg", "-dark.svg", ".png", "-dark.png"])
        expect(paths).toContain(`/charts/${id}${suffix}`);
    // The dark PNG is the dark drawing: its loader's output differs from the light one's and is a PNG.
    const png = async (name: string) =>
      Buffer.from(
        (
          await run("node_modules/.bin/tsx", ["docs/charts/[name].png.ts", `--name=${name}`], {
            encoding: "buffer",
            maxBuffer: 64 * 1024 * 1024,
          })
        ).stdout,
      );
    const [light, dark] = await Promise.all([png("ruble-coup"), png("ruble-coup-dark")]);
    expect(pngInfo(dark).width).toBe(pngInfo(light).width);
    expect(dark.equals(light)).toBe(false);
  });

  it("draws no mark with a negative or non-finite size at any width a page may measure, even 0", async () => {
    // A grid cell measured before its layout settles can report 0 px (the /money defect: a
    // "negative width" console error on a busy machine); a chart is never drawn narrower than MIN_WIDTH.
    for (const chart of charts) {
      const data = await chartData(chart.tables);
      for (const width of [0, 120, MIN_WIDTH, 390]) {
        const svg = renderChart(chart.id, data, { document: newDocument(), width }).querySelector(":scope > svg");
        expect(Number(svg?.getAttribute("width")), `${chart.id} at ${width}`).toBeGreaterThanOrEqual(MIN_WIDTH);
        const bad = [...(svg?.querySelectorAll("[width], [height], [r]") ?? [])].flatMap((el) =>
          ["width", "height", "r"]
            .map((a) => el.getAttribute(a))
            .filter((v) => v !== null && !v.endsWith("%") && !(Number(v) >= 0))
            .map((v) => `<${el.tagName} ${v}>`),
        );
        expect(bad, `${chart.id} at ${width}`).toEqual([]);
      }
    }
  });

  it("registers how each chart's height follows its width: its rule, or the same height at any width", async () => {
    // The build holds each drawing at this height in the reader's column (loaders/static-charts.ts: holdHeight).
    // Claims' cards are never drawn on a page (a page shows its claims as cards), so their text sets their height.
    for (const chart of charts.filter((c) => c.claim === undefined)) {
      const data = await chartData(chart.tables);
      const heights = [320, 600, 912, 1400].map((width) =>
        Number(
          renderChart(chart.id, data, { document: newDocument(), width })
            .querySelector(":scope > svg")
            ?.getAttribute("height"),
        ),
      );
      const { height: rule } = chart;
      if (rule) expect(heights, chart.id).toEqual([320, 600, 912, 1400].map((width) => heightAt(rule, width)));
      else expect(new Set(heights).size, `${chart.id}: ${heights.join(", ")}`).toBe(1);
    }
  });

  it("refuses an unknown id, naming the valid ones", () => {
    expect(() => renderChart("nope", {})).toThrow(/unknown chart "nope"; valid ids: events, takeover-map/);
  });
});

describe("standalone images", () => {
  it("puts the title, subtitle and source line inside the SVG, as text", async () => {
    const svg = await chartSvg("sovereignty-count", { width: 800 });
    const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
    const texts = [...doc.querySelectorAll("svg > g > text")].map((t) => t.textContent);
    expect(texts[0]).toBe("How many governments claimed the former empire, day by day");
    expect(texts.some((t) => t?.startsWith("Sources:"))).toBe(true);
    expect(doc.querySelector("svg > title")?.textContent).toBe(texts[0]);
  });

  it("a PNG carries the chart's title, subtitle, sources and credit as text, Cyrillic intact", async () => {
    const { svg, text } = await chartImage("takeover-map", { width: 600, date: "1918-03-03" });
    expect(text.Title).toBe("Where Soviet power came, held and was lost");
    expect(text.Description).toContain("3 March 1918");
    expect(text.Comment).toMatch(/^Sources: /);
    const png = Buffer.from(await svgToPng(svg, 1, text));
    // Still a valid PNG of the same picture, and every chunk's CRC checks out against zlib's.
    expect(pngInfo(png).width).toBe(Number(/width="(\d+)"/.exec(svg)?.[1]));
    expect(pngText(png)).toEqual({ ...text });
    const odd = pngText(Buffer.from(withPngText(await svgToPng(svg), { Title: "Екатеринбург «1917»", Comment: "" })));
    expect(odd).toEqual({ Title: "Екатеринбург «1917»" });
    expect(() => withPngText(new TextEncoder().encode("GIF89a"), { Title: "x" })).toThrow(/not a PNG/);
  });

  it("a slide's layout: 1920×1080 the smallest type 24 px, as the browser's Slide and the export share", () => {
    expect(slideLayout()).toEqual({ width: 1920, height: 1080, scale: 2.2, chartWidth: 1814 });
    expect(slideLayout(1280, 720)).toEqual({ width: 1280, height: 720, scale: 1.5, chartWidth: 1208 });
  });

  it("a slide keeps its type at slide size: a chart too tall is drawn shorter, not shrunk with its text", async () => {
    for (const id of ["takeover-map", "ruble", "sovereignty-count", "claim-9"]) {
      const { svg } = await slideImage(id, { width: 1920, height: 1080 });
      const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
      // The drawing inside the slide is the slide's width and no taller than it: it is not scaled down.
      const [, , w, h] = (doc.querySelector("svg > svg")?.getAttribute("viewBox") ?? "").split(" ").map(Number);
      expect(w, id).toBe(1920);
      expect(h, id).toBeLessThanOrEqual(1080);
      // Each text's size as rendered: the nearest inline style or attribute (an inline style beats the attribute).
      const sizeOf = (node: Element | null): number => {
        if (!node) return Number.NaN;
        const style = /font-size:\s*([\d.]+)px/.exec(node.getAttribute("style") ?? "")?.[1];
        return Number(style ?? node.getAttribute("font-size") ?? sizeOf(node.parentElement));
      };
      const sizes = [...doc.querySelectorAll("text")].map(sizeOf);
      expect(Math.min(...sizes.filter((n) => Number.isFinite(n))), id).toBeGreaterThanOrEqual(24);
    }
  });

  it("wraps long lines at spaces", () => {
    expect(wrapText("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
});

describe("npm run export", () => {
  it("writes valid SVG and PNG slides for every chart in both themes", async () => {
    const out = await mkdtemp(join(tmpdir(), "btc-export-"));
    for (const theme of ["light", "dark"]) {
      for (const format of ["svg", "png"]) {
        await run("npx", ["tsx", "scripts/export.ts", "--all", "--format", format, "--theme", theme, "--out", out], {
          maxBuffer: 16 * 1024 * 1024,
        });
      }
    }
    const files = await readdir(out);
    expect(files).toHaveLength(chartIds.length * 4);
    for (const id of chartIds) {
      for (const suffix of ["", "-dark"]) {
        const svg = await readFile(join(out, `${id}${suffix}.svg`), "utf8");
        const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
        expect(doc.querySelector("parsererror"), id).toBeNull();
        expect(doc.documentElement.getAttribute("width")).toBe("1920");
        expect(doc.documentElement.getAttribute("height")).toBe("1080");
        // The image stands alone: its title is drawn as text and also given as the SVG's <title>.
        const title = doc.querySelector("svg > title")?.textContent ?? "";
        expect(title.length, id).toBeGreaterThan(5);
        expect(svg, id).toContain(`>${title}</text>`);
        const bytes = await readFile(join(out, `${id}${suffix}.png`));
        const png = pngInfo(bytes);
        expect([png.width, png.height], id).toEqual([1920, 1080]);
        expect(pngText(bytes).Title, id).toBe(title);
        expect(png.distinctBytes, `${id} is not blank`).toBeGreaterThan(20);
      }
    }
  }, 240_000);

  it("refuses unknown ids and bad options with the valid choices", async () => {
    const bad = async (...args: string[]) =>
      (await run("npx", ["tsx", "scripts/export.ts", ...args]).catch((e) => e)) as { code: number; stderr: string };
    const unknown = await bad("nope", "events");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown chart id: nope/);
    expect(unknown.stderr).toMatch(/chart ids: events, takeover-map, takeover-spread/);
    expect((await bad("events", "--format", "gif")).stderr).toMatch(/unknown format "gif"; valid formats: svg, png/);
    expect((await bad("events", "--theme", "sepia")).stderr).toMatch(/valid themes: light, dark/);
    expect((await bad("events", "--width", "12")).stderr).toMatch(
      /--width must be a whole number of pixels between 320 and 8000/,
    );
    expect((await bad()).stderr).toMatch(/name at least one chart id, or --all/);
    expect((await bad("takeover-map", "--color-by", "size")).stderr).toMatch(
      /unknown --color-by "size"; valid values: holder, mode, date/,
    );
    expect((await bad("takeover-map", "--date", "1918-02-30")).stderr).toMatch(/--date must be a real day/);
  }, 90_000);

  it("draws a chart at the state its options give: date, calendar, switches", async () => {
    const out = await mkdtemp(join(tmpdir(), "btc-export-"));
    const args = ["takeover-map", "--format", "svg", "--out", out, "--date", "1918-03-03", "--calendar", "julian"];
    await run("npx", ["tsx", "scripts/export.ts", ...args, "--color-by", "mode"]);
    const svg = await readFile(join(out, "takeover-map.svg"), "utf8");
    // 3 March 1918 NS is 18 February OS: the map's status line is in the calendar asked for.
    expect(svg).toContain("18 February 1918 OS: ");
    expect(svg).toContain("coloured by how it first came");
  });
});

describe("social previews", () => {
  const tags = (html: string) =>
    Object.fromEntries(
      [...new JSDOM(`<head>${html}</head>`).window.document.querySelectorAll("meta")].map((m) => [
        m.getAttribute("property") ?? m.getAttribute("name"),
        m.getAttribute("content"),
      ]),
    );

  it("a story page shows its first chart, its title and its own description", () => {
    const meta = tags(
      socialMeta(
        { title: "Takeovers", data: { description: 'Who took "each" city <and> when' }, path: "/takeovers" },
        "",
      ),
    );
    expect(meta["og:title"]).toBe("Takeovers | Beyond the Capitals");
    expect(meta["og:description"]).toBe('Who took "each" city <and> when');
    expect(meta["og:image"]).toBe("./charts/takeover-map.png");
    expect(meta["og:image:alt"]).toBe("Where Soviet power came, held and was lost");
    expect(meta["twitter:card"]).toBe("summary_large_image");
    expect(meta["og:url"]).toBeUndefined();
  });

  it("absolute addresses under the site's root when it is known; an embed shows its own chart", () => {
    const meta = tags(socialMeta({ title: "Embedded chart", path: "/embed/ruble" }, "https://example.org/btc"));
    expect(meta["og:image"]).toBe("https://example.org/btc/charts/ruble.png");
    expect(meta["og:url"]).toBe("https://example.org/btc/embed/ruble");
    expect(meta.description).toMatch(/^How Soviet power spread/);
    expect(tags(socialMeta({ title: "Data", path: "/data" }, ""))["og:image"]).toBe("./charts/events.png");
    expect(tags(socialMeta({ title: "Embed", path: "/embed/" }, ""))["og:image"]).toBe("../charts/events.png");
  });
});

describe("datapackage.json", () => {
  it("is a valid Frictionless tabular data package describing every published CSV", async () => {
    const pkg = await datapackage();
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses[0]?.name).toBe("CC-BY-4.0");
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of pkg.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._/-]+$/);
      expect(resource.path).toBe(`${resource.name}.csv`);
      const csv = formatCsv(await loadTable(resource.name));
      expect(resource.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      const parsed = parseCsv(csv, resource.path);
      // The header is exactly the schema's fields, in order.
      expect(parsed.header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      // Every value fits its field's type and constraints.
      resource.schema.fields.forEach((field, i) => {
        for (const record of parsed.records) {
          const value = record.fields[i] ?? "";
          const constraints = (field as { constraints?: { required?: boolean; enum?: readonly string[] } }).constraints;
          if (value === "") {
            expect(constraints?.required ?? false, `${resource.name}.${field.name} line ${record.line}`).toBe(false);
            continue;
          }
          if (field.type === "integer") expect(value, `${resource.name}.${field.name}`).toMatch(/^-?\d+$/);
          if (field.type === "number")
            expect(Number.isFinite(Number(value)), `${resource.name}.${field.name}`).toBe(true);
          if (field.type === "date") expect(value, `${resource.name}.${field.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (constraints?.enum) expect(constraints.enum, `${resource.name}.${field.name}`).toContain(value);
        }
      });
    }
  });
});
