import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  checkFiles,
  checkText,
  formatCsv,
  formatJson,
  formatProblem,
  loadTable,
  parseCsv,
  readRows,
  schemaFor,
  schemaForFile,
} from "../loaders/index.js";

const run = promisify(execFile);
const fixtures = "tests/fixtures";
const dataDir = join(fixtures, "data");
const events = schemaFor("events");
if (!events) throw new Error("no events schema");
const context = { sourceIds: new Set(["pipes-1990", "smele-2015"]) };

/** Every malformed fixture and the exact messages the validator must print for it. */
const BAD: Record<string, string[]> = {
  "events.bad-source-list.csv": [
    '2:6: sources: malformed source id "pipes-1990 smele-2015"; separate ids with ";" and no spaces',
  ],
  "events.duplicate-key.csv": ['3:1: duplicate date + event "1917-11-07 | Coup" (first on line 2)'],
  "events.empty.csv": ["1:1: file is empty: expected a header row"],
  "events.extra-column.csv": [
    '1:8: unexpected column "extra"; expected columns: date, date_os, date_precision, event, category, sources, note',
  ],
  "events.header-only.csv": ["1:1: no data rows: the file has a header only"],
  "events.huge-field.csv": ["2:7: note: text is 1048576 characters long; the limit is 2000"],
  "events.impossible-date.csv": ["2:1: date: 1917-02-30 is not a real Gregorian (NS) date"],
  "events.invalid-utf8.csv": ["2:4: invalid UTF-8 (byte 0xe9); save the file as UTF-8"],
  "events.julian-after-switch.csv": [
    "2:2: date_os: Julian date 1918-02-18 given for 1918-03-03, after Russia switched to the Gregorian calendar on 1918-02-14; leave it blank",
  ],
  "events.many-problems.csv": [
    "2:1: date: 1917-02-30 is not a real Gregorian (NS) date",
    '2:3: date_precision: "week" is not one of: day, range, month',
    "2:4: event: required value is blank",
    '2:5: category: "riot" is not one of: political, military, diplomatic, election, economic, financial, monetary, market, terror, calendar',
    '2:6: sources: unknown source id "nope": not in data/sources.csv',
  ],
  "events.missing-column.csv": ['1:7: missing column "note"'],
  "events.no-source.csv": ["2:6: sources: no source: every row must cite at least one id from data/sources.csv"],
  "events.not-iso.csv": ['2:1: date: "7 Nov 1917" is not a date of the form YYYY-MM-DD'],
  "events.os-ns-disagree.csv": [
    "2:2: date_os: Julian date 1917-10-26 does not match Gregorian 1917-11-07 (expected 1917-10-25, 13 days earlier)",
  ],
  "events.out-of-window.csv": ["2:1: date: 1925-01-01 is after 1918-12-31, outside this table's window"],
  "events.padded-text.csv": ["2:7: note: leading or trailing spaces"],
  "events.renamed-column.csv": [
    '1:3: missing column "date_precision"',
    '1:3: unexpected column "precision"; expected columns: date, date_os, date_precision, event, category, sources, note',
  ],
  "events.semicolons.csv": [
    '1:1: the file is delimited by ";", not commas; expected columns: date, date_os, date_precision, event, category, sources, note',
  ],
  "events.short-row.csv": ["2:7: expected 7 fields, found 6"],
  "events.stray-quote.csv": ["2:7: text after a closing double quote; a quote inside a quoted field must be doubled"],
  "events.unknown-enum.csv": [
    '2:5: category: "uprising" is not one of: political, military, diplomatic, election, economic, financial, monetary, market, terror, calendar',
  ],
  "events.unknown-source.csv": ['2:6: sources: unknown source id "reed-1919": not in data/sources.csv'],
  "events.unterminated-quote.csv": ["2:4: unterminated quoted field: a double quote opens here and never closes"],
  "sources.bad-values.csv": [
    '2:1: id: "Pipes 1990" is not an id of lowercase letters, digits and hyphens',
    '2:4: year: "19x0" is not a whole number',
    '2:6: url: "ftp://x" is not an http(s) URL',
    "2:7: accessed: 2026-13-01 is not a real Gregorian (NS) date",
  ],
  "sources.missing-title.csv": ["2:3: title: required value is blank"],
  "takeovers.bad-alt-dates.csv": [
    '2:13: alt_dates: 2017-11-07 is outside 1917-10-01 to 1919-12-31; "7 Nov (smele-2015)" is not of the form YYYY-MM-DD (source-id) or YYYY-MM-DD/YYYY-MM-DD (source-id); unknown source id "reed-1919": not in data/sources.csv',
  ],
  // A span is accepted; a reversed one, or one with an impossible day, is not.
  "takeovers.alt-date-spans.csv": [
    "2:13: alt_dates: 1918-01-12/1917-11-14: a span must end after it starts; 1917-11-31 is not a real Gregorian (NS) date",
  ],
  "takeovers.outside-empire.csv": ["2:6: lat: 10.5 is below the minimum 35"],
  "takeovers.precision-mismatch.csv": ['2:12: date_precision: is "none" but a date is given'],
  "takeovers.range-ends-before.csv": ["2:10: date_end: 1917-11-10 is before date 1917-11-20"],
  "takeovers.too-many-agreeing.csv": ["2:17: agreeing_sources: 3 agreeing sources but only 1 cited"],
  "takeovers.unknown-mode.csv": [
    '2:14: mode: "liberated" is not one of: peaceful, armed, contested, occupied, other-government, unknown',
  ],
  "ruble.month-not-first.csv": ["2:1: date: a month is dated by its first day (YYYY-MM-01)"],
  "ruble.negative-value.csv": ["2:6: value: -40 is below the minimum 0"],
  "money.julian-for-month.csv": ["2:2: date_os: only a single day (period day) takes a Julian date"],
  "gold-content.unknown-currency.csv": ['2:1: currency: "FRF" is not one of: RUB, USD'],
  "control.broken-sequence.csv": [
    '4:3: from: Kiev passes from "national", but the previous row left it with "central-powers"',
    "4:6: date: 1918-02-20 is before the previous row's date 1918-03-01",
    "5:6: date: the first establishment (1917-11-11 day) differs from takeovers.csv (1917-11-10 day)",
    '6:3: from: "lost" starts from soviet (found "white")',
    '6:4: to: "lost" cannot end with soviet (found "soviet")',
    '8:6: date: "no-change" has no date: it says that nothing changed through 1918',
    '9:1: city: "Atlantis" is not a city of takeovers.csv',
    '9:2: event: Atlantis\'s first row must be "established", not "lost"',
  ],
  "sovereignty.end-before-claim.csv": [
    "2:14: ended: 1918-05-01 is before claimed 1918-06-01",
    '3:14: ended: must be blank when ended_precision is "after-1920"',
  ],
  "sovereignty.independence-mismatch.csv": [
    "2:13: independence_precision: must be blank when independence is blank",
    "3:12: independence_os: Julian date 1918-02-11 given for 1918-02-24, after Russia switched to the Gregorian calendar on 1918-02-14; leave it blank",
    "4:11: independence: 1918-05-01 is before claimed 1918-06-01",
  ],
  "securities.duplicate-key.csv": [
    '3:1: duplicate series + date "rus-5pct-1906-london | 1917-11-30" (first on line 2)',
  ],
  "securities.unknown-exchange.csv": [
    '2:3: exchange: "vienna" is not one of: petrograd, moscow, london, paris, new-york, berlin, hamburg',
  ],
  "securities.two-units.csv": [
    '3:7: unit: "USD per 1,000-ruble bond" differs from "% of par" on line 2: one unit per series',
  ],
  "securities.mixed-market-bases.csv": [
    '3:8: price_basis: "trade" mixed with "quotation" (line 2) in one series: give a series one market price basis',
  ],
  "securities.month-end-and-check.csv": [
    "2:4: date: a month-end is dated by the month's last day",
    '2:10: checked: "pipes-1990" is also in sources; a check needs a second source',
  ],
  "exchange-status.out-of-order.csv": [
    "4:2: date: 1914-07-31 is before the previous london row (1915-01-04, line 3); list each exchange's rows in date order",
  ],
  "exchange-status.no-start.csv": ["2:2: date: the first paris row must give its status on 1914-01-01, not 1914-07-27"],
  "exchange-status.julian-dates.csv": [
    "3:3: date_os: required for a petrograd day before 1918-02-14",
    "4:3: date_os: only Petrograd and Moscow rows take a Julian date, not london",
  ],
  "sovereignty.phase-outside-parent.csv": [
    '3:14: ended: ends after its parent "finland" (1918-01-01)',
    '4:17: parent: no entity with id "nowhere"',
  ],
};

describe("malformed files", () => {
  it("has an expectation for every fixture in tests/fixtures/bad", async () => {
    expect((await readdir(join(fixtures, "bad"))).sort()).toEqual(Object.keys(BAD).sort());
  });

  for (const [name, expected] of Object.entries(BAD)) {
    it(`reports ${name} exactly`, async () => {
      const file = join(fixtures, "bad", name);
      const problems = await checkFiles([file], { dataDir });
      expect(problems.map(formatProblem)).toEqual(expected.map((m) => `${file}:${m}`));
    });
  }
});

describe("valid variants", () => {
  for (const name of ["events.bom.csv", "events.crlf.csv", "events.quoted.csv", "events.blank-line.csv"]) {
    it(`accepts ${name}`, async () => {
      expect(await checkFiles([join(fixtures, "good", name)], { dataDir })).toEqual([]);
    });
  }

  it("keeps quoted commas, doubled quotes and newlines inside a field", () => {
    const text =
      'date,date_os,date_precision,event,category,sources,note\n1917-11-07,1917-10-25,day,"Coup, ""in"" Petrograd",political,pipes-1990,"line one\nline two"\n1918-01-19,1918-01-06,day,Dispersal,political,pipes-1990,\n';
    const { rows, lines, problems } = checkText(text, events, context, "x.csv");
    expect(problems).toEqual([]);
    expect(rows[0]?.event).toBe('Coup, "in" Petrograd');
    expect(rows[0]?.note).toBe("line one\nline two");
    expect(lines).toEqual([2, 4]);
  });

  it("locates records that follow a multi-line field by their first line", () => {
    const parsed = parseCsv('a,b\n1,"x\ny\nz"\n2,3\n', "x.csv");
    expect(parsed.records.map((r) => r.line)).toEqual([2, 5]);
  });
});

describe("pipeline", () => {
  it("types, sorts and tidies a table", async () => {
    const table = await loadTable("events", { dataDir });
    expect(table.columnNames()).toEqual(["date", "date_os", "date_precision", "event", "category", "sources", "note"]);
    expect(table.numRows()).toBe(3);
    expect(table.get("date", 0)).toBe("1917-11-07");
    expect(table.get("date_os", 2)).toBeNull();
  });

  it("writes CSV that parses back to the same rows, and JSON one row per line", async () => {
    const table = await loadTable("events", { dataDir });
    const csv = formatCsv(table);
    expect(csv.split("\n")[0]).toBe("date,date_os,date_precision,event,category,sources,note");
    expect(checkText(csv, events, context, "roundtrip.csv").rows).toEqual(await readRows("events", { dataDir }));
    const json = formatJson(table);
    expect(json.split("\n")).toHaveLength(3 + 3);
    expect(JSON.parse(json)[1]).toMatchObject({ event: "Constituent Assembly dispersed", date_os: "1918-01-06" });
  });

  it("throws one error listing every problem, sources.csv included", async () => {
    await expect(readRows("events", { dataDir: join(fixtures, "broken") })).rejects.toThrow(
      /^2 problems in data:\n.*events\.csv:2:1: date: 1917-02-30 is not a real Gregorian \(NS\) date\n.*sources\.csv:2:3: title: required value is blank$/,
    );
  });

  it("knows a table from its file name", () => {
    expect(schemaForFile("data/events.csv")?.name).toBe("events");
    expect(schemaForFile("tests/fixtures/bad/events.empty.csv")?.name).toBe("events");
    expect(schemaForFile("data/eventsx.csv")).toBeUndefined();
  });
});

describe("commands", () => {
  it("npm run validate prints every problem as file:line:column and exits 1", async () => {
    const files = ["events.many-problems.csv", "events.os-ns-disagree.csv"].map((f) => join(fixtures, "bad", f));
    const result = await run("npx", ["tsx", "scripts/validate.ts", ...files], {
      env: { ...process.env, BTC_DATA_DIR: dataDir },
    }).catch((e) => e);
    expect(result.code).toBe(1);
    const lines = String(result.stderr).trim().split("\n");
    expect(lines.filter((l: string) => /^tests\/fixtures\/bad\/.*:\d+:\d+: /.test(l))).toHaveLength(6);
    expect(lines.at(-1)).toBe("6 problems found.");
  });

  it("npm run validate exits 0 on the project's data", async () => {
    const result = await run("npx", ["tsx", "scripts/validate.ts"]);
    expect(result.stdout).toMatch(/All tables in data\/ are valid/);
  });

  it("npm run validate reports a table missing from the data folder", async () => {
    const result = await run("npx", ["tsx", "scripts/validate.ts"], {
      env: { ...process.env, BTC_DATA_DIR: dataDir },
    }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/tests\/fixtures\/data\/ruble\.csv:1:1: file not found/);
  });

  it("a failing data loader writes nothing to stdout and exits non-zero", async () => {
    const result = await run("npx", ["tsx", "docs/data/[table].csv.ts", "--table=events"], {
      env: { ...process.env, BTC_DATA_DIR: join(fixtures, "broken") },
    }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/events\.csv:2:1: date: 1917-02-30/);
  });
});
