/**
 * Charts outside the site: the module embed (/embed/<id>.js) and the iframe
 * pages (/embed/<id>) both fetch the published tables and draw through the
 * registry, bare by default or with the chart's own controls (`controls`).
 */
import { setMapDate } from "./charts/dated-map.js";
import { nativeRadio } from "./controls/native-radio.js";
import { CONTROL_KEYS, type StoryControlId, storyControl } from "./controls/story-controls.js";
import { type ChartData, type ChartOptions, renderChart, requireChart } from "./registry.js";
import { isDay, STATE_CHOICES, THEMES } from "./state.js";

/** Fetches one published JSON table from the site's /data/ folder. */
export async function fetchTable(name: string, dataBase: URL): Promise<unknown> {
  const response = await fetch(new URL(`${name}.json`, dataBase));
  if (!response.ok) throw new Error(`could not load ${name}.json (HTTP ${response.status})`);
  return response.json();
}

/**
 * Fetches the published JSON tables a chart needs from the site's /data/
 * folder, through `load` when given (a deck's cache, so that each table is
 * fetched once for all its slides).
 */
export async function fetchChartData(
  id: string,
  dataBase: URL,
  load: (name: string) => Promise<unknown> = (name) => fetchTable(name, dataBase),
): Promise<ChartData> {
  const chart = requireChart(id);
  const entries = await Promise.all(chart.tables.map(async (name) => [name, await load(name)] as const));
  return Object.fromEntries(entries) as ChartData;
}

/** Options an embed accepts from its host (or from an iframe's query string). */
export type EmbedOptions = Omit<ChartOptions, "document"> & {
  /** Keep the chart's own controls (calendar, slider with play, switches) above it; bare by default. */
  controls?: boolean;
};

/** Reads embed options from query parameters, keeping only known, well-formed values. */
export function embedOptionsFromQuery(params: URLSearchParams): EmbedOptions {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const v = params.get(name);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
  };
  const date = params.get("date");
  const width = Number(params.get("width"));
  const options: EmbedOptions = {
    theme: pick("theme", THEMES),
    ...Object.fromEntries(Object.entries(STATE_CHOICES).map(([key, choices]) => [key, pick(key, choices)])),
    date: date && isDay(date) ? date : undefined,
    width: Number.isFinite(width) && width >= 200 && width <= 4000 ? width : undefined,
    controls: ["1", "true"].includes(params.get("controls") ?? "") || undefined,
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as EmbedOptions;
}

/**
 * The chart's controls, as on its page (the calendar first, then those its
 * spec lists), set from `state`; each change updates `state` and calls
 * `changed` with the key it set.
 */
function embedControls(
  id: string,
  document: Document,
  state: EmbedOptions,
  changed: (key: string) => void,
): HTMLElement[] {
  const ids = [...new Set(["calendar", ...(requireChart(id).controls ?? [])])] as StoryControlId[];
  const kit = { radio: nativeRadio(document), document };
  const controls = ids.map((control) => {
    const element = storyControl(control, kit) as HTMLElement & { value: string; calendar?: string };
    const key = CONTROL_KEYS[control] as keyof EmbedOptions;
    if (state[key] !== undefined) element.value = String(state[key]);
    else (state as Record<string, unknown>)[key] = element.value;
    element.addEventListener("input", () => {
      (state as Record<string, unknown>)[key] = element.value;
      changed(key);
    });
    return element;
  });
  // A date slider speaks the calendar chosen.
  const relabel = () => {
    for (const c of controls) if ("calendar" in c && c.classList.contains("btc-slider")) c.calendar = state.calendar;
  };
  relabel();
  controls[0]?.addEventListener("input", relabel);
  return controls;
}

/**
 * Draws chart `id` into `element`, replacing its content; shows a message in
 * its place if the data cannot be loaded. With `controls`, the chart's own
 * controls come above it and redraw it (a map's date only restyles its marks).
 */
export async function embedChart(id: string, element: Element, options: EmbedOptions, dataBase: URL): Promise<Element> {
  const document = element.ownerDocument;
  try {
    const data = await fetchChartData(id, dataBase);
    const { controls, ...state } = options;
    const width = () => options.width ?? Math.max(320, Math.round(element.getBoundingClientRect().width) || 640);
    const draw = () => renderChart(id, data, { theme: "light", ...state, width: width(), document });
    if (!controls) {
      const chart = draw();
      element.replaceChildren(chart);
      return chart;
    }
    const row = document.createElement("div");
    row.className = "btc-embed-controls";
    Object.assign(row.style, {
      display: "flex",
      flexWrap: "wrap",
      gap: "0.5em 1.5em",
      margin: "0 0 0.8em",
      font: "14px/1.4 system-ui, sans-serif",
    });
    // The controls first: they complete the state (each starts at the chart's default unless asked otherwise).
    row.append(
      ...embedControls(id, document, state, (key) => {
        if (key === "date" && chart.hasAttribute("data-date")) return setMapDate(chart, state.date as string);
        const next = draw();
        chart.replaceWith(next);
        chart = next;
      }),
    );
    let chart = draw();
    element.replaceChildren(row, chart);
    return chart;
  } catch (error) {
    const message = document.createElement("p");
    message.className = "btc-error";
    message.setAttribute("role", "alert");
    message.textContent = `This chart could not be shown: ${(error as Error).message}.`;
    element.replaceChildren(message);
    return message;
  }
}
