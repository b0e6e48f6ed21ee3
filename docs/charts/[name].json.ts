import { writeChartMetadata } from "../../build/chart-metadata.js";

// Framework passes the chart as --name=<id> (docs/charts/<id>.json); the schema's exact loader takes precedence.
await writeChartMetadata();
