/**
 * A worked analysis on a page: its code as a reader copies it (a listing with
 * a Copy button), and the same code run as a module of its own, so what the
 * page shows is what the code draws.
 */

import { codeListing } from "./code-listing.js";

/** The listing of an analysis, with a button that copies it. */
export function analysisListing(
  code: string,
  { document = globalThis.document, label = "The analysis, to copy" }: { document?: Document; label?: string } = {},
): HTMLElement {
  return codeListing(code, { document, label, copyName: "Copy the analysis", className: "btc-analysis" });
}

/** Where each run's display() finds its element: a run's module looks itself up by its token. */
const DISPLAYS = Symbol.for("beyond-the-capitals.display");
type DisplayRegistry = Map<string, (value: unknown) => void>;

/**
 * Runs an analysis's code as a module in this page, its `display(value)`
 * putting each element (or the text of any other value) into `target`. A run
 * that fails shows its message in `target` instead, as text.
 */
export async function runAnalysis(code: string, target: HTMLElement): Promise<void> {
  const document = target.ownerDocument;
  const window = document.defaultView as (Window & typeof globalThis & { [DISPLAYS]?: DisplayRegistry }) | null;
  if (!window) throw new Error("runAnalysis needs a browser window");
  window[DISPLAYS] ??= new Map();
  const registry: DisplayRegistry = window[DISPLAYS];
  const token = Math.random().toString(36).slice(2);
  target.replaceChildren();
  target.removeAttribute("data-error");
  registry.set(token, (value: unknown) =>
    target.append(value instanceof window.Node ? value : document.createTextNode(String(value))),
  );
  // Imports are hoisted, so the line that gives the code its display() can come first.
  const prologue = `const display = globalThis[Symbol.for("beyond-the-capitals.display")].get(${JSON.stringify(token)});\n`;
  const url = window.URL.createObjectURL(new window.Blob([prologue, code], { type: "text/javascript" }));
  try {
    await import(/* @vite-ignore */ url);
    target.dataset.done = "true";
  } catch (error) {
    const message = document.createElement("p");
    message.className = "btc-error";
    message.textContent = `The analysis did not run: ${(error as Error).message}`;
    target.replaceChildren(message);
    target.dataset.error = "true";
  } finally {
    registry.delete(token);
    window.URL.revokeObjectURL(url);
  }
}
