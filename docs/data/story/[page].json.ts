import { parseArgs } from "node:util";
import { type Story, stories, storyData } from "../../../loaders/story.js";

// Framework passes the page as --page=<name> (docs/data/story/<name>.json).
const { page } = parseArgs({ options: { page: { type: "string" } } }).values;
if (!stories.includes(page as Story)) throw new Error(`no story "${page}"; stories: ${stories.join(", ")}`);
process.stdout.write(JSON.stringify(await storyData(page as Story)));
