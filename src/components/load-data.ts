/**
 * Loading a page's tables so that a failure reads as a message, not a stack
 * trace: the error names the table and says what to do, a notice goes at the
 * top of the page, and every chart or figure that needs the table shows the
 * message in its place.
 */
import { removeDrawings } from "../first-paint.js";

export async function loadJson<T>(
  attachment: { json(): Promise<T> },
  name: string,
  { document = globalThis.document }: { document?: Document } = {},
): Promise<T> {
  try {
    return await attachment.json();
  } catch (error) {
    const message = `The ${name} table could not be loaded (${(error as Error).message}), so the charts and figures that need it cannot be shown. Reload the page to try again.`;
    const main = document?.getElementById("observablehq-main");
    if (main && !main.querySelector(`[data-failed-table="${name}"]`)) {
      const notice = document.createElement("p");
      notice.className = "btc-error";
      notice.setAttribute("role", "alert");
      notice.dataset.failedTable = name;
      notice.textContent = message;
      main.prepend(notice);
    }
    removeDrawings(document);
    throw new Error(message);
  }
}
