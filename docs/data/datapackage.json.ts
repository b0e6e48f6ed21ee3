import { datapackage } from "../../loaders/catalog.js";

process.stdout.write(`${JSON.stringify(await datapackage(), null, 2)}\n`);
