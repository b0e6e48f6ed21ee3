import { emit } from "../../loaders/index.js";

await emit("exchange-status", "csv");
