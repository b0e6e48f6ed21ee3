// The stable analysis module, published at /lib/beyond-the-capitals.js and, for
// citation, at /lib/beyond-the-capitals@<version>.js (build/lib.ts):
//
//   import {loadTable, render, takenBy} from "https://<site>/lib/beyond-the-capitals.js";
//   const takeovers = await loadTable("takeovers");
//
// Everything the package exports and Plot (src/lib.ts), from the same source
// as the site's own pages, with the loaders bound to the site this module is
// served from. Framework serves this file from /_import/lib/, two folders below
// the site's root, and /lib/<name>.js re-exports it: "../../data/" is the
// site's /data/ folder.
import { forSite } from "../_generated/lib.js";

export * from "../_generated/lib.js";

export const { loadTable, loadChartData, render } = forSite(new URL("../../data/", import.meta.url));
