import { sovereigntyClaims } from "../../loaders/claims/sovereignty.js";
import { readTidy } from "../../loaders/index.js";
import type { EntityRow } from "../../src/sovereignty.js";

process.stdout.write(JSON.stringify(sovereigntyClaims(await readTidy<EntityRow>("sovereignty")), null, 1));
