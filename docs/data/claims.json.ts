import { allClaims } from "../../loaders/claims/all.js";

process.stdout.write(JSON.stringify(await allClaims(), null, 1));
