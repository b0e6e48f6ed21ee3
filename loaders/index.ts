/** The data pipeline's public API. */
export { checkFile, checkFiles, checkText, displayPath, loadTable, readRows, readSources, readTidy } from "./load.js";
export type { Format } from "./output.js";
export { emit, format, formatCsv, formatJson } from "./output.js";
export { decodeUtf8, parseCsv } from "./parse.js";
export type { DataError, Problem } from "./problems.js";
export { dataError, formatProblem, isDataError, sortProblems } from "./problems.js";
export type { Column, Context, Row, TableSchema, Value } from "./schema.js";
export { schemaFor, schemaForFile, schemas } from "./tables/index.js";
export { tidy } from "./tidy.js";
export { validate } from "./validate.js";
