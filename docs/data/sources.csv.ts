import { emit } from "../../loaders/index.js";

await emit("sources", "csv");
