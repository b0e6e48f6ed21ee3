import { emit } from "../../loaders/index.js";

await emit("takeovers", "csv");
