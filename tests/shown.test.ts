/**
 * The data as shown: each chart's "Data (CSV)" gives the rows it draws in its
 * current state (src/shown.ts and each spec's `rows`), as proper CSV.
 */
import { describe, expect, it } from "vitest";
import { chartData, tableLoader } from "../build/chart-data.js";
import { shareBar } from "../src/components/share-bar.js";
import { holderColors } from "../src/control.js";
import { charts, renderChart, requireChart } from "../src/registry.js";
import { rowsCsv, shownFileName, shownRows } from "../src/shown.js";
import { countOn, type EntityRow, PIPES } from "../src/sovereignty.js";
import { newDocument } from "./snapshot.js";

const map = requireChart("takeover-map");
const mapData = await chartData(map.tables);

/** The cities the map draws filled in Soviet power's colour on a day (light theme, coloured by holder). */
function drawnSoviet(date: string): number {
  const figure = renderChart("takeover-map", mapData, {
    document: newDocument(),
    theme: "light",
    colorBy: "holder",
    zone: "all",
    date,
  });
  const soviet = holderColors("light").soviet.toLowerCase();
  return [...figure.querySelectorAll("[data-place-index]")].filter(
    (m) => m.getAttribute("fill")?.toLowerCase() === soviet,
  ).length;
}

describe("the takeover map's rows", () => {
  const at = (date: string) => shownRows(map, mapData, { date, colorBy: "holder", zone: "all" });

  it("are the cities drawn on the day, with their status that day: as many Soviet as the map fills", () => {
    const december = at("1917-12-01");
    const june = at("1918-06-15");
    const soviet = (rows: typeof december.rows) => rows.filter((r) => r.status === "soviet").length;
    expect(december.rows).toHaveLength(mapData.takeovers?.length ?? -1);
    expect(soviet(december.rows)).toBe(drawnSoviet("1917-12-01"));
    expect(soviet(june.rows)).toBe(drawnSoviet("1918-06-15"));
    expect(soviet(december.rows)).toBeGreaterThan(0);
    // Two days, two different files: Soviet power had lost cities by June 1918 that it held in December 1917.
    expect(rowsCsv(june.rows)).not.toBe(rowsCsv(december.rows));
    expect(december.rows.every((r) => r.as_of === "1917-12-01")).toBe(true);
    expect(shownFileName("takeover-map", december.state)).toBe("takeover-map-1917-12-01-holder-all-gregorian.csv");
  });

  it("keep to the zone the map is zoomed to, and give each date in the Julian calendar beside the Gregorian", () => {
    const all = shownRows(map, mapData, { date: "1918-01-20", zone: "all" }).rows;
    const zoomed = shownRows(map, mapData, { date: "1918-01-20", zone: "ukraine-and-crimea", calendar: "julian" });
    expect(zoomed.rows.length).toBeGreaterThan(0);
    expect(zoomed.rows.length).toBeLessThan(all.length);
    expect(new Set(zoomed.rows.map((r) => r.zone))).toEqual(new Set(["Ukraine and Crimea"]));
    expect(zoomed.rows[0]).toMatchObject({ as_of: "1918-01-20", as_of_julian: "1918-01-07" });
    expect(Object.keys(zoomed.rows[0] ?? {}).slice(0, 2)).toEqual(["as_of", "as_of_julian"]);
    expect(zoomed.state).toEqual({
      date: "1918-01-20",
      colorBy: "holder",
      zone: "ukraine-and-crimea",
      calendar: "julian",
    });
  });
});

describe("the count of governments' rows", () => {
  it("are the daily counts under the definition chosen: another definition, other rows", async () => {
    const spec = requireChart("sovereignty-count");
    const data = await chartData(spec.tables);
    const everything = shownRows(spec, data, { definition: "everything", stackBy: "alignment" });
    const national = shownRows(spec, data, { definition: "national-states", stackBy: "alignment" });
    expect(rowsCsv(national.rows)).not.toBe(rowsCsv(everything.rows));
    expect(national.state.definition).toBe("national-states");
    // The layers of a day add up to the day's count under that definition.
    for (const [shown, definition] of [
      [everything, "everything"],
      [national, "national-states"],
    ] as const) {
      const day = shown.rows.filter((r) => r.date === PIPES.day);
      const sum = day.reduce((n, r) => n + Number(r.count), 0);
      expect(sum).toBe(countOn(data.sovereignty as EntityRow[], PIPES.day, definition));
      expect(day.every((r) => r.total === sum && r.definition === definition)).toBe(true);
    }
  });
});

describe("every chart's rows", () => {
  it("are plain rows at its default state, and the ruble's carry their dates in the calendar chosen", async () => {
    const load = tableLoader();
    for (const chart of charts) {
      const { rows } = shownRows(chart, await load(chart.tables));
      expect(rows.length, chart.id).toBeGreaterThan(0);
      for (const value of Object.values(rows[0] ?? {}))
        expect(value === null || ["string", "number", "boolean"].includes(typeof value), chart.id).toBe(true);
    }
    const ruble = requireChart("ruble");
    const data = await chartData(ruble.tables);
    const julian = shownRows(ruble, data, { calendar: "julian" }).rows;
    expect(julian.every((r) => typeof r.date_julian === "string")).toBe(true);
    expect(julian.find((r) => r.date === "1917-11-01")?.date_julian).toBe("1917-10-19");
    expect(shownRows(ruble, data).rows.some((r) => "date_julian" in r)).toBe(false);
  });
});

describe("rows as CSV", () => {
  it("quotes commas, quotes and line breaks, leaves blanks blank, and names every column", () => {
    const csv = rowsCsv([
      { city: "Kiev, Ukraine", note: 'the "Rada"', text: "two\nlines", date: null },
      { city: "Omsk", extra: 3 },
    ]);
    expect(csv).toBe('city,note,text,date,extra\n"Kiev, Ukraine","the ""Rada""","two\nlines",,\nOmsk,,,,3\n');
  });
});

describe("the share bar's data", () => {
  it("offers the rows shown, the full table and the chart's metadata", () => {
    const document = newDocument();
    const bar = shareBar({
      document,
      id: "takeover-map",
      dataUrl: "./data/takeovers.csv",
      siteUrl: "https://example.org/",
      metadataUrl: "./charts/takeover-map.json",
      rows: () => ({ rows: [], state: {} }),
      render: () => document.createElement("figure"),
    });
    const named = (text: string) => [...bar.querySelectorAll("a, button")].find((el) => el.textContent === text);
    expect(named("Data (CSV)")?.tagName).toBe("BUTTON");
    expect(named("Full table (CSV)")?.getAttribute("href")).toBe("./data/takeovers.csv");
    expect(named("Full table (CSV)")?.getAttribute("download")).toBe("takeovers.csv");
    expect(named("About this chart (JSON)")?.getAttribute("href")).toBe("./charts/takeover-map.json");
  });
});
