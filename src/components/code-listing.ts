/**
 * Code for a reader to copy: a caption, the code as text (never as HTML) and a
 * Copy button (a real button, so Tab reaches it and Enter or Space presses it)
 * that says in a status line what it did. Where the browser refuses the
 * clipboard, the code is selected for the reader to copy.
 */

/** Options for {@link codeListing}. */
export interface CodeListingOptions {
  document?: Document;
  /** The caption above the code. */
  label: string;
  /** The code's language, for its class (`language-js`). */
  language?: string;
  /** The Copy button's accessible name (default "Copy the code"). */
  copyName?: string;
  /** The figure's class. */
  className?: string;
}

export function codeListing(
  code: string,
  {
    document = globalThis.document,
    label,
    language = "js",
    copyName = "Copy the code",
    className = "btc-snippet",
  }: CodeListingOptions,
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = className;
  const caption = document.createElement("figcaption");
  caption.textContent = label;
  const pre = document.createElement("pre");
  const listing = pre.appendChild(document.createElement("code"));
  listing.className = `language-${language}`;
  listing.textContent = code;
  const status = document.createElement("span");
  status.className = "btc-snippet-status";
  status.setAttribute("role", "status");
  const copy = document.createElement("button");
  copy.type = "button";
  copy.textContent = "Copy";
  copy.setAttribute("aria-label", copyName);
  copy.addEventListener("click", async () => {
    const clipboard = document.defaultView?.navigator.clipboard;
    const copied = clipboard
      ? await clipboard.writeText(code).then(
          () => true,
          () => false,
        )
      : false;
    if (!copied) {
      const range = document.createRange();
      range.selectNodeContents(listing);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }
    status.textContent = copied ? "Copied." : "Selected: press Ctrl+C (⌘C) to copy.";
  });
  caption.append(" ", copy, " ", status);
  figure.append(caption, pre);
  return figure;
}
