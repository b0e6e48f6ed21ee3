import { emit } from "../../loaders/index.js";

await emit("securities", "csv");
