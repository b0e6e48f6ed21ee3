import { emit } from "../../loaders/index.js";

await emit("money", "csv");
