/**
 * A small static table for a handful of computed rows (say, a claim's
 * figures), where Inputs.table's scrolling and sorting would be in the way.
 * Cells are set as text.
 */

export interface SimpleColumn<T> {
  label: string;
  value: (row: T) => string | number;
  /** Right-align numbers. */
  numeric?: boolean;
}

export function simpleTable<T>(
  rows: readonly T[],
  columns: readonly SimpleColumn<T>[],
  { document = globalThis.document, caption }: { document?: Document; caption?: string } = {},
): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "btc-simple-table";
  if (caption) table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.label;
    if (column.numeric) th.style.textAlign = "right";
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const column of columns) {
      const td = tr.insertCell();
      td.textContent = String(column.value(row));
      if (column.numeric) td.style.textAlign = "right";
    }
  }
  return table;
}
