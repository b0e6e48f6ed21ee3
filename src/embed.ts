/**
 * Charts outside the site: the module embed (/embed/<id>.js) and the iframe
 * pages (/embed/<id>) both fetch the published tables and draw through the
 * registry.
 */
import { type ChartData, type ChartOptions, renderChart, requireChart } from "./registry.js";
import { isDay, STATE_CHOICES, THEMES } from "./state.js";

/** Fetches the published JSON tables a chart needs from the site's /data/ folder. */
export async function fetchChartData(id: string, dataBase: URL): Promise<ChartData> {
  const chart = requireChart(id);
  const entries = await Promise.all(
    chart.tables.map(async (name) => {
      const response = await fetch(new URL(`${name}.json`, dataBase));
      if (!response.ok) throw new Error(`could not load ${name}.json (HTTP ${response.status})`);
      return [name, await response.json()] as const;
    }),
  );
  return Object.fromEntries(entries) as ChartData;
}

/** Options an embed accepts from its host (or from an iframe's query string). */
export type EmbedOptions = Omit<ChartOptions, "document">;

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
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as EmbedOptions;
}

/**
 * Draws chart `id` into `element`, replacing its content; shows a message in
 * its place if the data cannot be loaded.
 */
export async function embedChart(id: string, element: Element, options: EmbedOptions, dataBase: URL): Promise<Element> {
  const document = element.ownerDocument;
  try {
    const data = await fetchChartData(id, dataBase);
    const width = options.width ?? Math.max(320, Math.round(element.getBoundingClientRect().width) || 640);
    const chart = renderChart(id, data, { theme: "light", ...options, width, document });
    element.replaceChildren(chart);
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
