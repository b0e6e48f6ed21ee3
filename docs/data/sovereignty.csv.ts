import { emit } from "../../loaders/index.js";

await emit("sovereignty", "csv");
