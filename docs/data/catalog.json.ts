import { catalog } from "../../loaders/catalog.js";

process.stdout.write(JSON.stringify(await catalog(), null, 1));
