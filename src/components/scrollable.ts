/**
 * A scrolling region (a long table) that keyboard users can reach and scroll:
 * focusable, with a name for screen readers.
 */
export function scrollable<T extends HTMLElement>(element: T, label: string): T {
  element.tabIndex = 0;
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", label);
  return element;
}
