import { writeChartImage } from "../../loaders/chart-files.js";

await writeChartImage("svg");
