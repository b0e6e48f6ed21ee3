import { CHART_METADATA_SCHEMA } from "../../build/chart-metadata-schema.js";

process.stdout.write(`${JSON.stringify(CHART_METADATA_SCHEMA, null, 1)}\n`);
