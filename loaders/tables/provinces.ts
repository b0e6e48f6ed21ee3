import type { TableSchema } from "../schema.js";
import { oneOf, sourceIds, text } from "../schema.js";
import { REGIONS } from "./regions.js";

/** The reference list of 1917 guberniyas and oblasts: which cities were provincial capitals. */
export const provinces: TableSchema = {
  name: "provinces",
  title: "Provinces of the empire, 1917",
  description:
    "Every guberniya, oblast, Finnish province and okrug of the Russian Empire in 1917, with its capital and region. The takeovers table must have a row for every capital.",
  key: ["province"],
  columns: [
    text("province", { required: true, description: "Name of the unit in 1917, e.g. `Tver guberniya`." }),
    oneOf("kind", ["guberniya", "oblast", "province", "okrug"], { required: true, description: "Kind of unit." }),
    text("capital", { required: true, description: "Its capital city, spelled as in takeovers.csv." }),
    oneOf("region", REGIONS, { required: true, description: "Region used to group cities in the charts." }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Changes in 1917, conflicts, how the capital was confirmed." }),
  ],
};
