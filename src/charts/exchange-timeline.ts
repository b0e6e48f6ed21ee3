/**
 * The Petrograd exchange, the banks and the decrees: the key-events timeline
 * with the exchange's own categories.
 */
import { chartFunction, defineChart } from "../chart.js";
import { DECREE_GROUPS } from "../events.js";
import { drawTimeline, type EventsTimelineOptions, type Timeline, timelineRows } from "./events-timeline.js";

/** The exchange's events and their colour groups. */
const DECREES: Timeline = { table: "exchange-events", groups: DECREE_GROUPS, order: Object.values(DECREE_GROUPS) };

/** The exchange timeline's one definition. */
export const exchangeEventsSpec = defineChart({
  id: "exchange-events",
  title: "The Petrograd exchange, the banks and the decrees, 1914–1918",
  page: "/money",
  tables: ["exchange-events", "sources"],
  dataTable: "exchange-events",
  defaults: { from: "1914-07-01", to: "1918-07-31" } as EventsTimelineOptions,
  draw(data, o) {
    const drawn = drawTimeline(DECREES, data, o);
    return {
      ...drawn,
      subtitle: `${data[DECREES.table]?.length ?? 0} events: closures and reopenings of the exchange, and the decrees that ended private finance.`,
    };
  },
  rows: (data, o) => timelineRows(DECREES, data, o),
});

/** The exchange timeline: `exchangeTimeline(exchangeEvents, {sources, width, calendar})`. */
export const exchangeTimeline = chartFunction(exchangeEventsSpec);
