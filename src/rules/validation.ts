// The full validation of rule data (full.ts: the zod schemas) where it is needed. Issue 13
// item 4: the shipped data is validated when the bundle is built, so the bundle loads the
// schemas only on demand: loadValidation() before reading a workbook's pin, and in the
// background once the task pane has shown (a file the user loads, a changed rule set).
// Under Node (jest, tsx, the rjh CLI) they are required on first use.
import type * as Full from "./full";

declare const __webpack_require__: unknown;
let full: typeof Full | undefined;
let loading: Promise<void> | undefined;

/** Loads the validation (a chunk of its own in the bundle); resolves at once when loaded. */
export function loadValidation(): Promise<void> {
  if (full) return Promise.resolve();
  return (loading ??= import(/* webpackChunkName: "regelkontroll" */ "./full").then(
    (m) => {
      full = m;
    },
    (e) => {
      loading = undefined; // tried again on the next call
      throw e;
    },
  ));
}

/** The validation, synchronously: loaded by loadValidation() in the bundle, required on first use under Node. */
export function validation(): typeof Full {
  if (!full) {
    // webpack evaluates the condition at build time and drops the Node branch.
    if (typeof __webpack_require__ !== "function") full = require("./full") as typeof Full;
    else throw new Error("Regelkontrollen är inte inläst ännu. Försök igen om en stund.");
  }
  return full!;
}
