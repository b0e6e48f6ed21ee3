/**
 * The claims about holding (17, 18), the independence ranking of claim 7, the
 * count rule for governments whose end is unknown (claim 9), and how each
 * verdict says how sure it is: each test changes a row and watches the
 * verdict, or its robustness, move.
 */
import { describe, expect, it } from "vitest";
import { claim17, claim18, END_OF_FEBRUARY, LATE_SUMMER } from "../loaders/claims/holding.js";
import { altDays, countAs, OPEN_ENDS, type TakeoverData, takeoverReadings } from "../loaders/claims/readings.js";
import { robustness, summary } from "../loaders/claims/robustness.js";
import { claim7, claim9, sovereigntyClaims } from "../loaders/claims/sovereignty.js";
import { claim3, takeoverClaims } from "../loaders/claims/takeovers.js";
import { readTidy } from "../loaders/index.js";
import type { ClaimResult } from "../src/claims.js";
import type { ControlRow } from "../src/control.js";
import type { EntityRow } from "../src/sovereignty.js";
import type { TakeoverRow } from "../src/takeovers.js";

const takeovers = await readTidy<TakeoverRow>("takeovers");
const control = await readTidy<ControlRow>("control");
const entities = await readTidy<EntityRow>("sovereignty");
const data: TakeoverData = { takeovers, control };

/** Twelve provincial capitals, all reached in November 1917: a small world to move rows in. */
function world(): TakeoverData {
  const cities = Array.from({ length: 12 }, (_, i) => `City ${i + 1}`);
  const base = takeovers.find((t) => t.city === "Tver") as TakeoverRow;
  return {
    takeovers: cities.map((city) => ({
      ...base,
      city,
      date: "1917-11-20",
      date_precision: "day",
      date_end: null,
      alt_dates: null,
      confidence: "high",
    })),
    control: cities.flatMap((city) => [
      {
        ...(control[0] as ControlRow),
        city,
        event: "established",
        from: "provisional",
        to: "soviet",
        date: "1917-11-20",
      },
      { ...(control[0] as ControlRow), city, event: "no-change", from: "soviet", to: "soviet", date: null },
    ]) as ControlRow[],
  };
}

/** Cities lost to the Legion on a day, with the rows control.csv would hold. */
function lose(d: TakeoverData, cities: readonly string[], day: string): TakeoverData {
  return {
    ...d,
    control: d.control.flatMap((row) =>
      cities.includes(row.city) && row.event === "no-change"
        ? [
            {
              ...row,
              event: "lost",
              from: "soviet",
              to: "czechoslovak",
              date: day,
              date_precision: "day",
            } as ControlRow,
          ]
        : [row],
    ),
  };
}

describe("claim 17: a triumphal march, October to February", () => {
  it("is computed from the first establishments by the end of February 1918", () => {
    const result = claim17(data);
    const reachable = takeovers.filter(
      (t) => t.capital !== "no" && t.mode !== "occupied" && t.mode !== "other-government",
    );
    expect(result.figures.capitals).toBe(reachable.length);
    expect(result.figures.reached).toBe(reachable.filter((t) => t.date && t.date <= END_OF_FEBRUARY).length);
  });

  it("moves when takeovers move past February", () => {
    const d = world();
    expect(claim17(d).verdict).toBe("supported");
    const later = (n: number) => ({
      ...d,
      takeovers: d.takeovers.map((t, i) => (i < n ? { ...t, date: "1918-04-01" } : t)),
    });
    expect(claim17(later(4)).verdict).toBe("partly supported"); // 8 of 12
    expect(claim17(later(7)).verdict).toBe("not supported"); // 5 of 12
  });
});

describe("claim 18: the march reversed, then resumed", () => {
  it("moves with the losses of the summer and the returns of the autumn", () => {
    const d = world();
    expect(claim18(d).verdict).toBe("not supported"); // nothing lost
    const summer = lose(d, ["City 1", "City 2", "City 3", "City 4", "City 5", "City 6", "City 7"], "1918-06-08");
    expect(claim18(summer).figures.heldLateSummer).toBe(5);
    expect(claim18(summer).verdict).toBe("partly supported"); // reversed, no return
    const back = {
      ...summer,
      control: [
        ...summer.control,
        {
          ...(summer.control[0] as ControlRow),
          city: "City 1",
          event: "regained",
          from: "czechoslovak",
          to: "soviet",
          date: "1918-10-07",
        },
      ] as ControlRow[],
    };
    expect(claim18(back).verdict).toBe("supported");
    expect(claim18(back).figures.heldEnd).toBe(6);
  });

  it("reads the real sequences: on 1 September 1918 Kazan and Samara were not Soviet", () => {
    const result = claim18(data);
    expect(LATE_SUMMER).toBe("1918-09-01");
    expect(result.figures.lostBySummer).toEqual(expect.arrayContaining(["Kazan", "Samara", "Kiev"]));
    expect(result.figures.lostBySummer).not.toContain("Moscow");
  });
});

describe("claim 7: ranked by declarations of independence", () => {
  it("puts Finland first, and moves when another declaration comes earlier", () => {
    expect(claim7({ sovereignty: entities }).verdict).toBe("supported");
    const ukraineFirst = entities.map((e) =>
      e.id === "upr-central-rada" ? { ...e, independence: "1917-11-20", independence_precision: "day" as const } : e,
    );
    const result = claim7({ sovereignty: ukraineFirst });
    expect(result.figures.rank).toBe(2);
    expect(result.verdict).toBe("partly supported");
  });

  it("says that ranking first claims of own rule instead would turn the verdict", () => {
    const [c7] = sovereigntyClaims(entities);
    expect(c7?.robustness?.robust).toBe(false);
    expect(c7?.robustness?.changes[0]?.reading).toBe("first-claims");
    expect(c7?.robustness?.summary).toMatch(/^Fragile: becomes not supported if first claims/);
  });
});

describe("claim 9: a government whose end is unknown counts to the end of its claim's month", () => {
  it("counts it in its own month, not for ever; open ends change the count", () => {
    const day = "1918-06-15";
    const row = (ended_precision: EntityRow["ended_precision"], claimed: string) => ({
      ...(entities.find((e) => e.id === "south-eastern-union") as EntityRow),
      id: `x-${claimed}`,
      claimed,
      ended: null,
      ended_precision,
    });
    const base = claim9({ sovereignty: entities }).figures.counts as { onDay: number }[];
    const withEarly = claim9({ sovereignty: [...entities, row("unknown", "1918-02-01")] }).figures.counts as {
      onDay: number;
    }[];
    const withJune = claim9({ sovereignty: [...entities, row("unknown", "1918-06-10")] }).figures.counts as {
      onDay: number;
    }[];
    expect(withEarly[0]?.onDay).toBe(base[0]?.onDay); // claimed in February: not alive in June
    expect(withJune[0]?.onDay).toBe((base[0]?.onDay ?? 0) + 1); // claimed on 10 June: alive on the 15th
    // Read with open ends, the February government is alive in June too.
    const onDay = (rows: readonly EntityRow[]) =>
      (claim9(OPEN_ENDS.apply({ sovereignty: rows })).figures.counts as { onDay: number }[])[0]?.onDay ?? 0;
    expect(onDay([...entities, row("unknown", "1918-02-01")])).toBe(onDay(entities) + 1);
    expect(day).toBe(claim9({ sovereignty: entities }).figures.day);
  });

  it("names the definitions under which the verdict would change", () => {
    const c9 = sovereigntyClaims(entities)[2] as ClaimResult;
    const national = c9.robustness?.changes.find((c) => c.reading === "count-national-states");
    expect(national?.verdict).toBe("not supported");
    expect(countAs("national-states").touches({ sovereignty: entities, countAs: "national-states" })).toEqual([]);
  });
});

describe("robustness: every verdict says how sure it is", () => {
  it("is robust when no reading moves the verdict, and counts the readings tried", () => {
    const d = world();
    const r = robustness(claim17, d, takeoverReadings(d));
    // The small world has no ranges, alternative dates, low- or medium-confidence or Finnish rows: no reading applies.
    expect(r).toMatchObject({ readings: 0, robust: true, changes: [] });
    expect(r.summary).toBe("No other reading of the data applies to this claim.");
    expect(summary(3, [])).toBe("Robust: the same verdict under all 3 readings of the data tried.");
  });

  it("names the row that moves a verdict under a reading", () => {
    const d = world();
    // Eight of twelve by February: at the three-quarter line's edge; City 9 is known only as a range ending in March.
    const edge = {
      ...d,
      takeovers: d.takeovers.map((t, i) =>
        i < 3
          ? { ...t, date: "1918-04-01" }
          : i === 3
            ? { ...t, date: "1918-02-20", date_end: "1918-03-10", date_precision: "range" as const }
            : t,
      ),
    };
    expect(claim17(edge).verdict).toBe("supported"); // 9 of 12 = 75%
    const r = robustness(claim17, edge, takeoverReadings(edge));
    expect(r.robust).toBe(false);
    expect(r.changes).toEqual([
      expect.objectContaining({ reading: "range-last", verdict: "partly supported", rows: ["City 4"] }),
    ]);
    expect(r.summary).toBe(
      "Fragile: becomes partly supported if a range's or a month's last day is read instead of its first (City 4).",
    );
  });

  it("reads a span that a source gives in place of a day (alt_dates `from/to`) at its last day", () => {
    const d = world();
    expect(altDays("1917-12-16 (a); 1917-11-14/1918-01-12 (b)")).toEqual(["1917-12-16", "1917-11-14", "1918-01-12"]);
    // Twelve by February; four of them have a source that says only "between November and March".
    const spans = {
      ...d,
      takeovers: d.takeovers.map((t, i) => (i < 4 ? { ...t, alt_dates: "1917-11-14/1918-03-20 (s)" } : t)),
    };
    expect(claim17(spans).verdict).toBe("supported");
    const r = robustness(claim17, spans, takeoverReadings(spans));
    expect(r.changes).toEqual([
      expect.objectContaining({
        reading: "alt-latest",
        verdict: "partly supported",
        rows: [],
        together: 4,
      }),
    ]);
  });

  it("is computed for every claim on the pages, and is in the published claims", () => {
    for (const claim of [...takeoverClaims(data), ...sovereigntyClaims(entities)])
      expect(claim.robustness?.readings, `claim ${claim.id}`).toBeGreaterThan(0);
    // Claim 3 (heartland first) as the audit asked: the real data's readings are tried.
    const c3 = takeoverClaims(data).find((c) => c.id === 3);
    expect(c3?.robustness?.readings).toBeGreaterThanOrEqual(4);
    expect(claim3(takeovers).verdict).toBe(c3?.verdict);
  });
});
