import { emit } from "../../loaders/index.js";

await emit("ruble-derived", "json");
