import { takeoverClaims } from "../../loaders/claims/takeovers.js";
import { readTidy } from "../../loaders/index.js";
import type { ControlRow } from "../../src/control.js";
import type { TakeoverRow } from "../../src/takeovers.js";

const [takeovers, control] = await Promise.all([readTidy<TakeoverRow>("takeovers"), readTidy<ControlRow>("control")]);
process.stdout.write(JSON.stringify(takeoverClaims({ takeovers, control }), null, 1));
