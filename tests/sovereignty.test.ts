import { describe, expect, it } from "vitest";
import { claim7, claim9, countSensitivity, sovereigntyClaims } from "../loaders/claims/sovereignty.js";
import { empireGeography } from "../loaders/geography.js";
import { checkFiles, loadTable, readTidy } from "../loaders/index.js";
import {
  aliveOn,
  countOn,
  dailyCounts,
  type EntityRow,
  type Geography,
  PIPES,
  setMapDate,
  sovereigntyCount,
  sovereigntyLifespans,
  sovereigntyMap,
} from "../src/index.js";
import { matchSnapshot, newDocument } from "./snapshot.js";

const entities = await readTidy<EntityRow>("sovereignty");
const fixture = await readTidy<EntityRow>("sovereignty", { dataDir: "tests/fixtures/data" });

describe("sovereignty data", () => {
  it("validates: dates ordered, phases inside their parents, sources exist", async () => {
    expect(await checkFiles(["data/sovereignty.csv"])).toEqual([]);
  });

  it("has every phase inside an existing parent", () => {
    for (const phase of entities.filter((e) => e.parent)) {
      const parent = entities.find((e) => e.id === phase.parent);
      expect(parent, phase.id).toBeDefined();
      expect(phase.claimed >= (parent as EntityRow).claimed).toBe(true);
    }
  });

  it("keeps 'after 1920' and 'unknown' ends distinct and blank", () => {
    for (const e of entities) {
      if (e.ended_precision === "after-1920" || e.ended_precision === "unknown") expect(e.ended, e.id).toBeNull();
      else expect(e.ended, e.id).not.toBeNull();
    }
    expect(entities.some((e) => e.ended_precision === "after-1920")).toBe(true);
    expect(entities.some((e) => e.ended_precision === "unknown")).toBe(true);
  });
});

describe("the daily derivation (hand-checked fixture)", () => {
  it("counts a government from its claim up to, not including, its end; phases not at all", () => {
    // 1918-03-12: RSFSR, Finland and the Odessa republic (ends 13 March); the next day Odessa is gone.
    expect(countOn(fixture, "1918-03-12")).toBe(3);
    expect(countOn(fixture, "1918-03-13")).toBe(2);
    // 1918-10-10: RSFSR, Finland, the Don; the Kingdom of Finland is a phase of Finland and does not count.
    expect(countOn(fixture, "1918-10-10")).toBe(3);
    expect(aliveOn({ claimed: "1918-06-08", ended: "1918-09-23" }, "1918-09-22")).toBe(true);
    expect(aliveOn({ claimed: "1918-06-08", ended: "1918-09-23" }, "1918-09-23")).toBe(false);
    expect(aliveOn({ claimed: "1918-06-08", ended: null }, "1918-12-31")).toBe(true);
  });

  it("groups by kind and alignment, and applies the definitions", () => {
    const day = dailyCounts(fixture, "1918-06-15", "1918-06-15");
    expect(day).toEqual([
      { date: "1918-06-15", kind: "national-state", alignment: "national", count: 1 },
      { date: "1918-06-15", kind: "regional-government", alignment: "white", count: 1 },
      { date: "1918-06-15", kind: "cossack-government", alignment: "white", count: 1 },
      { date: "1918-06-15", kind: "soviet-republic", alignment: "red", count: 1 },
    ]);
    expect(countOn(fixture, "1918-02-01", "everything")).toBe(3);
    expect(countOn(fixture, "1918-02-01", "no-regional-soviets")).toBe(2);
    expect(countOn(fixture, "1918-02-01", "national-states")).toBe(1);
  });

  it("publishes the daily table derived by the loader, summing to the entity counts", async () => {
    const daily = (await loadTable("sovereignty-daily")).objects() as { date: string; count: number }[];
    const total = (date: string) => daily.filter((d) => d.date === date).reduce((sum, d) => sum + d.count, 0);
    for (const date of ["1917-11-07", "1918-01-01", PIPES.day, "1918-12-31"])
      expect(total(date), date).toBe(countOn(entities, date));
  });
});

describe("sovereignty claims", () => {
  it("claim 9: the count on 15 June 1918 under each definition, recomputed from the rows", () => {
    // The table's rule (data/notes/rules.md): an unknown end counts to the end of the claim's month.
    const alive = entities.filter(
      (e) =>
        !e.parent &&
        e.claimed <= PIPES.day &&
        (e.ended !== null
          ? PIPES.day < e.ended
          : e.ended_precision !== "unknown" || e.claimed.slice(0, 7) === PIPES.day.slice(0, 7)),
    );
    const sensitivity = countSensitivity(entities);
    expect(sensitivity.find((s) => s.definition === "everything")?.onDay).toBe(alive.length);
    expect(sensitivity.find((s) => s.definition === "national-states")?.onDay).toBe(
      alive.filter((e) => e.kind === "national-state").length,
    );
    expect(sensitivity.find((s) => s.definition === "no-regional-soviets")?.onDay).toBe(
      alive.filter((e) => e.kind !== "soviet-republic" || e.id === "rsfsr").length,
    );
    const verdict = claim9({ sovereignty: entities }).verdict;
    const strict = sensitivity.find((s) => s.definition === "no-regional-soviets")?.onDay ?? 0;
    expect(verdict).toBe(
      strict >= 33 ? "supported" : (sensitivity[0]?.onDay ?? 0) >= 33 ? "partly supported" : "not supported",
    );
  });

  it("claim 7 on the fixture: Finland is the first to declare independence", () => {
    const result = claim7({ sovereignty: fixture });
    expect(result.verdict).toBe("supported");
    expect(result.figures.rank).toBe(1);
    // The Odessa republic claimed later than Finland's declaration; nothing else claimed earlier but the (excluded) RSFSR.
    expect(result.figures.earlier).toEqual([]);
  });

  it("every claim has a verdict, a rule and figures", () => {
    expect(sovereigntyClaims(entities).map((c) => c.id)).toEqual([7, 8, 9]);
  });
});

describe("sovereignty charts", async () => {
  const geography = (await empireGeography({ resolution: "110m" })) as unknown as Geography;

  it("count: a stacked step chart with Pipes's figure drawn, recomputed by definition", async () => {
    const chart = sovereigntyCount(fixture, { document: newDocument(), width: 800 });
    await matchSnapshot("sovereignty-count", chart);
    expect(chart.textContent).toContain("at least thirty-three");
    expect(chart.querySelector(".btc-subtitle")?.textContent).toMatch(/: 4 on 15 June 1918/);
    const national = sovereigntyCount(fixture, { document: newDocument(), width: 800, definition: "national-states" });
    expect(national.querySelector(".btc-subtitle")?.textContent).toMatch(/^National states only: 1 on 15 June 1918/);
  });

  it("lifespans: one bar per government (phases left out), open ends marked", async () => {
    const chart = sovereigntyLifespans(fixture, { document: newDocument(), width: 800 });
    await matchSnapshot("sovereignty-lifespans", chart);
    expect(chart.querySelectorAll(":scope > svg [data-mark=bar] rect")).toHaveLength(5);
    // RSFSR, Finland (after 1920) and the Don (ends 1920) run past 1918.
    expect(chart.querySelectorAll(":scope > svg [data-mark=dot] path")).toHaveLength(3);
  });

  it("map: reuses the dated map, filled while alive", () => {
    const map = sovereigntyMap(fixture, { document: newDocument(), width: 800, geography, date: "1918-02-01" });
    const filled = () =>
      [...map.querySelectorAll("[data-place-index]")].filter((m) => m.getAttribute("fill") !== "none").length;
    expect(filled()).toBe(3);
    setMapDate(map, "1918-06-15");
    expect(filled()).toBe(4);
    expect(map.querySelector(".btc-map-status")?.textContent).toBe(
      "15 June 1918: 4 governments claimed parts of the former empire.",
    );
  });
});
