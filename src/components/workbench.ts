/**
 * The /explore workbench on the page: pick a published table, filter it on
 * any columns at once, choose and sort its columns, chart the rows, and
 * download them as CSV or JSON. Every choice is kept in the page's address,
 * so a link reproduces the view. The logic is in `../workbench.ts`; this is
 * the DOM around it, built with native, labelled form controls, and every
 * text from the data is set as text.
 */
import * as Plot from "@observablehq/plot";
import { figure } from "../figure.js";
import { categorical, plotStyle } from "../theme.js";
import {
  BLANK,
  type ChartPlan,
  COUNT,
  type ColumnType,
  categoryLabels,
  cellText,
  chartDescription,
  chartPlan,
  chartTitle,
  defaultState,
  distinctValues,
  type Filter,
  filterOps,
  isBlank,
  MAX_FILTERS,
  mergeQuery,
  NONE,
  newFilter,
  parseState,
  parseTable,
  type Row,
  rowsToCsv,
  rowsToJson,
  type TableInfo,
  tableInfo,
  viewRows,
  type WorkbenchState,
} from "../workbench.js";
import { download } from "./share-bar.js";

/** A table the workbench offers. */
export interface WorkbenchTable {
  /** Its published name (`/data/<name>.json`), also its name in the address. */
  name: string;
  /** What the reader sees in the table picker. */
  title: string;
  /** The rows, or how to load them (only when the reader picks the table). */
  rows: readonly Row[] | (() => Promise<readonly Row[]>);
  /** The columns shown at first (default: all). */
  columns?: readonly string[];
  /** The chart at first. */
  x?: string;
  y?: string;
  color?: string;
}

/** Options of `workbench`. */
export interface WorkbenchOptions {
  document?: Document;
  /** The chart's width; by default the workbench's own, followed as it changes. */
  width?: number;
  /** The query string to start from (default: the page's address). */
  search?: string;
  /** Keep the state in the page's address (default: true in a browser). */
  address?: boolean;
  /** Rows shown before "Show all" (default 100). */
  rowLimit?: number;
  /** Called after every change, with the state and its query string. */
  onChange?: (state: WorkbenchState, query: string) => void;
}

/** How many of a text column's values keep their own bar or line; the rest are "Other". */
const MAX_CATEGORIES = 25;
/** How many values keep their own colour (the palette's last, neutral colour is "Other"). */
const MAX_COLOURS = 6;
const PREFIX = "btc-wb";
const OP_LABELS: Record<string, string> = { is: "is", contains: "contains", range: "between" };

/** A chart value: a number, a date (UTC), text, or null for a blank. */
type Value = number | Date | string | null;

function chartValue(value: unknown, type: ColumnType, labels?: Map<string, string>): Value {
  if (type === "text") {
    const key = isBlank(value) ? BLANK : cellText(value);
    return labels?.get(key) ?? key;
  }
  if (isBlank(value)) return null;
  return type === "number" ? Number(value) : new Date(`${cellText(value)}T00:00:00Z`);
}

/** The labels of a text axis, most frequent first and "Other" last. */
function domainOf(labels: Map<string, string>): string[] {
  const domain = [...new Set(labels.values())];
  const other = domain.find((d) => d.startsWith("Other ("));
  return other ? [...domain.filter((d) => d !== other), other] : domain;
}

const shorten = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The left margin that fits a text axis's labels, within reason on a phone. */
const labelMargin = (domain: readonly string[], width: number) =>
  Math.min(Math.round(width * 0.45), 12 + 6.5 * Math.max(4, ...domain.map((d) => shorten(d).length)));

/** Options of `workbenchChart`. */
export interface WorkbenchChartOptions {
  document?: Document;
  width?: number;
  /** The table's title, for the chart's subtitle and description. */
  tableTitle?: string;
}

/**
 * The chart of the view's rows that `plan` calls for, framed with a title
 * saying what it shows, a subtitle with the rows drawn (and those left out for
 * a blank), a colour legend, and a description for screen readers.
 */
export function workbenchChart(
  rows: readonly Row[],
  plan: ChartPlan,
  { document = globalThis.document, width = 640, tableTitle = "the table" }: WorkbenchChartOptions = {},
): HTMLElement {
  const counted = plan.yType === null;
  const xLabels = plan.xType === "text" ? categoryLabels(rows, plan.x, MAX_CATEGORIES) : undefined;
  const yLabels = plan.yType === "text" ? categoryLabels(rows, plan.y, MAX_CATEGORIES) : undefined;
  const cLabels = plan.color ? categoryLabels(rows, plan.color, MAX_COLOURS + 1) : undefined;
  const data = rows
    .map((row) => ({
      x: chartValue(row[plan.x], plan.xType, xLabels),
      y: counted ? 0 : chartValue(row[plan.y], plan.yType ?? "text", yLabels),
      c: plan.color ? chartValue(row[plan.color], "text", cLabels) : null,
    }))
    .filter((d) => d.x !== null && d.y !== null);
  const left = rows.length - data.length;
  const title = chartTitle(plan);
  const subtitle = `${data.length} ${data.length === 1 ? "row" : "rows"} of ${tableTitle}${
    left ? `; ${left} with no ${counted ? plan.x : `${plan.x} or ${plan.y}`} left out` : ""
  }.`;
  const description = chartDescription(plan, data.length, tableTitle);
  const palette = categorical("auto");
  const colourDomain = cLabels ? domainOf(cLabels) : [];
  const color = plan.color
    ? {
        domain: colourDomain,
        // The neutral last colour for "Other", the hues for the values.
        range: colourDomain.map((d, i) =>
          d.startsWith("Other (") ? (palette[palette.length - 1] ?? "gray") : (palette[i] ?? "gray"),
        ),
      }
    : undefined;
  const fill = plan.color ? "c" : (palette[0] ?? "currentColor");
  const style = plotStyle("auto");

  let options: Plot.PlotOptions;
  if (plan.mark === "bar-count") {
    const domain = domainOf(xLabels ?? new Map());
    options = {
      height: 40 + 22 * domain.length,
      marginLeft: labelMargin(domain, width),
      x: { label: "Number of rows", grid: true },
      y: { label: plan.x, domain, tickFormat: (d: string) => shorten(d) },
      marks: [Plot.barX(data, Plot.groupY({ x: "count" }, { y: "x", fill })), Plot.ruleX([0])],
    };
  } else if (plan.mark === "histogram") {
    options = {
      height: 300,
      x: { label: plan.x },
      y: { label: "Number of rows", grid: true },
      marks: [Plot.rectY(data, Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "x", fill })), Plot.ruleY([0])],
    };
  } else if (plan.mark === "strip") {
    // The text column goes down the side, whichever axis it was chosen for, so its labels stay readable.
    const textOnX = plan.xType === "text";
    const domain = domainOf((textOnX ? xLabels : yLabels) ?? new Map());
    options = {
      height: 40 + 22 * domain.length,
      marginLeft: labelMargin(domain, width),
      x: { label: textOnX ? plan.y : plan.x, grid: true },
      y: { label: textOnX ? plan.x : plan.y, domain, tickFormat: (d: string) => shorten(d) },
      marks: [
        Plot.dot(data, {
          x: textOnX ? "y" : "x",
          y: textOnX ? "x" : "y",
          fill,
          r: 3.5,
          fillOpacity: 0.8,
          tip: true,
        }),
      ],
    };
  } else if (plan.mark === "grid") {
    const xDomain = domainOf(xLabels ?? new Map());
    const yDomain = domainOf(yLabels ?? new Map());
    options = {
      height: 60 + 24 * yDomain.length + 6 * Math.max(...xDomain.map((d) => shorten(d, 20).length)),
      marginLeft: labelMargin(yDomain, width),
      marginBottom: 20 + 6 * Math.max(...xDomain.map((d) => shorten(d, 20).length)),
      x: { label: plan.x, domain: xDomain, tickRotate: -45, tickFormat: (d: string) => shorten(d, 20) },
      y: { label: plan.y, domain: yDomain, tickFormat: (d: string) => shorten(d) },
      r: { range: [2, 10] },
      marks: [Plot.dot(data, Plot.group({ r: "count" }, { x: "x", y: "y", fill, tip: true }))],
    };
  } else {
    options = {
      height: 360,
      x: { label: plan.x, grid: true },
      y: { label: plan.y, grid: true },
      marks: [Plot.dot(data, { x: "x", y: "y", fill, r: 3, fillOpacity: 0.8, tip: true })],
    };
  }
  const plot = Plot.plot({
    ...options,
    document,
    width,
    style,
    ...(color ? { color } : {}),
    ariaLabel: title,
    ariaDescription: description,
  }) as Element & { legend?: (name: "color", options?: object) => Element | undefined };
  const legend = plan.color ? (plot.legend?.("color", { style: plotStyle("auto", 1, "label") }) ?? null) : null;
  if (!data.length) {
    const empty = document.createElement("p");
    empty.className = "btc-wb-empty";
    empty.textContent = `No row to draw: ${rows.length ? "every row has a blank here" : "no row matches the filters"}.`;
    return figure({ document, id: "workbench", title, subtitle, plot: empty });
  }
  return figure({ document, id: "workbench", title, subtitle, legend, plot });
}

/** An element with a class and, when given, its text. */
function make<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A `<select>` with its visible label, the options as [value, text] pairs. */
function labelledSelect(
  document: Document,
  id: string,
  label: string,
  choices: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const wrap = make(document, "span", "btc-wb-field");
  const l = make(document, "label", undefined, label);
  l.htmlFor = id;
  const select = make(document, "select");
  select.id = id;
  for (const [v, text] of choices) {
    const option = make(document, "option", undefined, text);
    option.value = v;
    select.append(option);
  }
  select.value = value;
  select.addEventListener("change", () => onChange(select.value));
  wrap.append(l, select);
  return wrap;
}

/** An `<input>` with its visible label. */
function labelledInput(
  document: Document,
  id: string,
  label: string,
  type: string,
  value: string,
  onInput: (value: string) => void,
  attributes: Record<string, string> = {},
): HTMLElement {
  const wrap = make(document, "span", "btc-wb-field");
  const l = make(document, "label", undefined, label);
  l.htmlFor = id;
  const input = make(document, "input");
  input.id = id;
  input.type = type;
  input.value = value;
  for (const [k, v] of Object.entries(attributes)) input.setAttribute(k, v);
  input.addEventListener("input", () => onInput(input.value));
  wrap.append(l, input);
  return wrap;
}

function button(document: Document, text: string, action: () => void, label?: string): HTMLButtonElement {
  const b = make(document, "button", "btc-wb-button", text);
  b.type = "button";
  if (label) b.setAttribute("aria-label", label);
  b.addEventListener("click", action);
  return b;
}

const typeWord: Record<ColumnType, string> = { number: "number", date: "date", text: "text" };

/**
 * The workbench: `(tables, {width, ...options}) → element`. The first table
 * is the default; the state is read from the address (or `search`) and
 * written back on every change.
 */
export function workbench(tables: readonly WorkbenchTable[], options: WorkbenchOptions = {}): HTMLElement {
  const { document = globalThis.document, rowLimit = 100, onChange } = options;
  const window = document.defaultView;
  const address = options.address ?? Boolean(window?.history && window.location.protocol !== "about:");
  const names = tables.map((t) => t.name);
  const root = make(document, "div", "btc-workbench");
  const controls = make(document, "div", "btc-wb-controls");
  const output = make(document, "div", "btc-wb-output");
  const chartControls = make(document, "div", "btc-wb-chart-controls");
  const chartBox = make(document, "div", "btc-wb-chart");
  const status = make(document, "p", "btc-wb-status");
  status.setAttribute("role", "status");
  root.append(
    controls,
    status,
    output,
    make(document, "h3", "btc-wb-heading", "Chart these rows"),
    chartControls,
    chartBox,
  );

  const loaded = new Map<string, readonly Row[]>();
  let rows: readonly Row[] = [];
  let info: TableInfo = tableInfo(names[0] ?? "", []);
  let state: WorkbenchState = defaultState(info);
  let showAll = false;
  let columnsOpen = false;
  let chartWidth = 0;
  let generation = 0;

  const current = () => tables.find((t) => t.name === state.table) ?? tables[0];
  const search = () => options.search ?? window?.location.search ?? "";

  /** Rebuilds a part of the workbench, keeping the keyboard focus on the control it was on. */
  const keepingFocus = (rebuild: () => void) => {
    const active = document.activeElement as HTMLElement | null;
    const id = active && root.contains(active) ? active.id : "";
    rebuild();
    if (id) (document.getElementById(id) ?? root.querySelector<HTMLElement>(`#${PREFIX}-add`))?.focus();
  };

  const save = () => {
    const query = mergeQuery(address ? (window?.location.search ?? "") : "", state, info, names[0]);
    if (address && window) {
      window.history.replaceState(
        window.history.state,
        "",
        `${window.location.pathname}${query}${window.location.hash}`,
      );
    }
    onChange?.(state, query);
  };

  /** Everything that follows from the state: rows, table, chart, address. */
  const update = ({ rebuildControls = false } = {}) => {
    keepingFocus(() => {
      if (rebuildControls) renderControls();
      renderOutput();
      renderChart();
    });
    save();
  };

  const setFilter = (i: number, filter: Filter, rebuild = false) => {
    state = { ...state, filters: state.filters.map((f, j) => (j === i ? filter : f)) };
    update({ rebuildControls: rebuild });
  };

  function filterRow(filter: Filter, i: number): HTMLElement {
    const row = make(document, "div", "btc-wb-filter");
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", `Filter ${i + 1}`);
    const id = `${PREFIX}-filter-${i}`;
    const type = info.types[filter.column] ?? "text";
    row.append(
      labelledSelect(
        document,
        `${id}-column`,
        "Column",
        info.columns.map((c) => [c, `${c} (${typeWord[info.types[c] ?? "text"]})`] as const),
        filter.column,
        (column) => setFilter(i, newFilter(column, info.types[column] ?? "text", rows), true),
      ),
    );
    // Numbers and dates: a range, or one value (a blank among them); text: one value, or a part of it.
    const ops = filterOps(type);
    row.append(
      labelledSelect(
        document,
        `${id}-op`,
        "Test",
        ops.map((op) => [op, OP_LABELS[op] ?? op] as const),
        filter.op,
        (op) => {
          const values = distinctValues(rows, filter.column);
          const next: Filter =
            op === "range"
              ? { column: filter.column, op: "range", min: "", max: "" }
              : op === "contains"
                ? { column: filter.column, op: "contains", value: "" }
                : { column: filter.column, op: "is", value: type === "text" ? (values[0] ?? BLANK) : BLANK };
          setFilter(i, next, true);
        },
      ),
    );
    if (filter.op === "is") {
      const values = distinctValues(rows, filter.column);
      if (!values.includes(filter.value)) values.unshift(filter.value);
      row.append(
        labelledSelect(
          document,
          `${id}-value`,
          "Value",
          values.map((v) => [v, shorten(v, 60)] as const),
          filter.value,
          (value) => setFilter(i, { ...filter, value }),
        ),
      );
    } else if (filter.op === "contains") {
      row.append(
        labelledInput(document, `${id}-value`, "Text", "search", filter.value, (value) =>
          setFilter(i, { ...filter, value }),
        ),
      );
    } else {
      const inputType = type === "date" ? "date" : "number";
      // A date picker opens on the column's own years.
      const days = rows
        .map((r) => cellText(r[filter.column]))
        .filter(Boolean)
        .sort();
      const bounds: Record<string, string> =
        type === "number"
          ? { step: "any" }
          : days.length
            ? { min: days[0] ?? "", max: days[days.length - 1] ?? "" }
            : {};
      let range = filter;
      const set = (part: "min" | "max", value: string) => {
        range = { ...range, [part]: value };
        setFilter(i, range);
      };
      row.append(
        labelledInput(document, `${id}-min`, "From", inputType, filter.min, (v) => set("min", v), bounds),
        labelledInput(document, `${id}-max`, "to", inputType, filter.max, (v) => set("max", v), bounds),
      );
    }
    const remove = button(
      document,
      "Remove",
      () => {
        state = { ...state, filters: state.filters.filter((_, j) => j !== i) };
        update({ rebuildControls: true });
      },
      `Remove filter ${i + 1}`,
    );
    remove.id = `${id}-remove`;
    row.append(remove);
    return row;
  }

  function renderControls(): void {
    controls.replaceChildren();
    const tablePicker = labelledSelect(
      document,
      `${PREFIX}-table`,
      "Table",
      tables.map((t) => [t.name, t.title] as const),
      state.table,
      (name) => void choose(name, ""),
    );
    tablePicker.classList.add("btc-wb-table");
    controls.append(tablePicker);

    const filters = make(document, "fieldset", "btc-wb-filters");
    filters.append(make(document, "legend", undefined, "Filters (a row must pass them all)"));
    if (!state.filters.length) filters.append(make(document, "p", "btc-wb-note", "No filter: every row is shown."));
    state.filters.forEach((f, i) => {
      filters.append(filterRow(f, i));
    });
    const add = button(document, "Add a filter", () => {
      const column = info.columns[0];
      if (column === undefined) return;
      state = { ...state, filters: [...state.filters, newFilter(column, info.types[column] ?? "text", rows)] };
      update({ rebuildControls: true });
      document.getElementById(`${PREFIX}-filter-${state.filters.length - 1}-column`)?.focus();
    });
    add.id = `${PREFIX}-add`;
    add.disabled = state.filters.length >= MAX_FILTERS || !info.columns.length;
    filters.append(add);
    controls.append(filters);

    const sorting = make(document, "div", "btc-wb-sort");
    sorting.append(
      labelledSelect(
        document,
        `${PREFIX}-sort`,
        "Sort by",
        [["", "(table order)"] as const, ...info.columns.map((c) => [c, c] as const)],
        state.sort?.column ?? "",
        (column) => {
          state = { ...state, sort: column ? { column, descending: state.sort?.descending ?? false } : null };
          update({ rebuildControls: true });
        },
      ),
      labelledSelect(
        document,
        `${PREFIX}-order`,
        "Order",
        [
          ["asc", "ascending"],
          ["desc", "descending"],
        ],
        state.sort?.descending ? "desc" : "asc",
        (order) => {
          if (!state.sort) return;
          state = { ...state, sort: { ...state.sort, descending: order === "desc" } };
          update();
        },
      ),
    );
    const order = sorting.querySelector<HTMLSelectElement>(`#${PREFIX}-order`);
    if (order) order.disabled = !state.sort;
    controls.append(sorting);

    const picker = make(document, "details", "btc-wb-columns");
    picker.append(
      make(document, "summary", "btc-wb-summary", `Columns: ${state.columns.length} of ${info.columns.length} shown`),
    );
    const box = make(document, "fieldset");
    box.append(make(document, "legend", undefined, "Columns shown and downloaded"));
    info.columns.forEach((c, i) => {
      const label = make(document, "label", "btc-wb-check");
      const check = make(document, "input");
      check.type = "checkbox";
      check.id = `${PREFIX}-column-${i}`;
      check.checked = state.columns.includes(c);
      check.addEventListener("change", () => {
        const chosen = new Set(state.columns);
        if (check.checked) chosen.add(c);
        else chosen.delete(c);
        // A table needs one column at least: the last one cannot be unticked.
        if (!chosen.size) {
          check.checked = true;
          return;
        }
        state = { ...state, columns: info.columns.filter((column) => chosen.has(column)) };
        const summary = picker.querySelector("summary");
        if (summary) summary.textContent = `Columns: ${state.columns.length} of ${info.columns.length} shown`;
        update();
      });
      label.append(check, document.createTextNode(` ${c}`));
      box.append(label);
    });
    const all = button(document, "Show all columns", () => {
      state = { ...state, columns: [...info.columns] };
      update({ rebuildControls: true });
    });
    all.id = `${PREFIX}-all-columns`;
    box.append(all);
    picker.append(box);
    picker.open = columnsOpen;
    picker.addEventListener("toggle", () => {
      columnsOpen = picker.open;
    });
    controls.append(picker);

    chartControls.replaceChildren();
    const columnChoices = info.columns.map((c) => [c, `${c} (${typeWord[info.types[c] ?? "text"]})`] as const);
    const setAxis = (axis: "x" | "y" | "color") => (value: string) => {
      state = { ...state, [axis]: value };
      update();
    };
    chartControls.append(
      labelledSelect(document, `${PREFIX}-x`, "x", columnChoices, state.x, setAxis("x")),
      labelledSelect(
        document,
        `${PREFIX}-y`,
        "y",
        [[COUNT, "(count of rows)"] as const, ...columnChoices],
        state.y,
        setAxis("y"),
      ),
      labelledSelect(
        document,
        `${PREFIX}-color`,
        "Colour",
        [[NONE, "(none)"] as const, ...columnChoices],
        state.color,
        setAxis("color"),
      ),
    );
  }

  let shown: Row[] = [];

  function renderOutput(): void {
    shown = viewRows(rows, state, info);
    status.textContent = shown.length
      ? `${shown.length} of ${rows.length} rows${state.filters.length ? " pass the filters" : ""}.`
      : `No row of ${rows.length} passes these filters.`;
    output.replaceChildren();

    const downloads = make(document, "div", "btc-wb-downloads");
    downloads.setAttribute("role", "group");
    downloads.setAttribute("aria-label", "Download these rows");
    downloads.append(make(document, "span", undefined, "Download these rows:"));
    const csv = button(document, "CSV", () =>
      download(document, new Blob([rowsToCsv(shown, state.columns)], { type: "text/csv" }), `${state.table}-rows.csv`),
    );
    csv.id = `${PREFIX}-csv`;
    const json = button(document, "JSON", () =>
      download(
        document,
        new Blob([rowsToJson(shown, state.columns)], { type: "application/json" }),
        `${state.table}-rows.json`,
      ),
    );
    json.id = `${PREFIX}-json`;
    csv.setAttribute("aria-label", "Download these rows as CSV");
    json.setAttribute("aria-label", "Download these rows as JSON");
    downloads.append(csv, json);
    output.append(downloads);

    const scroller = make(document, "div", "btc-wb-scroll");
    scroller.tabIndex = 0;
    scroller.setAttribute("role", "region");
    scroller.setAttribute("aria-label", `Rows of ${current()?.title ?? state.table}`);
    const table = make(document, "table", "btc-wb-table");
    const caption = table.createCaption();
    caption.textContent = `${current()?.title ?? state.table}: ${
      shown.length > rowLimit && !showAll ? `the first ${rowLimit} of ${shown.length} rows` : `${shown.length} rows`
    }${state.sort ? `, sorted by ${state.sort.column} (${state.sort.descending ? "descending" : "ascending"})` : ""}`;
    const head = table.createTHead().insertRow();
    for (const column of state.columns) {
      const th = make(document, "th");
      th.scope = "col";
      const numeric = info.types[column] === "number";
      if (numeric) th.className = "btc-wb-number";
      const sorted = state.sort?.column === column;
      th.setAttribute("aria-sort", sorted ? (state.sort?.descending ? "descending" : "ascending") : "none");
      // The header's button sorts: ascending first, then each click turns the order round.
      const b = button(document, column, () => {
        state = { ...state, sort: { column, descending: sorted ? !state.sort?.descending : false } };
        update({ rebuildControls: true });
      });
      // The arrow is for the eye; aria-sort says the same to a screen reader.
      if (sorted) {
        const arrow = make(document, "span", "btc-wb-arrow", state.sort?.descending ? " ▼" : " ▲");
        arrow.setAttribute("aria-hidden", "true");
        b.append(arrow);
      }
      b.id = `${PREFIX}-head-${info.columns.indexOf(column)}`;
      b.className = "btc-wb-sort-button";
      b.title = `Sort by ${column}`;
      th.append(b);
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of showAll ? shown : shown.slice(0, rowLimit)) {
      const tr = body.insertRow();
      for (const column of state.columns) {
        const td = tr.insertCell();
        td.textContent = cellText(row[column]);
        if (info.types[column] === "number") td.className = "btc-wb-number";
        else if (info.types[column] === "date") td.className = "btc-wb-date";
      }
    }
    scroller.append(table);
    output.append(scroller);
    if (shown.length > rowLimit && !showAll) {
      const more = button(document, `Show all ${shown.length} rows`, () => {
        showAll = true;
        renderOutput();
        scroller.focus();
      });
      more.id = `${PREFIX}-more`;
      output.append(more);
    }
  }

  function renderChart(): void {
    const width = options.width ?? (root.clientWidth || 640);
    chartWidth = width;
    chartBox.replaceChildren(
      workbenchChart(shown, chartPlan(state, info), { document, width, tableTitle: current()?.title ?? state.table }),
    );
  }

  /** Shows a table: its rows loaded, the view read from `query` (a table switch starts from its defaults). */
  async function choose(name: string, query: string): Promise<void> {
    const mine = ++generation;
    const table = tables.find((t) => t.name === name) ?? tables[0];
    if (!table) return;
    let data = loaded.get(table.name);
    if (!data) {
      status.textContent = `Loading ${table.title}…`;
      try {
        data = typeof table.rows === "function" ? await table.rows() : table.rows;
      } catch (error) {
        status.textContent = `${table.title} could not be loaded (${(error as Error).message}). Reload the page to try again.`;
        return;
      }
      loaded.set(table.name, data);
    }
    if (mine !== generation) return;
    rows = data;
    info = tableInfo(table.name, rows, { defaultColumns: table.columns, x: table.x, y: table.y, color: table.color });
    state = parseState(query, info);
    showAll = false;
    update({ rebuildControls: true });
  }

  void choose(parseTable(search(), names), search());

  // The chart follows the workbench's width (a phone turned, a window resized).
  if (options.width === undefined && window && "ResizeObserver" in window) {
    const observer = new window.ResizeObserver(() => {
      const width = root.clientWidth;
      if (width && Math.abs(width - chartWidth) > 8 && info.columns.length) renderChart();
    });
    observer.observe(root);
  }
  return root;
}
