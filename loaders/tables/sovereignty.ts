import { ALIGNMENTS, KINDS } from "../../src/sovereignty.js";
import type { Row, RowProblem, TableProblem, TableSchema } from "../schema.js";
import { date, number, oneOf, ordered, osPair, sourceIds, text } from "../schema.js";
import { EMPIRE_BOUNDS } from "./regions.js";

export const CLAIM_PRECISIONS = ["day", "month", "range", "pre-existing"] as const;
export const END_PRECISIONS = ["day", "month", "year", "after-1920", "unknown"] as const;
export const INDEPENDENCE_PRECISIONS = ["day", "month", "range"] as const;

/** Row check: `independence_precision` is given exactly when `independence` is. */
function independenceMatchesPrecision(row: Row): RowProblem[] {
  const { independence, independence_precision: precision } = row;
  if (independence === undefined || precision === undefined) return [];
  if (independence === null && precision !== null)
    return [{ column: "independence_precision", message: "must be blank when independence is blank" }];
  if (independence !== null && precision === null)
    return [{ column: "independence_precision", message: "required when independence is given" }];
  return [];
}

/** Row check: an end date is given exactly when the entity ended by 1920. */
function endMatchesPrecision(row: Row): RowProblem[] {
  const { ended, ended_precision: precision } = row;
  if (ended === undefined || precision === undefined) return [];
  const open = precision === "after-1920" || precision === "unknown";
  if (open && ended !== null)
    return [{ column: "ended", message: `must be blank when ended_precision is "${precision}"` }];
  if (!open && ended === null) return [{ column: "ended", message: `required when ended_precision is "${precision}"` }];
  return [];
}

/** Table check: a phase names an existing parent and lies within its dates. */
function phasesInsideParents(rows: readonly Row[], lines: readonly number[]): TableProblem[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const problems: TableProblem[] = [];
  rows.forEach((row, i) => {
    if (typeof row.parent !== "string") return;
    const line = lines[i] ?? 0;
    const parent = byId.get(row.parent);
    if (!parent) {
      problems.push({ line, column: "parent", message: `no entity with id "${row.parent}"` });
      return;
    }
    if (parent.parent)
      problems.push({
        line,
        column: "parent",
        message: `"${row.parent}" is itself a phase; phases nest one level only`,
      });
    if (String(row.claimed) < String(parent.claimed)) {
      problems.push({
        line,
        column: "claimed",
        message: `${row.claimed} is before its parent's claim (${parent.claimed})`,
      });
    }
    const end = (r: Row) => (typeof r.ended === "string" ? r.ended : "9999-12-31");
    if (end(row) > end(parent))
      problems.push({
        line,
        column: "ended",
        message: `ends after its parent "${row.parent}" (${parent.ended ?? parent.ended_precision})`,
      });
  });
  return problems;
}

/** Every self-proclaimed government on the former empire's territory, November 1917 – December 1918. */
export const sovereignty: TableSchema = {
  name: "sovereignty",
  title: "Self-proclaimed governments, 1917–1918",
  description:
    "Every entity that claimed sovereignty, independence or its own government on the former empire's territory between 7 November 1917 and 31 December 1918: national states, autonomies, regional and all-Russian anti-Bolshevik governments, Cossack governments, separately proclaimed Soviet republics and client states of the Central Powers.",
  key: ["id"],
  columns: [
    text("id", {
      required: true,
      description: "Stable id (lowercase, hyphens).",
      pattern: /^[a-z0-9][a-z0-9-]*$/,
      hint: "an id of lowercase letters, digits and hyphens",
    }),
    text("name", { required: true, description: "English name." }),
    oneOf("kind", KINDS, {
      required: true,
      description:
        "national-state, autonomy, regional-government, cossack-government, soviet-republic, client-state or other.",
    }),
    oneOf("alignment", ALIGNMENTS, { required: true, description: "red, white, national, central-powers or other." }),
    text("capital", { required: true, description: "Seat of the government (first named if several)." }),
    number("lat", {
      required: true,
      min: EMPIRE_BOUNDS.lat[0],
      max: EMPIRE_BOUNDS.lat[1],
      description: "Latitude of the capital, approximate.",
    }),
    number("lon", {
      required: true,
      min: EMPIRE_BOUNDS.lon[0],
      max: EMPIRE_BOUNDS.lon[1],
      description: "Longitude of the capital, approximate.",
    }),
    date("claimed", {
      required: true,
      min: "1917-11-07",
      max: "1918-12-31",
      description:
        "First claim of its own government or sovereignty, Gregorian (1917-11-07 for bodies that already governed).",
    }),
    date("claimed_os", { calendar: "julian", description: "The claim date, Julian, when before 14 February 1918." }),
    oneOf("claimed_precision", CLAIM_PRECISIONS, {
      required: true,
      description:
        "day; month (the 1st stands for the month); range (earliest plausible day); pre-existing (governed before the window).",
    }),
    date("independence", {
      min: "1917-11-07",
      max: "1918-12-31",
      description:
        "Declaration of full independence from Russia by this body, Gregorian, if made between 7 November 1917 and 31 December 1918; blank otherwise (autonomy, federation with Russia, union with a protector, or a later declaration: see the note).",
    }),
    date("independence_os", {
      calendar: "julian",
      description: "The independence date, Julian, when before 14 February 1918.",
    }),
    oneOf("independence_precision", INDEPENDENCE_PRECISIONS, {
      description:
        "day; month (the 1st stands for the month); range (earliest plausible day). Given exactly when independence is.",
    }),
    date("ended", {
      min: "1917-11-07",
      max: "1920-12-31",
      description: "When it ceased, Gregorian, if by 1920; blank otherwise.",
    }),
    oneOf("ended_precision", END_PRECISIONS, {
      required: true,
      description:
        "day; month or year (the 1st stands for the period); after-1920 (still existing after 1920); unknown (no end found).",
    }),
    text("end_reason", { description: "How it ended." }),
    text("parent", {
      description: "For a phase inside another entity (a monarchy phase of a state): the parent's id.",
      pattern: /^[a-z0-9][a-z0-9-]*$/,
      hint: "an id",
    }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Kind and alignment judgement, calendar, disputed dates." }),
  ],
  rowChecks: [
    osPair("claimed", "claimed_os"),
    osPair("independence", "independence_os"),
    ordered("claimed", "independence"),
    ordered("claimed", "ended"),
    ordered("independence", "ended"),
    independenceMatchesPrecision,
    endMatchesPrecision,
  ],
  tableChecks: [phasesInsideParents],
};
