/**
 * Where does this come from? A panel with a city's or a government's row in
 * full: its dates in both calendars, how precise and how sure, the dates other
 * sources give, how and by whom, the note, a city's whole sequence through
 * 1918, and each source's full citation with its link. Opened by click, tap
 * or keyboard (Enter or Space on a focused mark or row) on any element that
 * names a row (`data-key`), kept in the address (`?focus=kiev`), and the row is
 * highlighted on every chart of the page.
 *
 * The page's own data leave out the notes and the full citations; the panel
 * loads the published tables the first time it opens.
 */
import { formatDate } from "../calendar.js";
import { type ControlRow, HOLDER_LABELS } from "../control.js";
import { fullCitation, type SourceRow } from "../sources.js";
import { ALIGNMENT_LABELS, type EntityRow, KIND_LABELS } from "../sovereignty.js";
import { rowKey } from "../state.js";
import { MODE_LABELS, type TakeoverRow, takeoverDate } from "../takeovers.js";
import { urlParams, writeUrlState } from "./url-state.js";

/** The published tables a panel shows rows of. */
export interface ProvenanceTables {
  takeovers?: readonly (TakeoverRow & { note: string | null })[];
  control?: readonly (ControlRow & { note: string | null })[];
  sovereignty?: readonly (EntityRow & { note: string | null })[];
  sources: readonly (SourceRow & { url?: string | null; note?: string | null })[];
}

export interface ProvenanceOptions {
  /** Loads the full published tables (with notes and sources), once, when the panel first opens. */
  load: () => Promise<ProvenanceTables>;
  document?: Document;
}

function text(document: Document, tag: string, content: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

/** A date as a reader sees it in both calendars: "8 February 1918 (26 January OS)". */
function dual(day: string | null): string {
  if (!day) return "—";
  const os = formatDate(day, "julian");
  const ns = formatDate(day);
  return os === ns || !os.endsWith("OS") ? ns : `${ns} (${os})`;
}

function sourceList(document: Document, ids: readonly string[], sources: ProvenanceTables["sources"]): HTMLElement {
  const list = document.createElement("ol");
  list.className = "btc-provenance-sources";
  for (const id of ids) {
    const source = sources.find((s) => s.id === id);
    const item = document.createElement("li");
    if (!source) item.textContent = id;
    else {
      item.append(text(document, "span", fullCitation(source)));
      // Addresses come from sources.csv, whose schema admits only http(s).
      if (source.url && /^https?:\/\//.test(source.url)) {
        const link = document.createElement("a");
        link.href = source.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        link.textContent = "link";
        item.append(" ", link);
      }
    }
    list.append(item);
  }
  return list;
}

function fields(document: Document, entries: readonly [string, string | null | undefined][]): HTMLElement {
  const list = document.createElement("dl");
  for (const [label, value] of entries) {
    if (value === null || value === undefined || value === "") continue;
    list.append(text(document, "dt", label), text(document, "dd", value));
  }
  return list;
}

const ids = (value: string | null | undefined) => (value ?? "").split(";").filter(Boolean);

/** `1918-02-09 (wp-battle-kyiv-1918); …` as a reader reads it: "9 February 1918 (wp-battle-kyiv-1918); …". */
function altText(value: string | null): string | null {
  return value
    ? value
        .replace(/(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})/g, (_, a: string, b: string) => `between ${a} and ${b}`)
        .replace(/(\d{4}-\d{2}-\d{2})/g, (day) => formatDate(day))
    : null;
}

/** The row's note, under a heading of its own: it is the longest part. */
function note(document: Document, value: string | null): HTMLElement[] {
  return value ? [text(document, "h3", "Note"), text(document, "p", value, "btc-provenance-note")] : [];
}

/** The panel's content for a city: its takeover row, its sequence, its sources. */
function cityContent(document: Document, key: string, tables: ProvenanceTables): HTMLElement[] | null {
  const row = tables.takeovers?.find((r) => rowKey(r.city) === key);
  if (!row) return null;
  const sequence = (tables.control ?? []).filter((r) => r.city === row.city);
  const out = [
    text(document, "h2", row.city),
    text(document, "p", `${row.province}, ${row.region}; today in ${row.modern_country}.`),
    fields(document, [
      [
        "Soviet power first established",
        row.date ? `${takeoverDate(row, "gregorian")} (NS); ${takeoverDate(row, "julian")}` : "no date in our sources",
      ],
      ["Precision", row.date_precision],
      [
        "Confidence",
        `${row.confidence} (${row.agreeing_sources} agreeing source${row.agreeing_sources === 1 ? "" : "s"})`,
      ],
      ["Other dates sources give", altText(row.alt_dates)],
      ["How", MODE_LABELS[row.mode]],
      ["Who", row.actors],
    ]),
    ...note(document, row.note),
  ];
  if (sequence.length) {
    out.push(text(document, "h3", "Who held it, 1917–1918"));
    const list = document.createElement("ol");
    for (const change of sequence) {
      const when = change.date
        ? change.date_precision === "day"
          ? dual(change.date)
          : `between ${dual(change.date)} and ${dual(change.date_end)}`
        : "no date";
      const to = HOLDER_LABELS[change.to].toLowerCase();
      const what = {
        "no-change": "No change of hands found through 1918",
        established: `Soviet power established, ${when}`,
        lost: `Lost to ${to}, ${when}`,
        regained: `Regained by Soviet power, ${when}`,
        transferred: `Passed to ${to}, ${when}`,
      }[change.event];
      const item = text(
        document,
        "li",
        `${what}${change.by ? ` — ${change.by}` : ""} (${change.confidence} confidence).`,
      );
      if (change.note) item.append(text(document, "p", change.note, "btc-provenance-note"));
      item.append(sourceList(document, ids(change.sources), tables.sources));
      list.append(item);
    }
    out.push(list);
  }
  out.push(
    text(document, "h3", "Sources of the first establishment"),
    sourceList(document, ids(row.sources), tables.sources),
  );
  return out;
}

/** The panel's content for a government. */
function governmentContent(document: Document, key: string, tables: ProvenanceTables): HTMLElement[] | null {
  const row = tables.sovereignty?.find((r) => rowKey(r.id) === key);
  if (!row) return null;
  return [
    text(document, "h2", row.name),
    fields(document, [
      ["Kind", KIND_LABELS[row.kind]],
      ["Alignment", ALIGNMENT_LABELS[row.alignment]],
      ["Capital", row.capital],
      ["First claim of its own rule", `${dual(row.claimed)} (${row.claimed_precision})`],
      [
        "Declaration of independence",
        row.independence ? `${dual(row.independence)} (${row.independence_precision})` : "none by the end of 1918",
      ],
      [
        "Ended",
        row.ended
          ? `${dual(row.ended)} (${row.ended_precision})${row.end_reason ? `: ${row.end_reason}` : ""}`
          : row.ended_precision === "after-1920"
            ? "still existing after 1920"
            : "end unknown",
      ],
      ["Note", row.note],
    ]),
    text(document, "h3", "Sources"),
    sourceList(document, ids(row.sources), tables.sources),
  ];
}

/**
 * A provenance panel for the page: `open(key)` shows a row's provenance, keeps
 * its key in the address and highlights it on every chart; clicks, taps and
 * Enter or Space on any element with `data-key` open it; Escape and the close
 * button close it. The address's `focus` opens it when the page loads.
 */
export function provenance({ load, document = globalThis.document }: ProvenanceOptions) {
  const panel = document.createElement("aside");
  panel.className = "btc-provenance";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-modal", "false");
  panel.setAttribute("aria-label", "Where this comes from");
  panel.hidden = true;
  // Fixed on the screen, out of the page's flow: it moves nothing when it comes.
  document.body?.append(panel);
  const body = document.createElement("div");
  const close = text(document, "button", "Close", "btc-provenance-close");
  close.setAttribute("type", "button");
  panel.append(close, body);
  let tables: Promise<ProvenanceTables> | null = null;
  let opener: HTMLElement | null = null;
  // One style rule highlights the row's marks wherever they are, through re-renders.
  const highlight = document.createElement("style");
  document.head?.append(highlight);

  async function open(key: string, from?: HTMLElement | null): Promise<void> {
    tables ??= load();
    opener = from ?? null;
    const data = await tables;
    const content = cityContent(document, key, data) ?? governmentContent(document, key, data);
    if (!content) return;
    body.replaceChildren(...content);
    panel.hidden = false;
    panel.dataset.key = key;
    highlight.textContent = `[data-key="${key}"] { stroke: var(--theme-foreground-focus, currentColor) !important; stroke-width: 3px !important; } tr:has([data-key="${key}"]) { outline: 2px solid var(--theme-foreground-focus, currentColor); }`;
    writeUrlState({ focus: key });
    close.focus();
  }

  function shut(): void {
    panel.hidden = true;
    highlight.textContent = "";
    delete panel.dataset.key;
    writeUrlState({ focus: "" });
    opener?.focus();
  }

  close.addEventListener("click", shut);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") shut();
  });
  const target = (event: Event) => (event.target as Element | null)?.closest?.<HTMLElement>("[data-key]");
  const onClick = (event: Event) => {
    const mark = target(event);
    if (mark?.dataset.key && !panel.contains(mark)) void open(mark.dataset.key, mark);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const mark = target(event);
    // A button opens it by its own click.
    if (!mark?.dataset.key || panel.contains(mark) || mark.tagName === "BUTTON") return;
    event.preventDefault();
    void open(mark.dataset.key, mark);
  };
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKey);
  const focus = urlParams().get("focus");
  if (focus) void open(rowKey(focus));
  /** Removes the panel, its listeners and its highlight (a page re-running its cell). */
  const dispose = () => {
    document.removeEventListener("click", onClick);
    document.removeEventListener("keydown", onKey);
    highlight.remove();
    panel.remove();
  };
  return { element: panel, open, close: shut, dispose };
}

/** The keys that move the focus between a chart's marks, and where to. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Makes a chart's marks that name a row (`data-key`) reachable by keyboard,
 * each a button named by its tooltip's first line. The chart is one Tab stop,
 * not one per mark (a map has over a hundred): Tab reaches its first mark, or
 * the one last visited, and the arrow keys, Home and End move between them.
 * A picture with controls in it is a group, not an image, for assistive
 * technology.
 */
export function focusableMarks(chart: HTMLElement): void {
  const marks = [...chart.querySelectorAll<SVGElement>("[data-key]")];
  if (!marks.length || chart.dataset.focusable) return;
  chart.dataset.focusable = "marks";
  const svg = chart.querySelector(":scope > svg");
  svg?.setAttribute("role", "group");
  marks.forEach((mark, i) => {
    mark.setAttribute("tabindex", i === 0 ? "0" : "-1");
    mark.setAttribute("role", "button");
    const name = mark.querySelector("title")?.textContent?.split("\n")[0] || mark.dataset.key || "";
    mark.setAttribute("aria-label", `${name}: where this comes from`);
  });
  chart.addEventListener("keydown", (event) => {
    const from = marks.indexOf(event.target as SVGElement);
    const move = MOVES[event.key];
    if (from < 0 || !move) return;
    event.preventDefault();
    const to = marks[move(from, marks.length)];
    marks[from]?.setAttribute("tabindex", "-1");
    to?.setAttribute("tabindex", "0");
    to?.focus();
  });
}

/** A button for a table's cell that opens a row's provenance (Enter, Space or a click). */
export function keyButton(label: string, key = rowKey(label), document = globalThis.document): HTMLElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "btc-key";
  button.dataset.key = key;
  button.textContent = label;
  button.setAttribute("aria-label", `${label}: where this comes from`);
  return button;
}
