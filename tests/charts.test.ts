import { describe, expect, it } from "vitest";
import { loadTable } from "../loaders/index.js";
import {
  calendarX,
  type EventRow,
  endLabels,
  eventsTimeline,
  heightAt,
  heightCss,
  isoOf,
  labelRows,
  monthTickFormat,
  monthTicks,
  plotLineWidth,
  type SourceRow,
  shareBar,
  spreadLabels,
  stateQuery,
  textWidth,
  utcDate,
} from "../src/index.js";
import { matchSnapshot, newDocument } from "./snapshot.js";

const dataDir = "tests/fixtures/data";

/** The visible text of SVG text elements, without their <title> tooltips. */
function svgTexts(root: Element): string[] {
  return [...root.querySelectorAll("svg text")].map((t) =>
    [...t.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.nodeValue)
      .join(""),
  );
}
const events = (await loadTable("events", { dataDir })).objects() as unknown as EventRow[];
const sources = (await loadTable("sources", { dataDir })).objects() as unknown as SourceRow[];

describe("events timeline", () => {
  it("matches its snapshot", async () => {
    await matchSnapshot("events-timeline", eventsTimeline(events, { document: newDocument(), width: 640, sources }));
  });

  it("draws one dot and one label per event in the window, with title and sources", () => {
    const chart = eventsTimeline(events, {
      document: newDocument(),
      width: 640,
      sources,
      from: "1917-10-01",
      to: "1918-12-31",
    });
    expect(chart.dataset.chart).toBe("events");
    expect(chart.querySelector("h3")?.textContent).toMatch(/key events/);
    expect(chart.querySelectorAll("svg g[data-mark=dot] circle")).toHaveLength(3);
    const labels = svgTexts(chart);
    expect(labels).toContain("7 November 1917 — Bolshevik coup in Petrograd");
    expect(chart.querySelector("figcaption")?.textContent).toBe(
      "Sources: Richard Pipes (1990); Jonathan D. Smele (2015).",
    );
    const svg = chart.querySelector(":scope > svg");
    expect(svg?.getAttribute("aria-label")).toMatch(/key events/);
    expect(svg?.getAttribute("aria-description")).toBe(
      "Timeline of 3 events from 7 November 1917 (Bolshevik coup in Petrograd) to 3 March 1918 (Treaty of Brest-Litovsk signed): 2 politics, 1 war and diplomacy.",
    );
  });

  it("switches every date to the Julian calendar, axis included", () => {
    const chart = eventsTimeline(events, { document: newDocument(), width: 640, calendar: "julian" });
    const texts = svgTexts(chart);
    expect(texts).toContain("25 October 1917 OS — Bolshevik coup in Petrograd");
    expect(texts).toContain("Nov 1917");
    expect(chart.querySelector(".btc-subtitle")?.textContent).toMatch(/Julian \(Old Style\)/);
  });

  it("sets text from data as text, never as markup", () => {
    const payload = '<img src=x onerror="alert(1)">';
    const hostile = [{ ...(events[0] as EventRow), event: payload, sources: "evil" }];
    // In the marks, the title, the subtitle and the source line (a source's author and title come from data too).
    const evil = { id: "evil", author: payload, title: payload, year: null, publisher: null };
    const chart = eventsTimeline(hostile, {
      document: newDocument(),
      width: 640,
      title: payload,
      subtitle: payload,
      sources: [evil],
    });
    expect(chart.querySelector("img")).toBeNull();
    for (const selector of [".btc-title", ".btc-subtitle", ".btc-caption"])
      expect(chart.querySelector(selector)?.textContent, selector).toContain(payload);
    expect(chart.textContent).toContain(`— ${payload}`);
  });
});

describe("time axis", () => {
  it("puts Julian ticks on Julian month starts", () => {
    expect(monthTicks("1917-10-01", "1917-12-31", "julian").map(isoOf)).toEqual([
      "1917-10-14",
      "1917-11-14",
      "1917-12-14",
    ]);
    expect(monthTicks("1917-10-01", "1917-12-31", "gregorian").map(isoOf)).toEqual([
      "1917-10-01",
      "1917-11-01",
      "1917-12-01",
    ]);
    expect(monthTickFormat("julian")(utcDate("1918-01-14"), 1)).toBe("Jan 1918");
    expect(monthTickFormat("julian")(utcDate("1917-11-14"), 1)).toBe("Nov");
    // Yearly ticks are labelled by the year alone, so seven years fit a phone's axis.
    expect(monthTickFormat("gregorian", 12)(utcDate("1916-01-01"), 3)).toBe("1916");
    const phone = calendarX("1913-01-31", "1919-12-31", "gregorian", 300, 60);
    expect(phone.ticks.map((d) => phone.tickFormat(d, 0))).toEqual(["1914", "1915", "1916", "1917", "1918", "1919"]);
    const two = calendarX("1913-01-31", "1919-12-31", "gregorian", 150, 60);
    expect(two.ticks.map((d) => d.getUTCFullYear())).toEqual([1914, 1916, 1918]);
  });
});

describe("labels that fit", () => {
  it("put end labels on one line on a desktop, and the value under the name on a phone", () => {
    const labels = [
      { name: "Black Earth and Volga", value: "9/10" },
      { name: "North", value: "3/3" },
    ];
    const wide = endLabels(labels, { width: 912, fontSize: 12, gap: 10, min: 150 });
    expect(wide).toEqual({ texts: ["Black Earth and Volga 9/10", "North 3/3"], margin: 26 * 12 * 0.6 + 10, lines: 1 });
    const narrow = endLabels(labels, { width: 326, fontSize: 12, gap: 10, min: 150 });
    expect(narrow).toEqual({
      texts: ["Black Earth and Volga\n9/10", "North\n3/3"],
      margin: 21 * 12 * 0.6 + 10,
      lines: 2,
    });
    // Short labels keep the floor.
    expect(endLabels([{ name: "A", value: "1" }], { width: 912, fontSize: 12, gap: 10, min: 150 }).margin).toBe(150);
  });
  it("give Plot fewer ems than the pixels hold at its own (Helvetica) widths, for wider system fonts", () => {
    expect(plotLineWidth(120, 12)).toBeLessThan(10);
    expect(plotLineWidth(120, 12)).toBeGreaterThan(8.5);
  });
});

describe("height rules", () => {
  it("give a share of the width, held between a floor and a ceiling, times the scale", () => {
    const rule = { ratio: 0.55, min: 320, max: 520 };
    expect([300, 700, 912, 1200].map((w) => heightAt(rule, w))).toEqual([320, 385, 502, 520]);
    expect(heightAt(rule, 912, 2)).toBe(1003);
    expect(heightAt({ ratio: 0.62 }, 326)).toBe(202);
  });
  it("give the same height in CSS, in hundredths of the container's width", () => {
    expect(heightCss({ ratio: 0.55, min: 320, max: 520 })).toBe("clamp(320px, 55cqi, 520px)");
    expect(heightCss({ ratio: 0.55, min: 320, max: 520 }, 2)).toBe("clamp(640px, 110cqi, 1040px)");
    expect(heightCss({ ratio: 0.62 })).toBe("62cqi");
    expect(heightCss({ ratio: 0.5, min: 300 })).toBe("max(300px, 50cqi)");
    expect(heightCss({ ratio: 0.5, max: 480 })).toBe("min(50cqi, 480px)");
  });
});

describe("label spreading", () => {
  it("keeps labels a gap apart and inside the frame", () => {
    expect(spreadLabels([10, 10, 10], 5, 0, 100)).toEqual([10, 15, 20]);
    expect(spreadLabels([98, 99, 100], 5, 0, 100)).toEqual([90, 95, 100]);
  });
  it("stacks labels in the lowest row where they keep a gap from the rest, in the labels' order", () => {
    // Apart: one row. Overlapping: the later one (by x) goes up, whatever the input order.
    expect(
      labelRows([
        { x: 50, width: 40 },
        { x: 150, width: 40 },
      ]),
    ).toEqual([0, 0]);
    expect(
      labelRows(
        [
          { x: 80, width: 40 },
          { x: 50, width: 40 },
        ],
        { gap: 6 },
      ),
    ).toEqual([1, 0]);
    // Closer than the gap counts as touching; the third fits back into row 0.
    expect(
      labelRows(
        [
          { x: 0, width: 20 },
          { x: 24, width: 20 },
          { x: 60, width: 20 },
        ],
        { gap: 5 },
      ),
    ).toEqual([0, 1, 0]);
    // An obstacle takes its span of its row: the label skips to the next row that is free there.
    expect(labelRows([{ x: 50, width: 20 }], { obstacles: [{ row: 0, x1: 0, x2: 100 }] })).toEqual([1]);
    expect(labelRows([{ x: 150, width: 20 }], { obstacles: [{ row: 0, x1: 0, x2: 100 }] })).toEqual([0]);
    expect(textWidth("October coup", 10)).toBe(72);
  });
});

describe("share bar", () => {
  it("names the embedded frame by the chart's title, escaped, and leaves the page's defaults out of the permalink", () => {
    const document = newDocument();
    const bar = shareBar({
      document,
      id: "takeover-map",
      dataUrl: "./data/takeovers.csv",
      siteUrl: "https://example.org/",
      render: () => document.createElement("figure"),
      title: 'Where "Soviet power" came & held',
      state: () => ({ calendar: "julian", zone: "all", date: "1918-03-03" }),
      defaults: { calendar: "gregorian", zone: "all", date: "1918-03-03" },
    });
    const embed = bar.querySelector("details") as HTMLDetailsElement;
    embed.dispatchEvent(new (document.defaultView as Window & typeof globalThis).Event("toggle"));
    const [iframe] = [...bar.querySelectorAll("textarea")].map((t) => t.value);
    expect(iframe).toContain('title="Where &quot;Soviet power&quot; came &amp; held"');
    expect(stateQuery({ calendar: "julian", zone: "all" }, { zone: "all" })).toBe("?calendar=julian");
  });
});
