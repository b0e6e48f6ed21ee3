import { EVENT_CATEGORIES } from "../../src/events.js";
import type { TableSchema } from "../schema.js";
import { date, oneOf, osPair, sourceIds, text } from "../schema.js";

export const PRECISIONS = ["day", "range", "month"] as const;

/** Key events, 1914–1918, the backdrop every story page refers to. */
export const events: TableSchema = {
  name: "events",
  title: "Key events, 1914–1918",
  description:
    "Dated political, military, financial and other events that frame the story, each in both calendars where Russia still used the Julian one.",
  key: ["date", "event"],
  columns: [
    date("date", {
      required: true,
      min: "1914-01-01",
      max: "1918-12-31",
      description: "Date, Gregorian calendar (New Style), ISO 8601.",
    }),
    date("date_os", {
      calendar: "julian",
      min: "1913-12-19",
      description:
        "The same date in the Julian calendar (Old Style), given while Russia used it (before 14 February 1918 NS).",
    }),
    oneOf("date_precision", PRECISIONS, {
      required: true,
      description: "How precisely the date is known: a day, a range starting on `date`, or only the month.",
    }),
    text("event", { required: true, maxLength: 200, description: "What happened, in a sentence." }),
    oneOf("category", EVENT_CATEGORIES, { required: true, description: "Kind of event." }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Quotation, calendar used by the source, conflicts." }),
  ],
  rowChecks: [osPair("date", "date_os")],
};
