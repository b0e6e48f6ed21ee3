/**
 * A chart on a page as readers get it: the chart from the registry, with its
 * share-and-download bar underneath, anchored by its id for permalinks.
 */
import { removeDrawing } from "../first-paint.js";
import { type ChartData, type ChartOptions, renderChart, requireChart, stateDefaults } from "../registry.js";
import { shownRows } from "../shown.js";
import { focusableMarks } from "./provenance.js";
import { shareBar } from "./share-bar.js";

export interface ChartBlockOptions extends ChartOptions {
  /** Folder of the published tables, relative to the page (default "./data/"). */
  dataBase?: string;
  /** Folder of the charts' images and metadata, relative to the page (default "./charts/"). */
  chartsBase?: string;
  /** The page state a permalink should carry. */
  state?: () => Record<string, string>;
  /** Marks that name a row are buttons that open its provenance (the page has a `provenance` panel). */
  focusable?: boolean;
}

export function chartBlock(id: string, data: ChartData, options: ChartBlockOptions = {}): HTMLElement {
  const {
    document = globalThis.document,
    dataBase = "./data/",
    chartsBase = "./charts/",
    state,
    focusable,
    ...chartOptions
  } = options;
  const definition = requireChart(id);
  const block = document.createElement("div");
  block.className = "btc-block";
  block.id = id;
  const chart = renderChart(id, data, { ...chartOptions, document });
  if (focusable) focusableMarks(chart);
  // The build-time drawing of this chart, shown until now, gives way to the live chart.
  removeDrawing(id, document);
  // The current date of a map lives on the drawn chart; downloads show that date.
  const now = () => ({ ...chartOptions, date: chart.getAttribute("data-date") ?? chartOptions.date });
  block.append(
    chart,
    shareBar({
      document,
      id,
      dataUrl: `${dataBase}${definition.dataTable}.csv`,
      rows: () => shownRows(definition, data, now()),
      metadataUrl: `${chartsBase}${id}.json`,
      state,
      defaults: stateDefaults(definition.page),
      title: definition.title,
      render: (theme, size) => renderChart(id, data, { ...now(), ...size, document, theme }),
    }),
  );
  return block;
}
