/**
 * The code the /data page offers to load each table: it names the table's
 * stable addresses on the site the reader is on, and the plain-fetch
 * JavaScript, run as it is copied, gets the rows.
 */
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadSnippets, loadSnippetsBlock, siteRoot } from "../src/components/load-snippets.js";
import { newDocument } from "./snapshot.js";

const run = promisify(execFile);

describe("code that loads a table", () => {
  it("takes the site's root from the page's address, wherever the site is", () => {
    expect(siteRoot("https://example.org/data")).toBe("https://example.org/");
    expect(siteRoot("https://example.org/btc/data?x=1#table-ruble")).toBe("https://example.org/btc/");
    expect(siteRoot("http://127.0.0.1:3000/data")).toBe("http://127.0.0.1:3000/");
  });

  it("names the table's addresses on that site, in JavaScript two ways, Python and R", () => {
    const site = "https://example.org/btc/";
    const byLabel = Object.fromEntries(loadSnippets("exchange-events", site).map((s) => [s.label, s.code]));
    expect(Object.keys(byLabel)).toEqual(["JavaScript (module)", "JavaScript (fetch)", "Python (pandas)", "R"]);
    expect(byLabel["JavaScript (module)"]).toBe(
      'import {loadTable} from "https://example.org/btc/lib/beyond-the-capitals.js";\n\nconst rows = await loadTable("exchange-events");',
    );
    expect(byLabel["JavaScript (fetch)"]).toBe(
      'const rows = await fetch("https://example.org/btc/data/exchange-events.json").then((response) => response.json());',
    );
    expect(byLabel["Python (pandas)"]).toBe(
      'import pandas as pd\n\nexchange_events = pd.read_csv("https://example.org/btc/data/exchange-events.csv")',
    );
    expect(byLabel.R).toBe(
      'exchange_events <- read.csv("https://example.org/btc/data/exchange-events.csv", encoding = "UTF-8", na.strings = "")',
    );
    // A root given without its final slash is the same site.
    expect(loadSnippets("ruble", "https://example.org/btc")).toEqual(loadSnippets("ruble", site));
  });

  it("runs: the plain-fetch snippet, as copied, gets the table's rows from the site", async () => {
    const rows = [
      { city: "Kazan", date: "1917-11-08", note: 'a "quoted", comma' },
      { city: "Omsk", date: null, note: null },
    ];
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? "");
      if (request.url === "/btc/data/takeovers.json") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(rows));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const snippet = loadSnippets("takeovers", `http://127.0.0.1:${port}/btc/`).find(
        (s) => s.label === "JavaScript (fetch)",
      );
      const { stdout } = await run(process.execPath, [
        "--input-type=module",
        "--eval",
        `${snippet?.code}\nconsole.log(JSON.stringify(rows));`,
      ]);
      expect(JSON.parse(stdout)).toEqual(rows);
      expect(requests).toEqual(["/btc/data/takeovers.json"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("shows each snippet as text with a Copy button that copies it", async () => {
    const document = newDocument();
    const copied: string[] = [];
    Object.defineProperty(document.defaultView?.navigator, "clipboard", {
      value: { writeText: async (text: string) => void copied.push(text) },
      configurable: true,
    });
    const block = loadSnippetsBlock("sources", "https://example.org/", { document });
    const buttons = [...block.querySelectorAll("button")];
    expect(buttons.map((b) => [b.type, b.textContent])).toEqual(Array(4).fill(["button", "Copy"]));
    expect(buttons[3]?.getAttribute("aria-label")).toBe("Copy the R code for sources");
    expect(block.querySelector("code")?.textContent).toContain('loadTable("sources")');
    buttons[1]?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(copied).toEqual([loadSnippets("sources", "https://example.org/")[1]?.code]);
    expect(block.querySelectorAll('[role="status"]')[1]?.textContent).toBe("Copied.");
  });
});
