/**
 * The /explore workbench: column types, filters (combined with AND, ranges on
 * dates, blanks), sorting, the state ⇄ query string (a round trip, and
 * malformed addresses falling back), the downloads' CSV and JSON, the chart a
 * choice of x and y calls for, and the component in jsdom.
 */
import { csvParse } from "d3";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { loadTable } from "../loaders/index.js";
import { workbench, workbenchChart } from "../src/components/workbench.js";
import {
  applyFilters,
  BLANK,
  COUNT,
  chartPlan,
  defaultState,
  inferTypes,
  mergeQuery,
  NONE,
  parseState,
  parseTable,
  type Row,
  rowsToCsv,
  rowsToJson,
  sortRows,
  stateParams,
  type TableInfo,
  tableInfo,
  type WorkbenchState,
} from "../src/workbench.js";
import { newDocument } from "./snapshot.js";

const cities: Row[] = [
  { city: "Kazan", zone: "Volga", date: "1917-11-08", pop: 200, mode: "armed", note: null },
  { city: "Samara", zone: "Volga", date: "1917-11-08", pop: 150, mode: "peaceful", note: "" },
  { city: "Omsk", zone: "Siberia", date: "1917-12-13", pop: 130, mode: "armed", note: "Taken twice" },
  { city: "Tomsk", zone: "Siberia", date: "1917-12-19", pop: null, mode: "peaceful", note: null },
  { city: "Kiev", zone: "Ukraine", date: "1918-02-08", pop: 500, mode: "armed", note: 'The "second" attempt' },
  { city: "Orenburg", zone: "Urals", date: null, pop: 100, mode: null, note: null },
];
const info: TableInfo = tableInfo("cities", cities);
const state = (changes: Partial<WorkbenchState> = {}): WorkbenchState => ({ ...defaultState(info), ...changes });
const names = (rows: readonly Row[]) => rows.map((r) => r.city);

describe("column types", () => {
  it("tells numbers, ISO dates and text apart, ignoring blanks", () => {
    expect(inferTypes(cities)).toEqual({
      city: "text",
      zone: "text",
      date: "date",
      pop: "number",
      mode: "text",
      note: "text",
    });
    // Not every cell an ISO day (a month, an impossible day): text.
    expect(inferTypes([{ d: "1918-02" }, { d: "1918-02-01" }]).d).toBe("text");
    expect(inferTypes([{ d: "1918-02-30" }]).d).toBe("text");
    expect(inferTypes([{ d: null }]).d).toBe("text");
  });

  it("the published tables type as their schemas say", async () => {
    const rows = (await loadTable("ruble-derived")).objects() as Row[];
    const types = inferTypes(rows);
    expect(types.date).toBe("date");
    expect(types.usd_cents).toBe("number");
    expect(types.series).toBe("text");
  });
});

describe("filters", () => {
  it("two filters combine: a row must pass both", () => {
    const volga = applyFilters(cities, [{ column: "zone", op: "is", value: "Volga" }], info.types);
    const armed = applyFilters(cities, [{ column: "mode", op: "is", value: "armed" }], info.types);
    const both = applyFilters(
      cities,
      [
        { column: "zone", op: "is", value: "Volga" },
        { column: "mode", op: "is", value: "armed" },
      ],
      info.types,
    );
    expect(names(volga)).toEqual(["Kazan", "Samara"]);
    expect(names(armed)).toEqual(["Kazan", "Omsk", "Kiev"]);
    expect(names(both)).toEqual(["Kazan"]);
  });

  it("a range on dates is inclusive, may be open at one end, and leaves blanks out", () => {
    const range = (min: string, max: string) =>
      names(applyFilters(cities, [{ column: "date", op: "range", min, max }], info.types));
    expect(range("1917-11-08", "1917-12-13")).toEqual(["Kazan", "Samara", "Omsk"]);
    expect(range("1917-12-14", "")).toEqual(["Tomsk", "Kiev"]);
    expect(range("", "1917-11-08")).toEqual(["Kazan", "Samara"]);
    // An open range filters nothing, blanks included.
    expect(range("", "")).toHaveLength(cities.length);
  });

  it("a range on numbers compares numbers, not text", () => {
    const rows = applyFilters(cities, [{ column: "pop", op: "range", min: "99", max: "200" }], info.types);
    expect(names(rows)).toEqual(["Kazan", "Samara", "Omsk", "Orenburg"]);
  });

  it("(blank) matches blank cells, null and empty text alike; contains ignores case", () => {
    expect(names(applyFilters(cities, [{ column: "note", op: "is", value: BLANK }], info.types))).toEqual([
      "Kazan",
      "Samara",
      "Tomsk",
      "Orenburg",
    ]);
    expect(names(applyFilters(cities, [{ column: "date", op: "is", value: BLANK }], info.types))).toEqual(["Orenburg"]);
    expect(names(applyFilters(cities, [{ column: "note", op: "contains", value: "TAKEN" }], info.types))).toEqual([
      "Omsk",
    ]);
  });
});

describe("sorting", () => {
  it("sorts numbers as numbers, blanks last in either direction, ties in table order", () => {
    expect(names(sortRows(cities, { column: "pop", descending: false }, info.types))).toEqual([
      "Orenburg",
      "Omsk",
      "Samara",
      "Kazan",
      "Kiev",
      "Tomsk",
    ]);
    expect(names(sortRows(cities, { column: "pop", descending: true }, info.types))).toEqual([
      "Kiev",
      "Kazan",
      "Samara",
      "Omsk",
      "Orenburg",
      "Tomsk",
    ]);
    expect(names(sortRows(cities, { column: "date", descending: true }, info.types)).slice(0, 5)).toEqual([
      "Kiev",
      "Tomsk",
      "Omsk",
      "Kazan",
      "Samara",
    ]);
    expect(sortRows(cities, null)).toEqual(cities);
  });
});

describe("the state in the address", () => {
  const chosen = state({
    filters: [
      { column: "zone", op: "is", value: "Volga & Don: a=b" },
      { column: "date", op: "range", min: "1917-11-01", max: "" },
      { column: "note", op: "contains", value: "taken: twice" },
      { column: "note", op: "is", value: BLANK },
    ],
    columns: ["city", "date", "pop"],
    sort: { column: "pop", descending: true },
    x: "date",
    y: "pop",
    color: "zone",
  });

  it("round-trips: the query string gives back the same state", () => {
    const query = stateParams(chosen, info).toString();
    expect(query).toContain("sort=-pop");
    expect(parseState(query, info)).toEqual(chosen);
    expect(parseState(`?${query}`, info)).toEqual(chosen);
    expect(parseTable(query, ["other", "cities"])).toBe("cities");
  });

  it("leaves defaults out, and keeps the page's other parameters", () => {
    expect(stateParams(defaultState(info), info, "cities").toString()).toBe("");
    const query = mergeQuery("?date=1918-01-14&x=city&filter=old:is:1", chosen, info, "cities");
    const params = new URLSearchParams(query);
    expect(params.get("date")).toBe("1918-01-14");
    expect(params.getAll("filter")).toHaveLength(4);
    // The chart's x is the table's default (its first date column): left out.
    expect([params.get("x"), params.get("y"), params.get("color")]).toEqual([null, "pop", "zone"]);
    expect(mergeQuery("?date=1918-01-14&x=pop", defaultState(info), info, "cities")).toBe("?date=1918-01-14");
  });

  it("a malformed address falls back to the defaults, part by part, without throwing", () => {
    const defaults = defaultState(info);
    for (const bad of [
      "",
      "?",
      "%E0%A4%A",
      "?filter=&filter=:&filter=zone&filter=zone:equals:Volga&filter=nope:is:1",
      "?filter=date:range:1918-02-30..&filter=date:range:soon..later&filter=pop:range:1..2..3&filter=pop:contains:1",
      "?filter=pop:range:abc..",
      "?columns=&sort=-&x=%00&y=nothing&color=",
      "?columns=,,,nope&sort=--pop&x=&y=(counts)&color=(nada)",
      "?table[]=1&sort[]=x&y[]=z",
    ]) {
      expect(parseState(bad, info), bad).toEqual(defaults);
    }
    expect(parseTable("?table=%ZZ", ["a", "b"])).toBe("a");
    expect(parseTable("?table=b&table=a", ["a", "b"])).toBe("b");
    // The good parts of a half-good address are kept.
    const half = parseState("?filter=zone:is:Volga&filter=bogus&x=nope&y=pop", info);
    expect(half.filters).toEqual([{ column: "zone", op: "is", value: "Volga" }]);
    expect([half.x, half.y]).toEqual([defaults.x, "pop"]);
  });
});

describe("downloads", () => {
  it("CSV quotes commas, quotes and line breaks, leaves blanks empty, and reads back the same", () => {
    const rows: Row[] = [
      { a: "plain", b: 'He said "no", twice', c: 1.5 },
      { a: "line\nbreak", b: null, c: null },
      { a: " spaced ", b: "", c: 0 },
    ];
    const csv = rowsToCsv(rows, ["a", "b", "c"]);
    expect(csv).toBe('a,b,c\nplain,"He said ""no"", twice",1.5\n"line\nbreak",,\n spaced ,,0\n');
    expect(csvParse(csv)).toEqual(
      expect.arrayContaining([
        { a: "plain", b: 'He said "no", twice', c: "1.5" },
        { a: "line\nbreak", b: "", c: "" },
      ]),
    );
  });

  it("carries the chosen columns in the chosen order; JSON keeps blanks as null", () => {
    const view = sortRows(applyFilters(cities, [{ column: "zone", op: "is", value: "Siberia" }], info.types), {
      column: "date",
      descending: true,
    });
    expect(rowsToCsv(view, ["city", "pop"])).toBe("city,pop\nTomsk,\nOmsk,130\n");
    expect(JSON.parse(rowsToJson(view, ["city", "pop"]))).toEqual([
      { city: "Tomsk", pop: null },
      { city: "Omsk", pop: 130 },
    ]);
    expect(rowsToJson([], ["city"])).toBe("[]\n");
  });
});

describe("the chart", () => {
  it("picks its mark from the types of x and y", () => {
    const plan = (x: string, y: string, color = NONE) => chartPlan({ x, y, color }, info);
    expect(plan("zone", COUNT).mark).toBe("bar-count");
    expect(plan("date", COUNT).mark).toBe("histogram");
    expect(plan("pop", COUNT).mark).toBe("histogram");
    expect(plan("date", "pop").mark).toBe("dot");
    expect(plan("zone", "pop").mark).toBe("strip");
    expect(plan("pop", "zone").mark).toBe("strip");
    expect(plan("zone", "mode", "city")).toMatchObject({ mark: "grid", color: null });
    expect(plan("date", "pop", "zone").color).toBe("zone");
  });

  it("a dot a row where x and y are numbers or dates, placed by their values", () => {
    const document = newDocument();
    const plan = chartPlan({ x: "date", y: "pop", color: NONE }, info);
    const chart = workbenchChart(cities, plan, { document, width: 600, tableTitle: "Cities" });
    expect(chart.querySelector("h3")?.textContent).toBe("pop against date");
    expect(chart.querySelector(".btc-subtitle")?.textContent).toBe("4 rows of Cities; 2 with no date or pop left out.");
    const svg = chart.querySelector("svg");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("aria-label")).toBe("pop against date");
    expect(svg?.getAttribute("aria-description")).toMatch(/^Scatter plot of 4 rows of Cities: pop/);
    const dots = [...chart.querySelectorAll('[data-mark="dot"] circle')];
    expect(dots).toHaveLength(4);
    const at = dots.map((d) => [Number(d.getAttribute("cx")), Number(d.getAttribute("cy"))] as const);
    // Kazan (8 Nov, 200), Samara (8 Nov, 150), Omsk (13 Dec, 130), Kiev (8 Feb, 500): later is further right, more is higher up.
    const point = (i: number): readonly [number, number] => at[i] ?? [Number.NaN, Number.NaN];
    const [kazan, samara, omsk, kiev] = [point(0), point(1), point(2), point(3)];
    expect(kazan[0]).toBe(samara[0]);
    expect(omsk[0]).toBeGreaterThan(kazan[0]);
    expect(kiev[0]).toBeGreaterThan(omsk[0]);
    expect(kiev[1]).toBeLessThan(kazan[1]);
    expect(kazan[1]).toBeLessThan(samara[1]);
  });

  it("bars of counts when y is (count): a bar for each value of x, longest first, blanks named", () => {
    const document = newDocument();
    const plan = chartPlan({ x: "mode", y: COUNT, color: NONE }, info);
    const chart = workbenchChart(cities, plan, { document, width: 600 });
    expect(chart.querySelector("h3")?.textContent).toBe("Number of rows by mode");
    const bars = [...chart.querySelectorAll('[data-mark="bar"] rect')];
    expect(bars).toHaveLength(3);
    const widths = bars.map((b) => Number(b.getAttribute("width")));
    // armed 3, peaceful 2, (blank) 1: lengths in proportion, longest first.
    expect((widths[0] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(1.5);
    expect((widths[1] ?? 0) / (widths[2] ?? 1)).toBeCloseTo(2);
    const labels = [...chart.querySelectorAll('[data-mark="axis-y"] text, [data-mark="y-axis tick label"] text')].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(["armed", "peaceful", BLANK]);
  });

  it("coloured by a column: a legend, and the colour named in the title", () => {
    const document = newDocument();
    const chart = workbenchChart(cities, chartPlan({ x: "date", y: COUNT, color: "zone" }, info), {
      document,
      width: 600,
    });
    expect(chart.querySelector("h3")?.textContent).toBe("Number of rows by date, coloured by zone");
    expect(chart.querySelectorAll('[data-mark="rect"] rect').length).toBeGreaterThan(0);
    expect(chart.textContent).toContain("Siberia");
  });
});

describe("the workbench in a page", () => {
  const page = (query: string) => {
    const dom = new JSDOM("<!doctype html><html><body></body></html>", { url: `https://example.org/explore${query}` });
    return dom.window;
  };
  const tables = [
    { name: "cities", title: "Cities", rows: cities, columns: ["city", "zone", "date"] },
    { name: "other", title: "Other", rows: async () => [{ a: 1 }, { a: 2 }] },
  ];

  it("reads its view from the address: filters, columns, sort", () => {
    const window = page("?filter=zone:is:Siberia&filter=date:range:1917-12-15..&sort=-city&columns=city,date");
    const element = workbench(tables, { document: window.document, width: 500 });
    window.document.body.append(element);
    expect(element.querySelector(".btc-wb-status")?.textContent).toBe("1 of 6 rows pass the filters.");
    const head = [...element.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(head).toEqual(["city ▼", "date"]);
    expect(element.querySelector("thead th")?.getAttribute("aria-sort")).toBe("descending");
    expect([...element.querySelectorAll("tbody td")].map((td) => td.textContent)).toEqual(["Tomsk", "1917-12-19"]);
    expect(element.querySelectorAll(".btc-wb-filter")).toHaveLength(2);
    const labelled = [...element.querySelectorAll("select, input")].filter(
      (control) => !control.id || !element.querySelector(`label[for="${control.id}"]`),
    );
    // Every control has a label (the column checkboxes are inside theirs).
    expect(labelled.every((c) => c.closest("label"))).toBe(true);
  });

  it("a click on a column's header sorts by it and writes the address; a second click turns the order", () => {
    const window = page("?keep=me");
    const seen: string[] = [];
    const element = workbench(tables, { document: window.document, width: 500, onChange: (_, q) => seen.push(q) });
    window.document.body.append(element);
    const header = () =>
      [...element.querySelectorAll<HTMLButtonElement>("thead button")].find((b) => b.textContent?.startsWith("city"));
    header()?.click();
    expect([...element.querySelectorAll("tbody tr")].map((tr) => tr.firstElementChild?.textContent)).toEqual([
      "Kazan",
      "Kiev",
      "Omsk",
      "Orenburg",
      "Samara",
      "Tomsk",
    ]);
    expect(window.location.search).toBe("?keep=me&sort=city");
    header()?.click();
    expect(window.location.search).toBe("?keep=me&sort=-city");
    expect(element.querySelector("thead th")?.getAttribute("aria-sort")).toBe("descending");
    expect(seen.at(-1)).toBe("?keep=me&sort=-city");
  });

  it("adding a filter through its controls narrows the rows and the chart", () => {
    const window = page("");
    const element = workbench(tables, { document: window.document, width: 500 });
    window.document.body.append(element);
    element.querySelector<HTMLButtonElement>("#btc-wb-add")?.click();
    const column = element.querySelector<HTMLSelectElement>("#btc-wb-filter-0-column");
    if (!column) throw new Error("no column select");
    column.value = "zone";
    column.dispatchEvent(new window.Event("change"));
    const value = element.querySelector<HTMLSelectElement>("#btc-wb-filter-0-value");
    if (!value) throw new Error("no value select");
    expect([...value.options].map((o) => o.value)).toEqual(["Siberia", "Ukraine", "Urals", "Volga"]);
    value.value = "Volga";
    value.dispatchEvent(new window.Event("change"));
    expect(element.querySelector(".btc-wb-status")?.textContent).toBe("2 of 6 rows pass the filters.");
    expect(new URLSearchParams(window.location.search).getAll("filter")).toEqual(["zone:is:Volga"]);
    expect(element.querySelector(".btc-wb-chart h3")?.textContent).toBe("Number of rows by date");
    expect(element.querySelectorAll('.btc-wb-chart [data-mark="rect"] rect').length).toBeGreaterThan(0);
  });

  it("switching table loads it and starts from its defaults", async () => {
    const window = page("?filter=zone:is:Volga");
    const element = workbench(tables, { document: window.document, width: 500 });
    window.document.body.append(element);
    const picker = element.querySelector<HTMLSelectElement>("#btc-wb-table");
    if (!picker) throw new Error("no table select");
    picker.value = "other";
    picker.dispatchEvent(new window.Event("change"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.querySelector(".btc-wb-status")?.textContent).toBe("2 of 2 rows.");
    expect(window.location.search).toBe("?table=other");
  });
});
