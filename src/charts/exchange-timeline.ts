/**
 * The Petrograd exchange, the banks and the decrees: the key-events timeline
 * with the exchange's own categories.
 */
import type { EventRow, EventsTimelineOptions } from "./events-timeline.js";
import { eventsTimeline } from "./events-timeline.js";

/** Exchange-event categories and the colour groups they take. */
export const DECREE_GROUPS: Record<string, string> = {
  exchange: "The exchange",
  decree: "Decrees on securities and industry",
  bank: "Banks",
  debt: "State debts",
  other: "Other",
};

export function exchangeTimeline(data: readonly EventRow[], options: EventsTimelineOptions = {}): HTMLElement {
  return eventsTimeline(data, {
    id: "exchange-events",
    groups: DECREE_GROUPS,
    groupOrder: Object.values(DECREE_GROUPS),
    from: "1914-07-01",
    to: "1918-07-31",
    title: "The Petrograd exchange, the banks and the decrees, 1914–1918",
    subtitle: `${data.length} events: closures and reopenings of the exchange, and the decrees that ended private finance.`,
    ...options,
  });
}
