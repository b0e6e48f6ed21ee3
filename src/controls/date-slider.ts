/**
 * A date slider with play/pause that steps day by day.
 *
 * It behaves like an Observable input: its `value` is a Gregorian ISO date and
 * it dispatches `input` events, so a Framework page can `view()` it. The range
 * input and the button are native controls, so they work from the keyboard
 * (arrows, Page Up/Down, Home/End; Space or Enter to play), and the slider
 * announces the date in the chosen calendar.
 */
import { addDays, type Calendar, daysBetween, formatDate } from "../calendar.js";

export interface DateSliderOptions {
  document?: Document;
  /** First and last Gregorian ISO dates. */
  from: string;
  to: string;
  value?: string;
  calendar?: Calendar;
  label?: string;
  /** Milliseconds per day while playing. */
  interval?: number;
}

/** The slider element; setting `calendar` relabels it without moving it. */
export type DateSlider = HTMLFormElement & { value: string; calendar: Calendar };

export function dateSlider(options: DateSliderOptions): DateSlider {
  const { document = globalThis.document, from, to, label = "Date", interval = 60 } = options;
  let calendar = options.calendar ?? "gregorian";
  const days = daysBetween(from, to);
  const form = document.createElement("form") as DateSlider;
  form.className = "btc-slider";
  form.addEventListener("submit", (event) => event.preventDefault());

  const id = `btc-slider-${Math.random().toString(36).slice(2, 8)}`;
  const labelElement = document.createElement("label");
  labelElement.htmlFor = id;
  labelElement.textContent = label;

  const button = document.createElement("button");
  button.type = "button";
  button.className = "btc-slider-play";

  const input = document.createElement("input");
  input.type = "range";
  input.id = id;
  input.min = "0";
  input.max = String(days);
  input.step = "1";

  const output = document.createElement("output");
  output.htmlFor.add(id);
  output.className = "btc-slider-date";

  let timer: ReturnType<typeof setInterval> | undefined;
  let current = clamp(options.value ?? to);

  function clamp(date: string): string {
    return date < from ? from : date > to ? to : date;
  }

  function show(date: string): void {
    current = date;
    input.value = String(daysBetween(from, date));
    const text = formatDate(date, calendar);
    output.textContent = text;
    input.setAttribute("aria-valuetext", text);
  }

  function setPlaying(playing: boolean): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    button.textContent = playing ? "❚❚ Pause" : "▶ Play";
    button.setAttribute("aria-label", playing ? "Pause" : "Play the spread day by day");
    button.setAttribute("aria-pressed", String(playing));
    if (!playing) return;
    if (current >= to) show(from);
    timer = setInterval(() => {
      if (current >= to || !form.isConnected) return setPlaying(false);
      show(addDays(current, 1));
      form.dispatchEvent(new Event("input", { bubbles: true }));
    }, interval);
  }

  input.addEventListener("input", (event) => {
    event.stopPropagation();
    show(addDays(from, Number(input.value)));
    form.dispatchEvent(new Event("input", { bubbles: true }));
  });
  button.addEventListener("click", () => setPlaying(timer === undefined));

  Object.defineProperty(form, "value", {
    get: () => current,
    set: (date: string) => show(clamp(date)),
  });
  Object.defineProperty(form, "calendar", {
    get: () => calendar,
    set: (value: Calendar) => {
      calendar = value;
      show(current);
    },
  });

  form.append(labelElement, button, input, output);
  show(current);
  setPlaying(false);
  return form;
}
