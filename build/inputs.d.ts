/** The one part of @observablehq/inputs (which ships no types) that the build uses: see first-paint/drawings.ts. */
declare module "@observablehq/inputs" {
  export const radio: import("../src/controls/address-radio.js").RadioInput;
}
