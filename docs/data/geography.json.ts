import { empireGeography } from "../../loaders/geography.js";

// Page maps use the 1:110m outlines (small enough to ship); exports use 1:50m.
process.stdout.write(JSON.stringify(await empireGeography({ resolution: "110m" })));
