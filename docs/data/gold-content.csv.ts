import { emit } from "../../loaders/index.js";

await emit("gold-content", "csv");
