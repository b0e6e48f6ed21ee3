/**
 * Radio buttons without Observable Inputs, in the shape the story controls
 * take (`Inputs.radio`'s: a form with a `value` and `input` events), for the
 * embeds' controls: an embed on another site loads this package alone. Styled
 * inline, so it reads the same without the site's stylesheet.
 */
import type { RadioInput } from "./address-radio.js";

export function nativeRadio(document: Document = globalThis.document): RadioInput {
  return <T>(options: ReadonlyMap<string, T>, { label, value }: { label: string; value: T }) => {
    const form = document.createElement("form");
    form.className = "btc-radio";
    form.addEventListener("submit", (event) => event.preventDefault());
    const fieldset = document.createElement("fieldset");
    Object.assign(fieldset.style, {
      border: "0",
      margin: "0",
      padding: "0",
      display: "flex",
      flexWrap: "wrap",
      gap: "0.2em 0.9em",
    });
    const legend = document.createElement("legend");
    legend.textContent = label;
    Object.assign(legend.style, { float: "left", fontWeight: "600", marginRight: "0.6em", padding: "0" });
    fieldset.append(legend);
    const name = `btc-radio-${Math.random().toString(36).slice(2, 8)}`;
    const inputs = [...options].map(([text, choice]) => {
      const wrap = document.createElement("label");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = name;
      input.checked = choice === value;
      wrap.append(input, ` ${text}`);
      fieldset.append(wrap);
      return { input, choice };
    });
    Object.defineProperty(form, "value", {
      get: () => inputs.find((i) => i.input.checked)?.choice,
      set: (next: T) => {
        for (const i of inputs) i.input.checked = i.choice === next;
      },
    });
    form.append(fieldset);
    return form;
  };
}
