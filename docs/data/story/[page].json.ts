import { parseArgs } from "node:util";
import { storyData } from "../../../loaders/story.js";

// Framework passes the page as --page=<name> (docs/data/story/<name>.json).
const { page = "" } = parseArgs({ options: { page: { type: "string" } } }).values;
process.stdout.write(JSON.stringify(await storyData(page)));
