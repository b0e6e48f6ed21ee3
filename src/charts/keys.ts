/**
 * Marks that name their row: a render transform that gives each mark of a
 * Plot mark its row's key (`data-key`), by which a page opens the row's
 * provenance and highlights it on every chart.
 */
import type * as Plot from "@observablehq/plot";

/** The marks a Plot mark rendered: its group's children, inside the group Plot adds when it clips. */
export function renderedMarks(group: Element | null): Element[] {
  const inner =
    group?.children.length === 1 && group.firstElementChild?.tagName === "g" ? group.firstElementChild : group;
  return inner ? [...inner.children] : [];
}

/** Tags each rendered mark with `key(i)`, `i` being its row's index in the mark's data. */
export function tagKeys(key: (i: number) => string | undefined): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    renderedMarks(group).forEach((mark, j) => {
      const k = key(index[j] ?? 0);
      if (k) mark.setAttribute("data-key", k);
    });
    return group;
  };
}
