import { parseArgs } from "node:util";
import { emit } from "../../loaders/index.js";

// Framework passes the table as --table=<name> (docs/data/<name>.csv); exact loaders (geography, catalog…) take precedence.
const { table = "" } = parseArgs({ options: { table: { type: "string" } } }).values;
await emit(table, "csv");
