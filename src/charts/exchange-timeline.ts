/**
 * The Petrograd exchange, the banks and the decrees: the key-events timeline
 * with the exchange's own categories.
 */
import { chartFunction, defineChart } from "../chart.js";
import { DECREE_GROUPS } from "../events.js";
import { drawTimeline, type EventsTimelineOptions } from "./events-timeline.js";

/** The exchange timeline's one definition. */
export const exchangeEventsSpec = defineChart({
  id: "exchange-events",
  title: "The Petrograd exchange, the banks and the decrees, 1914–1918",
  page: "/money",
  tables: ["exchange-events", "sources"],
  dataTable: "exchange-events",
  defaults: { from: "1914-07-01", to: "1918-07-31" } as EventsTimelineOptions,
  draw(data, o) {
    const table = "exchange-events";
    const drawn = drawTimeline({ table, groups: DECREE_GROUPS, order: Object.values(DECREE_GROUPS) }, data, o);
    return {
      ...drawn,
      subtitle: `${data[table]?.length ?? 0} events: closures and reopenings of the exchange, and the decrees that ended private finance.`,
    };
  },
});

/** The exchange timeline: `exchangeTimeline(exchangeEvents, {sources, width, calendar})`. */
export const exchangeTimeline = chartFunction(exchangeEventsSpec);
