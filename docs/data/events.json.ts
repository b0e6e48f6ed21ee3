import { emit } from "../../loaders/index.js";

await emit("events", "json");
