import { rulesHtml } from "../../loaders/notes.js";

process.stdout.write(await rulesHtml());
