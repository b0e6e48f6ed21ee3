import type { TableSchema } from "../schema.js";
import { date, number, text } from "../schema.js";

/** The bibliography every other table cites by id. */
export const sources: TableSchema = {
  name: "sources",
  title: "Sources",
  description: "Every work or page the data cite, by id. Other tables name these ids in their `sources` column.",
  key: ["id"],
  columns: [
    text("id", {
      required: true,
      description: "Stable id cited by other tables (lowercase letters, digits, hyphens).",
      pattern: /^[a-z0-9][a-z0-9-]*$/,
      hint: "an id of lowercase letters, digits and hyphens",
    }),
    text("author", { description: "Author or organisation; blank when none is stated." }),
    text("title", { required: true, description: "Title of the work, article or page." }),
    number("year", { integer: true, min: 1800, max: 2030, description: "Year of publication, when known." }),
    text("publisher", { description: "Publisher, journal or website." }),
    text("url", {
      description: "Address of the copy that was read.",
      pattern: /^https?:\/\/\S+$/,
      hint: "an http(s) URL",
    }),
    date("accessed", { min: "1990-01-01", max: "2030-12-31", description: "Date the copy was read." }),
    text("note", { description: "What the source covers, its calendar convention and its reliability." }),
  ],
};
