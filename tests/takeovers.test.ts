import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { claim3, claim4, claim6, END_OF_OCTOBER_OS, takeoverClaims } from "../loaders/claims/takeovers.js";
import { twoTests } from "../loaders/claims/verdict.js";
import { empireGeography } from "../loaders/geography.js";
import { checkFiles, readTidy } from "../loaders/index.js";
import { confidence } from "../loaders/tidy.js";
import {
  type ControlRow,
  type Geography,
  holderColors,
  setMapDate,
  spreadSeries,
  type TakeoverRow,
  takeoverMap,
  takeoverSpread,
  takeoverTimeline,
} from "../src/index.js";
import { matchSnapshot, newDocument } from "./snapshot.js";

const takeovers = await readTidy<TakeoverRow>("takeovers");
const provinces = await readTidy<{ province: string; kind: string; capital: string; region: string }>("provinces");
const fixture = await readTidy<TakeoverRow>("takeovers", { dataDir: "tests/fixtures/data" });
const fixtureControl = await readTidy<ControlRow>("control", { dataDir: "tests/fixtures/data" });

describe("takeovers data", () => {
  it("validates: sources exist, OS/NS pairs agree, enums and ranges hold", async () => {
    expect(await checkFiles(["data/takeovers.csv", "data/provinces.csv"])).toEqual([]);
  });

  it("has at least 110 rows and no duplicate city", () => {
    expect(takeovers.length).toBeGreaterThanOrEqual(110);
    expect(new Set(takeovers.map((d) => d.city)).size).toBe(takeovers.length);
  });

  it("has a row, marked as a capital, for every guberniya and oblast capital of 1917", () => {
    const capitals = provinces.filter((p) => p.kind !== "okrug");
    const missing = capitals.filter((p) => !takeovers.some((t) => t.city === p.capital && t.capital !== "no"));
    expect(missing.map((p) => `${p.province}: ${p.capital}`)).toEqual([]);
    const unlisted = takeovers.filter((t) => t.capital !== "no" && !capitals.some((p) => p.capital === t.city));
    expect(unlisted.map((t) => t.city)).toEqual([]);
  });

  it("places each capital in its province's region", () => {
    // Orenburg was the seat of both Orenburg guberniya (Urals) and Turgai oblast (Central Asia).
    const wrong = takeovers
      .filter((t) => t.capital !== "no")
      .filter((t) => !provinces.some((p) => p.capital === t.city && p.region === t.region))
      .map((t) => `${t.city}: ${t.region}`);
    expect(wrong).toEqual([]);
  });

  it("puts every city inside the former empire, in the present-day country it names (within ~20 km)", async () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(await readFile(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
    const countries = (
      feature(topology, topology.objects.countries as GeometryObject) as unknown as {
        features: { properties: { name: string } }[];
      }
    ).features;
    const outside = takeovers.filter((t) => {
      // Natural Earth draws Crimea inside Russia's outline (de facto); our table gives the recognised country.
      const name = t.region === "Crimea" && t.modern_country === "Ukraine" ? "Russia" : t.modern_country;
      const country = countries.find((c) => c.properties.name === name);
      if (!country) return true;
      // Coastal and island cities can fall just outside 1:50m outlines: try points ~20 km around.
      const offsets = [-0.2, 0, 0.2];
      return !offsets.some((dx) => offsets.some((dy) => geoContains(country as never, [t.lon + dx, t.lat + dy])));
    });
    expect(outside.map((t) => `${t.city} (${t.modern_country}) ${t.lat},${t.lon}`)).toEqual([]);
  });

  it("derives confidence from precision and agreement", () => {
    expect(confidence("day", 2)).toBe("high");
    expect(confidence("day", 1)).toBe("medium");
    expect(confidence("range", 1)).toBe("medium");
    expect(confidence("range", 0)).toBe("low");
    expect(confidence("none", 0)).toBe("none");
    for (const row of takeovers) expect(row.confidence).toBe(confidence(row.date_precision, row.agreeing_sources));
  });
});

describe("takeover claims, computed from the table", () => {
  it("claim 6: our peaceful share counts peaceful among dated takeovers with a known mode", () => {
    // Recomputed here from the raw rows, independently of the claims module.
    let peaceful = 0;
    let known = 0;
    for (const row of takeovers) {
      if (!row.date || row.mode === "occupied" || row.mode === "other-government" || row.mode === "unknown") continue;
      known++;
      if (row.mode === "peaceful") peaceful++;
    }
    const result = claim6(takeovers);
    expect(result.figures.peaceful).toBe(peaceful);
    expect(result.figures.known).toBe(known);
    expect(result.finding).toContain(`${Math.round((peaceful / known) * 100)}%`);
  });

  it("claim 4: counts northern and central capitals taken by 31 October 1917 OS (13 November NS)", () => {
    expect(END_OF_OCTOBER_OS).toBe("1917-11-13");
    const north = takeovers.filter((r) => r.region === "North/Central Industrial" && r.capital !== "no");
    const early = north.filter(
      (r) => r.date && r.date <= "1917-11-13" && r.mode !== "occupied" && r.mode !== "other-government",
    );
    const result = claim4(takeovers);
    expect(result.figures.capitals).toBe(north.length);
    expect(result.figures.byEndOfOctober).toBe(early.length);
  });

  it("derives each verdict from the figures by its rule (hand-checked fixture)", () => {
    // Fixture: heartland capitals Petrograd, Tver, Yaroslavl (by 15 Nov OS) and Kursk (later);
    // borderland capitals Kiev, Warsaw, Tiflis, Tashkent, Irkutsk (Tashkent by 15 Nov OS).
    const c3 = claim3(fixture);
    expect(c3.figures.heartShare).toBe(3 / 4);
    expect(c3.figures.borderShare).toBe(1 / 5);
    expect(c3.verdict).toBe("supported");
    const c6 = claim6(fixture);
    // Known modes: armed Petrograd, Kursk, Tashkent; peaceful Tver, Yaroslavl; contested Kiev, Odessa.
    expect(c6.figures).toMatchObject({ peaceful: 2, known: 7 });
    // Fewer than ten takeovers with a known mode is too few to test a statistic on.
    expect(c6.verdict).toBe("no data");
    expect(claim6([...fixture, ...fixture.map((r) => ({ ...r, city: `${r.city} 2` }))]).verdict).toBe("not supported");
    // Three northern takeovers with a known mode: too few for claim 4.
    expect(claim4(fixture).verdict).toBe("no data");
  });

  it("judges a two-test claim: both hold, one holds, neither, or too few rows", () => {
    expect(twoTests(true, true, true)).toBe("supported");
    expect(twoTests(true, true, false)).toBe("partly supported");
    expect(twoTests(true, false, true)).toBe("partly supported");
    expect(twoTests(true, false, false)).toBe("not supported");
    expect(twoTests(false, true, true)).toBe("no data");
  });

  it("gives every claim a verdict, a rule, a finding and its robustness", async () => {
    const control = await readTidy<ControlRow>("control");
    const claims = takeoverClaims({ takeovers, control });
    expect(claims.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 17, 18]);
    for (const c of claims) {
      expect(["supported", "partly supported", "not supported", "no data"]).toContain(c.verdict);
      expect(c.rule.length).toBeGreaterThan(40);
      expect(c.finding).toMatch(/\d/);
      expect(c.robustness?.summary).toMatch(/^(Robust|Fragile): /);
    }
  });
});

describe("takeover charts", async () => {
  const geography = (await empireGeography({ resolution: "110m" })) as unknown as Geography;
  const options = { width: 800, geography, control: fixtureControl };

  it("map: one mark per city, coloured by who held it on the day, with its whole sequence in the tooltip", async () => {
    const map = takeoverMap(fixture, { ...options, document: newDocument(), date: "1917-11-09", theme: "light" });
    await matchSnapshot("takeover-map", map);
    const marks = [...map.querySelectorAll("[data-place-index]")];
    expect(marks).toHaveLength(fixture.length);
    const fills = () =>
      Object.fromEntries(
        marks.map((m) => [fixture[Number(m.getAttribute("data-place-index"))]?.city, m.getAttribute("fill")]),
      );
    const holders = holderColors("light");
    // By 9 November NS: Petrograd and Yaroslavl under Soviet power; Warsaw and Tiflis never reached (squares, grey).
    expect(
      Object.entries(fills())
        .filter(([, f]) => f !== "none")
        .map(([c]) => c)
        .sort(),
    ).toEqual(["Petrograd", "Tiflis", "Warsaw", "Yaroslavl"]);
    expect(fills().Petrograd).toBe(holders.soviet);
    // 3 March 1918: Kiev, reached on 8 February, was lost on 1 March to the UPR with German troops.
    setMapDate(map, "1918-03-03");
    expect(fills().Kiev).toBe(holders["central-powers"]);
    expect(fills().Odessa).toBe(holders.soviet);
    expect(map.querySelector(".btc-map-status")?.textContent).toBe(
      "3 March 1918: 6 of 9 provincial capitals under Soviet power; 1 lost to others.",
    );
    // 1 September 1918: Odessa lost in March, Irkutsk in July to the Legion; Yaroslavl's July rising put down.
    setMapDate(map, "1918-09-01");
    expect(fills()).toMatchObject({
      Odessa: holders["central-powers"],
      Irkutsk: holders.czechoslovak,
      Yaroslavl: holders.soviet,
    });
    const tip = (city: string) =>
      map.querySelector(`[data-place-index="${fixture.findIndex((d) => d.city === city)}"] title`)?.textContent;
    expect(tip("Petrograd")).toContain("7 November 1917 (NS)");
    expect(tip("Petrograd")).toContain("25 October 1917 (OS)");
    expect(tip("Yaroslavl")).toContain("Lost 6 July 1918 to others (SR rising)");
    expect(tip("Yaroslavl")).toContain("Regained 21 July 1918 (Red Army)");
    expect(map.querySelector(":scope > svg")?.getAttribute("aria-description")).toMatch(/^Map of 10 cities/);
  });

  it("map: holders that share a colour share one swatch in the legend", () => {
    const legendText = (control: readonly ControlRow[]) => {
      const map = takeoverMap(fixture, { ...options, control, document: newDocument(), theme: "light" });
      return [...map.children]
        .filter((e) => e.tagName !== "svg")
        .map((e) => e.textContent ?? "")
        .join(" ");
    };
    expect(legendText(fixtureControl)).toContain("Other (named in the tooltip)");
    const withOrgans = fixtureControl.map((r) =>
      r.city === "Yaroslavl" && r.event === "lost" ? { ...r, to: "provisional" as const } : r,
    );
    expect(legendText(withOrgans)).not.toContain("Other");
    const both = [...fixtureControl, ...withOrgans.filter((r) => r.to === "provisional")];
    expect(legendText(both)).toContain("Other, or the Provisional Government's organs (named in the tooltip)");
    expect(legendText(both).match(/Provisional Government's organs/g)).toHaveLength(1);
  });

  it("map: a city that changes hands in the data changes colour on the page's day", () => {
    const moved = fixtureControl.map((r) =>
      r.city === "Kiev" && r.event === "lost" ? { ...r, date: "1918-03-10" } : r,
    );
    const kiev = (control: readonly ControlRow[]) => {
      const map = takeoverMap(fixture, {
        ...options,
        control,
        document: newDocument(),
        date: "1918-03-03",
        theme: "light",
      });
      return map
        .querySelector(`[data-place-index="${fixture.findIndex((d) => d.city === "Kiev")}"]`)
        ?.getAttribute("fill");
    };
    expect(kiev(fixtureControl)).toBe(holderColors("light")["central-powers"]);
    expect(kiev(moved)).toBe(holderColors("light").soviet);
  });

  it("map coloured by date: every taken city ringed in the text's colour, set off from the land at both ends of the ramp", () => {
    // Plot paints the date ramp's legend on a canvas, which jsdom lacks: a stand-in that paints nothing.
    const withCanvas = (document: Document) => {
      const canvas = document.defaultView?.HTMLCanvasElement.prototype;
      if (canvas) {
        canvas.getContext = (() => ({ fillStyle: "", fillRect: () => undefined })) as never;
        canvas.toDataURL = () => "data:,";
      }
      return document;
    };
    const ring = (colorBy: "mode" | "date", theme: "light" | "dark") => {
      const document = withCanvas(newDocument());
      const map = takeoverMap(fixture, { ...options, document, date: "1917-11-09", colorBy, theme });
      // The ring follows the slider too (setMapDate restyles the marks).
      setMapDate(map, "1918-03-03");
      return new Set([...map.querySelectorAll("[data-place-index]")].map((m) => m.getAttribute("stroke")));
    };
    expect(ring("date", "dark")).toEqual(new Set(["#e8e8e8"]));
    expect(ring("date", "light")).toEqual(new Set(["#1b1e23"]));
    // Coloured by mode (mid-tone colours), the ring is the background's, which parts overlapping marks.
    expect(ring("mode", "dark")).toEqual(new Set(["#161719"]));
  });

  it("spread: cumulative shares by zone, hand-checked", () => {
    const series = spreadSeries(fixture, "1917-11-07", "1917-12-31");
    const north = series.filter((p) => p.zone === "North and Centre");
    expect(north[0]).toMatchObject({ date: "1917-11-07", taken: 1, total: 3 });
    expect(north.find((p) => p.date === "1917-11-10")).toMatchObject({ taken: 3, share: 1 });
    const chart = takeoverSpread(fixture, { document: newDocument(), width: 800 });
    expect(chart.querySelectorAll(":scope > svg [data-mark=line] path")).toHaveLength(
      new Set(fixture.filter((d) => d.capital !== "no").map((d) => d.zone)).size,
    );
  });

  it("spread and timeline match their snapshots; the timeline draws ranges as ranges", async () => {
    await matchSnapshot("takeover-spread", takeoverSpread(fixture, { document: newDocument(), width: 800 }));
    const timeline = takeoverTimeline(fixture, { document: newDocument(), width: 800 });
    await matchSnapshot("takeover-timeline", timeline);
    // Kursk and Irkutsk are known only as ranges: one bar each; every dated city gets a dot.
    expect(timeline.querySelectorAll(":scope > svg [data-mark=rule] line")).toHaveLength(2);
    expect(timeline.querySelectorAll(":scope > svg [data-mark=dot] circle")).toHaveLength(8);
  });

  it("switches the timeline's axis to the Julian calendar", () => {
    const julian = takeoverTimeline(fixture, { document: newDocument(), width: 800, calendar: "julian" });
    expect(julian.textContent).toContain("Julian calendar (Old Style)");
  });
});
