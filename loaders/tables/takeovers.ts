import { DATE_PRECISIONS, MODES, TAKEOVER_WINDOW } from "../../src/takeovers.js";
import type { Row, RowProblem, TableSchema } from "../schema.js";
import { altDates, date, number, oneOf, ordered, osPair, precisionMatchesDates, sourceIds, text } from "../schema.js";
import { EMPIRE_BOUNDS, REGIONS } from "./regions.js";

/** Row check: the number of agreeing sources is possible. */
function agreeingSourcesPossible(row: Row): RowProblem[] {
  const { agreeing_sources: n, sources, date: start, date_precision: precision } = row;
  if (typeof n !== "number" || typeof sources !== "string" || start === undefined) return [];
  const cited = sources.split(";").length;
  if (n > cited) return [{ column: "agreeing_sources", message: `${n} agreeing sources but only ${cited} cited` }];
  if (start === null && n > 0) return [{ column: "agreeing_sources", message: "must be 0 when no date is given" }];
  // A range may be inferred from context (say, "before the end of 1917"); a day must be given by a source.
  if (precision === "day" && n < 1)
    return [{ column: "agreeing_sources", message: "a date to the day needs at least one source that gives it" }];
  return [];
}

/** When and how each provincial capital and major city passed to Soviet power. */
export const takeovers: TableSchema = {
  name: "takeovers",
  title: "Takeovers by city, 1917–1918",
  description:
    "Every guberniya and oblast capital of the 1917 empire, and other major cities where power changed hands: when Soviet power was first established there (Gregorian and Julian), how precisely that is known, how (mode), by whom, and on whose authority.",
  key: ["city"],
  columns: [
    text("city", { required: true, description: "City, 1917 name in common English transliteration." }),
    text("province", { required: true, description: "Guberniya or oblast it belonged to in 1917." }),
    oneOf("region", REGIONS, { required: true, description: "Region used to group cities in the charts." }),
    text("modern_country", { required: true, description: "Country the city is in today." }),
    oneOf("capital", ["guberniya", "oblast", "no"], {
      required: true,
      description: "Whether the city was a guberniya or oblast capital in 1917.",
    }),
    number("lat", {
      required: true,
      min: EMPIRE_BOUNDS.lat[0],
      max: EMPIRE_BOUNDS.lat[1],
      description: "Latitude, approximate city centre (0.01°).",
    }),
    number("lon", {
      required: true,
      min: EMPIRE_BOUNDS.lon[0],
      max: EMPIRE_BOUNDS.lon[1],
      description: "Longitude, approximate city centre (0.01°).",
    }),
    date("date", {
      min: TAKEOVER_WINDOW.from,
      max: TAKEOVER_WINDOW.to,
      description: "First establishment of Soviet power in the window, Gregorian (NS); blank when none or unknown.",
    }),
    date("date_os", { calendar: "julian", description: "The same date, Julian (OS), while Russia used it." }),
    date("date_end", {
      min: TAKEOVER_WINDOW.from,
      max: "1919-01-31",
      description: "End of the range (precision range) or of the month (precision month), Gregorian.",
    }),
    date("date_end_os", { calendar: "julian", description: "The end date, Julian, while Russia used it." }),
    oneOf("date_precision", DATE_PRECISIONS, {
      required: true,
      description:
        "day; range (between date and date_end, e.g. when the source does not say which calendar); month; none (no date).",
    }),
    altDates("alt_dates", {
      min: "1917-10-01",
      max: "1919-12-31",
      description:
        "Other dates other sources give, as `YYYY-MM-DD (source-id)` separated by `; ` (Gregorian); a source that gives only a span, as `YYYY-MM-DD/YYYY-MM-DD (source-id)`.",
    }),
    oneOf("mode", MODES, {
      required: true,
      description:
        "How Soviet power was first established (on `date`): peaceful (by vote or proclamation, no force used); armed (taken by force, without a fight worth the name); contested (fought over at the first establishment of Soviet power); occupied (by the Central Powers, no Soviet takeover); other-government (held by a national or White government); unknown. Later losses and returns are in control.csv.",
    }),
    text("actors", { description: "Who took power, or who held the city." }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    number("agreeing_sources", {
      required: true,
      integer: true,
      min: 0,
      max: 20,
      description: "How many independent sources agree on the date (within a day).",
    }),
    text("note", { description: "Why this mode, the calendar each source uses, conflicts and doubts." }),
  ],
  rowChecks: [
    osPair("date", "date_os"),
    osPair("date_end", "date_end_os"),
    ordered("date", "date_end"),
    precisionMatchesDates("date", "date_end", "date_precision"),
    agreeingSourcesPossible,
  ],
};
