import { emit } from "../../loaders/index.js";

await emit("ruble", "json");
