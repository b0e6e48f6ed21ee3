/**
 * The vocabularies of the event tables, once, for their schemas and their
 * charts: each category, and the colour group a timeline folds it into.
 */

/** Key-event categories (events.csv), each with the group its colour shows. */
export const EVENT_GROUPS = {
  political: "Politics",
  military: "War and diplomacy",
  diplomatic: "War and diplomacy",
  election: "Politics",
  economic: "Economy and money",
  financial: "Economy and money",
  monetary: "Economy and money",
  market: "Economy and money",
  terror: "Terror",
  calendar: "Politics",
} as const satisfies Record<string, string>;
export type EventCategory = keyof typeof EVENT_GROUPS;
export const EVENT_CATEGORIES = Object.keys(EVENT_GROUPS) as EventCategory[];
/** The key-event groups in legend order. */
export const EVENT_GROUP_ORDER = ["Politics", "War and diplomacy", "Economy and money", "Terror"];

/** Exchange-event categories (exchange-events.csv) and the groups they take, in legend order. */
export const DECREE_GROUPS = {
  exchange: "The exchange",
  decree: "Decrees on securities and industry",
  bank: "Banks",
  debt: "State debts",
  other: "Other",
} as const satisfies Record<string, string>;
export type ExchangeCategory = keyof typeof DECREE_GROUPS;
export const EXCHANGE_CATEGORIES = Object.keys(DECREE_GROUPS) as ExchangeCategory[];

export interface EventRow {
  date: string;
  date_os: string | null;
  date_precision: "day" | "range" | "month" | "year";
  event: string;
  category: string;
  sources: string;
  note: string | null;
}
