import { takeoverClaims } from "../../loaders/claims/takeovers.js";
import { readTidy } from "../../loaders/index.js";
import type { TakeoverRow } from "../../src/takeovers.js";

process.stdout.write(JSON.stringify(takeoverClaims(await readTidy<TakeoverRow>("takeovers")), null, 1));
