import { readTidy } from "../../loaders/index.js";
import type { SourceRow } from "../../src/sources.js";

// What the story pages need to name sources in captions: far smaller than sources.json.
const sources = await readTidy<SourceRow>("sources");
process.stdout.write(
  JSON.stringify(sources.map(({ id, author, title, year, publisher }) => ({ id, author, title, year, publisher }))),
);
