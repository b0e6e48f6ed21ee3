/**
 * Code that loads a published table, to copy from the /data page: in
 * JavaScript through the site's own module (`/lib/beyond-the-capitals.js`,
 * whose `loadTable(name)` fetches `/data/<name>.json`) or with a plain
 * `fetch`, in Python with pandas and in R, each from the table's stable
 * address on the site the reader is on. Each comes with a Copy button.
 */
import { codeListing } from "./code-listing.js";

/** One way of loading a table: its language, what it uses, and the code. */
export interface LoadSnippet {
  /** Short and unique on the page: "JavaScript (module)". */
  label: string;
  language: "javascript" | "python" | "r";
  code: string;
}

/**
 * The site's root from a page's address: the folder of the page, as the
 * pages of this site sit at its root (`https://host/btc/data` → `https://host/btc/`).
 */
export function siteRoot(pageUrl: string | URL): string {
  const url = new URL("./", pageUrl);
  url.search = "";
  url.hash = "";
  return url.href;
}

/** A table's name as a variable in Python and R (`exchange-events` → `exchange_events`). */
const variable = (table: string) => table.replace(/[^A-Za-z0-9]+/g, "_").replace(/^(\d)/, "_$1");

/**
 * The snippets that load `table` from the site at `site` (its root, ending
 * in "/"): every address they name is on that site, at `data/<table>.json`
 * or `.csv`, or its module at `lib/beyond-the-capitals.js`.
 */
export function loadSnippets(table: string, site: string): LoadSnippet[] {
  const root = site.endsWith("/") ? site : `${site}/`;
  const json = JSON.stringify(`${root}data/${table}.json`);
  const csv = JSON.stringify(`${root}data/${table}.csv`);
  const name = JSON.stringify(table);
  return [
    {
      label: "JavaScript (module)",
      language: "javascript",
      code: `import {loadTable} from ${JSON.stringify(`${root}lib/beyond-the-capitals.js`)};\n\nconst rows = await loadTable(${name});`,
    },
    {
      label: "JavaScript (fetch)",
      language: "javascript",
      code: `const rows = await fetch(${json}).then((response) => response.json());`,
    },
    {
      label: "Python (pandas)",
      language: "python",
      code: `import pandas as pd\n\n${variable(table)} = pd.read_csv(${csv})`,
    },
    {
      label: "R",
      language: "r",
      // Blanks are unknowns (NA); the tables are UTF-8 (Cyrillic names in the notes).
      code: `${variable(table)} <- read.csv(${csv}, encoding = "UTF-8", na.strings = "")`,
    },
  ];
}

/**
 * The snippets for a table as page parts: each its code in a block and a
 * Copy button (a real button, so Tab reaches it and Enter or Space presses
 * it) that copies the code and says so in a status line. The code is set as
 * text, never as HTML.
 */
export function loadSnippetsBlock(
  table: string,
  site: string,
  { document = globalThis.document }: { document?: Document } = {},
): HTMLElement {
  const block = document.createElement("div");
  block.className = "btc-snippets";
  for (const snippet of loadSnippets(table, site))
    block.append(
      codeListing(snippet.code, {
        document,
        label: snippet.label,
        language: snippet.language,
        copyName: `Copy the ${snippet.label} code for ${table}`,
      }),
    );
  return block;
}
