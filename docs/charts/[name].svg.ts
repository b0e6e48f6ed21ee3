import { writeChartImage } from "../../build/images.js";

await writeChartImage("svg");
