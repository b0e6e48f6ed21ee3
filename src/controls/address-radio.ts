/**
 * A radio (the page's Inputs.radio) that starts on the value the address
 * names, if it is one of its choices, so a permalink keeps the reader's choice.
 */
import { urlChoice } from "../components/url-state.js";

/** Inputs.radio's shape, as far as the controls use it. */
export type RadioInput = <T>(options: ReadonlyMap<string, T>, config: { label: string; value: T }) => HTMLElement;

/** `choices` is label → value, in the order shown; `parameter` the address's name for it; `fallback` the default. */
export function addressRadio<T extends string>(
  radio: RadioInput,
  label: string,
  parameter: string,
  choices: ReadonlyMap<string, T>,
  fallback: T,
): HTMLElement {
  return radio(choices, { label, value: urlChoice(parameter, [...choices.values()], fallback) });
}
