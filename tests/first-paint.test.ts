/**
 * The first-paint layer (build/first-paint/, src/first-paint.ts): each chart's
 * build-time drawing, the drawn controls, the after-paint rewrite of the built
 * pages, and the page's data file (loaders/story.ts).
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { afterPaint } from "../build/first-paint/after-paint.js";
import {
  lighten,
  mergeShapes,
  NARROW_WIDTH,
  prefixIds,
  STATIC_WIDTH,
  staticChart,
  staticControl,
} from "../build/first-paint/drawings.js";
import { staticCharts } from "../build/first-paint/markdown.js";
import { readTidy } from "../loaders/index.js";
import { stories, storyData, storyTables } from "../loaders/story.js";
import { STORY_CONTROLS, type StoryControlId } from "../src/controls/story-controls.js";
import { FIRST_PAINT, WAITING_TYPE } from "../src/first-paint.js";
import { chartById, chartIds } from "../src/registry.js";
import { ADDRESS_KEYS } from "../src/state.js";

function parse(html: string): DocumentFragment {
  return JSDOM.fragment(html);
}

describe("build-time drawings", () => {
  it("draw the takeovers map as the page first shows it: page theme, default date, every city", async () => {
    const html = (await staticChart("takeover-map")).wide;
    const figure = parse(html).querySelector("figure.btc-chart");
    expect(figure?.getAttribute("data-chart")).toBe("takeover-map");
    // The registry's default date, as the page opens without a permalink.
    expect(figure?.getAttribute("data-date")).toBe("1918-03-03");
    const svg = figure?.querySelector(":scope > svg");
    expect(svg?.getAttribute("width")).toBe(String(STATIC_WIDTH));
    const takeovers = await readTidy<{ city: string }>("takeovers");
    expect(svg?.querySelectorAll("[data-place-index]").length).toBe(takeovers.length);
    // The page's theme: colours from CSS variables, so one drawing serves light and dark.
    expect(html).toContain("var(--theme-foreground");
    expect(html).not.toContain("IBM Plex");
    // Title and sources as text, outside the SVG.
    expect(figure?.querySelector(".btc-title")?.textContent).toBe(chartById("takeover-map")?.title);
    expect(figure?.textContent).toMatch(/Sources: /);
  });

  it("hold each drawing's SVG at the live chart's height in any column, its picture inside from the top", async () => {
    const svgOf = async (id: string) => parse((await staticChart(id)).wide).querySelector("figure.btc-chart > svg");
    // A height rule: the same clamp in CSS, in hundredths of the drawing's container (.btc-static).
    const ruble = await svgOf("ruble");
    expect(ruble?.getAttribute("style")).toMatch(/; height: clamp\(320px, 55cqi, 520px\);$/);
    expect(ruble?.getAttribute("style")).toContain("font-family:");
    expect(ruble?.getAttribute("preserveAspectRatio")).toBe("xMidYMin meet");
    expect((await svgOf("takeover-map"))?.getAttribute("style")).toMatch(/height: 62cqi;$/);
    // Drawn for a desktop's column and for a phone's, held alike; a map, which scales whole, once.
    const widths = (html = "") =>
      [...parse(html).querySelectorAll("figure.btc-chart")].map((f) => [
        f.className,
        f.querySelector(":scope > svg")?.getAttribute("width"),
      ]);
    const drawn = await staticChart("ruble");
    expect(widths(drawn.wide)).toEqual([["btc-chart", String(STATIC_WIDTH)]]);
    expect(widths(drawn.narrow)).toEqual([["btc-chart btc-narrow", String(NARROW_WIDTH)]]);
    expect(
      parse(drawn.narrow ?? "")
        .querySelector("figure.btc-chart > svg")
        ?.getAttribute("style"),
    ).toMatch(/; height: clamp\(320px, 55cqi, 520px\);$/);
    expect((await staticChart("takeover-map")).narrow).toBeUndefined();
    // Under the desktop's, the share bar's row: unseen, inert, naming no file for Framework to publish.
    const bar = parse(drawn.wide).querySelector(".btc-share");
    expect(bar?.className).toBe("btc-share btc-share-drawn");
    expect(bar?.hasAttribute("inert")).toBe(true);
    expect(bar?.getAttribute("aria-hidden")).toBe("true");
    expect(bar?.querySelector("a")?.hasAttribute("href")).toBe(false);
    // No rule: as tall as drawn, at any width.
    const events = await svgOf("events");
    expect(events?.getAttribute("style")).toMatch(new RegExp(`height: ${events?.getAttribute("height")}px;$`));
  });

  it("leave out tooltips, round coordinates to a tenth, and prefix every id and reference", () => {
    const markup =
      '<svg><defs><marker id="plot-marker-1"></marker></defs><path transform="translate(235.18615419090065,173.44786835229843)" d="M228.222,98.144L-1.06,0.96" marker-end="url(#plot-marker-1)"><title>Kazan</title></path><use href="#plot-marker-1"></use><g data-id="x"></g></svg>';
    const out = prefixIds(lighten(markup), "static-x");
    expect(out).toBe(
      '<svg><defs><marker id="static-x-plot-marker-1"></marker></defs><path transform="translate(235.2,173.4)" d="M228.2,98.1L-1.1,1" marker-end="url(#static-x-plot-marker-1)"></path><use href="#static-x-plot-marker-1"></use><g data-id="x"></g></svg>',
    );
  });

  it("draw a map's land as one path per layer, the same shapes in the same order", () => {
    const { document } = new JSDOM("").window;
    const figure = document.createElement("figure");
    figure.innerHTML =
      '<svg><g data-mark="geo" fill="grey"><path d="M0,0L1,1Z"></path><path d="M2,2L3,3Z"></path><path d="M4,4Z" fill="red"></path></g><g data-mark="dot"><path d="M5,5Z"></path><path d="M6,6Z"></path></g></svg>';
    mergeShapes(figure);
    expect(figure.innerHTML).toBe(
      '<svg><g data-mark="geo" fill="grey"><path d="M0,0L1,1ZM2,2L3,3Z"></path><path d="M4,4Z" fill="red"></path></g><g data-mark="dot"><path d="M5,5Z"></path><path d="M6,6Z"></path></g></svg>',
    );
  });

  it("never contain what Framework would read as an expression", async () => {
    for (const id of chartIds) expect(Object.values(await staticChart(id)).join("")).not.toContain("${");
  });

  it("go into the page where its marker is, and a marker naming no chart fails the page", () => {
    type Token = { type: string; content: string; children?: Token[] };
    const rules: ((state: { tokens: Token[] }) => void)[] = [];
    const md = { core: { ruler: { push: (_: string, rule: (typeof rules)[number]) => rules.push(rule) } } };
    staticCharts("tests/fixtures/static")(md);
    const tokens: Token[] = [
      { type: "html_block", content: '<div class="btc-static" data-chart="demo"></div>\n' },
      {
        type: "inline",
        content: "",
        children: [{ type: "html_inline", content: '<div class="btc-static" data-chart="demo"></div>' }],
      },
      { type: "code_block", content: '<div class="btc-static" data-chart="demo"></div>' },
    ];
    rules[0]?.({ tokens });
    // The page's first chart comes with its drawing for phones first; the others without.
    const first =
      '<div class="btc-static" data-chart="demo"><figure class="btc-chart btc-narrow">narrow</figure>\n<figure>demo</figure>\n</div>';
    const filled = '<div class="btc-static" data-chart="demo"><figure>demo</figure>\n</div>';
    expect(tokens[0]?.content).toBe(`${first}\n`);
    expect(tokens[1]?.children?.[0]?.content).toBe(filled);
    // Each page counts from its first chart.
    const next: Token[] = [{ type: "html_block", content: '<div class="btc-static" data-chart="demo"></div>' }];
    rules[0]?.({ tokens: next });
    expect(next[0]?.content).toBe(first);
    // Only raw HTML is touched: not code.
    expect(tokens[2]?.content).toBe('<div class="btc-static" data-chart="demo"></div>');
    expect(() =>
      rules[0]?.({ tokens: [{ type: "html_block", content: '<div class="btc-static" data-chart="nope"></div>' }] }),
    ).toThrow(/static chart "nope": no tests\/fixtures\/static\/nope\.html/);
  });
});

describe("build-time controls", () => {
  it("draw a radio as Inputs builds it, with its default, unseen, inert and pointing at nothing", async () => {
    const { document } = new JSDOM(await staticControl("sovereignty-stack-by")).window;
    const form = document.querySelector("form");
    expect(form?.className).toBe("inputs-3a86ea inputs-3a86ea-checkbox btc-control-drawn");
    expect(form?.getAttribute("aria-hidden")).toBe("true");
    expect(form?.hasAttribute("inert")).toBe(true);
    expect(form?.querySelector("label")?.textContent).toBe("Colour by");
    const options = [...document.querySelectorAll("input[type=radio]")] as HTMLInputElement[];
    expect(options.map((o) => o.parentElement?.textContent)).toEqual(["Alignment", "Kind", "Total only"]);
    expect(options.map((o) => o.checked)).toEqual([true, false, false]);
    expect(document.querySelectorAll("[id], [for], [name]")).toHaveLength(0);
  });

  it("draw the date slider at the page's default date", async () => {
    const { document } = new JSDOM(await staticControl("takeovers-date")).window;
    expect(document.querySelector("form")?.className).toBe("btc-slider btc-control-drawn");
    expect(document.querySelector("label")?.textContent).toBe("Date");
    expect(document.querySelector("output")?.textContent).toBe("3 March 1918");
    expect(document.querySelectorAll("[id], [for], [name]")).toHaveLength(0);
  });

  it("leave the build's globals as they were", async () => {
    const before = "document" in globalThis;
    await staticControl("calendar");
    expect("document" in globalThis).toBe(before);
  });

  it("exist for every control, with nothing Framework would read as an expression", async () => {
    for (const id of Object.keys(STORY_CONTROLS) as StoryControlId[])
      expect(await staticControl(id)).toMatch(/^<form [^$]*<\/form>$/s);
    await expect(staticControl("nope" as StoryControlId)).rejects.toThrow('unknown story control "nope"');
    await expect(staticControl("constructor" as StoryControlId)).rejects.toThrow("unknown story control");
  });

  it("go first into the control's container, before its expression; an unknown control fails the page", () => {
    type Token = { type: string; content: string };
    const rules: ((state: { tokens: Token[] }) => void)[] = [];
    const md = { core: { ruler: { push: (_: string, rule: (typeof rules)[number]) => rules.push(rule) } } };
    staticCharts("tests/fixtures/static")(md);
    const tokens: Token[] = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a page's `${…}` expression, as text
      { type: "html_block", content: '<div class="btc-control" data-control="demo">${input}</div>' },
    ];
    rules[0]?.({ tokens });
    expect(tokens[0]?.content).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a page's `${…}` expression, as text
      '<div class="btc-control" data-control="demo"><form class="btc-control-drawn">demo</form>\n${input}</div>',
    );
    expect(() =>
      rules[0]?.({
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a page's `${…}` expression, as text
        tokens: [{ type: "html_block", content: '<div class="btc-control" data-control="nope">${x}</div>' }],
      }),
    ).toThrow(/static control "nope": no tests\/fixtures\/static\/control-nope\.html/);
  });
});

describe("scripts after the first paint", () => {
  const built = readFileSync("tests/fixtures/built/money.html", "utf8");
  const file = "dist/money.html";
  const head = (html: string) => JSDOM.fragment(html.slice(html.indexOf("<head>") + 6, html.indexOf("</head>")));
  const pageModule = (html: string) =>
    [...head(html).querySelectorAll("script")].find((s) => s.textContent?.includes("import {define}"));

  it("hold the page module and its preloads back, and nothing that runs at once fetches a module", () => {
    const after = afterPaint(built, file);
    const before = head(built);
    const hrefs = [...before.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute("href"));
    expect(hrefs).toHaveLength(6);
    const now = head(after);
    expect(now.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    // The page module keeps its place (after the head's own module) and its text, under a type no browser runs.
    const waiting = pageModule(after);
    expect(waiting?.getAttribute("type")).toBe(WAITING_TYPE);
    expect(waiting?.textContent).toBe(pageModule(built)?.textContent);
    const modules = [...now.querySelectorAll('script[type="module"]')];
    expect(modules).toHaveLength(2);
    for (const module of modules) expect(module.textContent).not.toMatch(/\bimport\b/);
    expect(modules[1]?.textContent).toContain(JSON.stringify(hrefs));
    // Everything else is as Framework wrote it.
    expect(after.slice(after.indexOf("</head>"))).toBe(built.slice(built.indexOf("</head>")));
    expect(now.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("./_import/style.87bacd9e.css");
  });

  /** Runs the head's starter as a browser would (its module has no imports, so it runs as a script too). */
  async function started(holdFrames: boolean, wait: number) {
    const dom = new JSDOM(afterPaint(built, file), { runScripts: "outside-only", pretendToBeVisual: true });
    const { window } = dom;
    if (holdFrames) window.requestAnimationFrame = () => 0;
    const starter = [...window.document.querySelectorAll('script[type="module"]')].at(-1)?.textContent ?? "";
    window.eval(`{${starter}}`);
    const before = window.document.querySelectorAll(`script[type="${WAITING_TYPE}"]`).length;
    await new Promise((done) => setTimeout(done, wait));
    const preloads = [...window.document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
      l.getAttribute("href"),
    );
    const page = pageModule(window.document.documentElement.outerHTML);
    window.close();
    return { before, preloads, type: page?.getAttribute("type"), text: page?.textContent };
  }

  it("start the page module, with its preloads, once a frame has been drawn", async () => {
    const result = await started(false, 100);
    expect(result.before).toBe(1);
    expect(result.type).toBe("module");
    expect(result.text).toBe(pageModule(built)?.textContent);
    expect(result.preloads).toEqual(
      [...head(built).querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute("href")),
    );
  });

  it("start it anyway where frames are held back (a hidden tab, an iframe out of view)", async () => {
    expect((await started(true, 300)).type).toBe(WAITING_TYPE);
    expect((await started(true, 1200)).type).toBe("module");
  });

  it("hide the drawings under a permalink, from a classic script placed before the stylesheet", () => {
    const after = afterPaint(built, file);
    const scripts = [...head(after).querySelectorAll("script:not([type])")];
    expect(scripts).toHaveLength(1);
    const script = scripts[0]?.outerHTML ?? "";
    // Before the stylesheet, so that it waits for nothing and holds up nothing.
    expect(after.indexOf(script)).toBeLessThan(after.indexOf('<link rel="stylesheet"'));
    expect(after.indexOf(script)).toBeGreaterThan(after.indexOf('<meta charset="utf-8">'));
    const classes = (address: string) => {
      const dom = new JSDOM(after, { url: `https://example.org/takeovers${address}`, runScripts: "outside-only" });
      dom.window.eval(scripts[0]?.textContent ?? "");
      const list = [...dom.window.document.documentElement.classList];
      dom.window.close();
      return list;
    };
    for (const key of ADDRESS_KEYS) expect(classes(`?width=600&${key}=x`), key).toEqual([FIRST_PAINT.addressState]);
    expect(classes("")).toEqual([]);
    expect(classes("?theme=dark&undate=1917-12-01#date=1")).toEqual([]);
  });

  it("know every parameter a page writes into its address", async () => {
    const written = new Set<string>();
    for (const page of ["index", "takeovers", "sovereignty", "money"]) {
      const md = readFileSync(`docs/${page}.md`, "utf8");
      for (const call of md.matchAll(/writeUrlState\(\{([^}]*)\}/g))
        for (const key of (call[1] ?? "").split(",")) written.add(key.trim());
    }
    expect([...written].sort()).toEqual([...ADDRESS_KEYS].sort());
  });

  it("leave pages without drawings and pages already done as they are, and refuse a page of another shape", () => {
    const once = afterPaint(built, file);
    expect(afterPaint(once, file)).toBe(once);
    const noDrawing = built.replace(/<div class="btc-static"[^\n]*\n/, "");
    expect(noDrawing).not.toBe(built);
    expect(afterPaint(noDrawing, file)).toBe(noDrawing);
    const twice = built.replace("</head>", `${pageModule(built)?.outerHTML}\n</head>`);
    expect(() => afterPaint(twice, file)).toThrow(/^dist\/money\.html: expected one Framework page module .* found 2$/);
    const none = built.replace(/<script type="module">\n\nimport \{define\}[\s\S]*?<\/script>/, "");
    expect(() => afterPaint(none, file)).toThrow(/found 0$/);
    expect(() => afterPaint(built.replace("</head>", ""), file)).toThrow(/^dist\/money\.html: no <\/head>/);
  });
});

describe("story data", () => {
  it("carries each page's tables whole but for the notes, and only the sources they cite", async () => {
    const story = await storyData("takeovers");
    const full = await readTidy<Record<string, unknown>>("takeovers");
    const control = await readTidy<Record<string, unknown>>("control");
    const rows = story.takeovers as Record<string, unknown>[];
    expect(rows.length).toBe(full.length);
    expect(Object.keys(rows[0] ?? {})).toEqual(Object.keys(full[0] ?? {}).filter((k) => k !== "note"));
    expect(rows[5]).toEqual(Object.fromEntries(Object.entries(full[5] ?? {}).filter(([k]) => k !== "note")));
    const cited = new Set([...full, ...control].flatMap((r) => String(r.sources).split(";")));
    const citations = story.citations as { id: string; title: string }[];
    expect(new Set(citations.map((c) => c.id))).toEqual(cited);
    expect(Object.keys(citations[0] ?? {})).toEqual(["id", "author", "title", "year", "publisher"]);
  });

  it("cover every table the page's charts draw from", async () => {
    expect(stories).toEqual(["index", "takeovers", "sovereignty", "money"]);
    for (const story of stories) {
      const data = await storyData(story);
      for (const table of storyTables(story)) expect(data[table]?.length, `${story}: ${table}`).toBeGreaterThan(0);
    }
  });
});
