import { emit } from "../../loaders/index.js";

await emit("provinces", "json");
