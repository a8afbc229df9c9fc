// The pin: the rule sets the functions compute with (the shipped ones, with the workbook's
// own pinned copies — user inputs such as LPIK, flipped switches — in their place) and the
// year the workbook is pinned to. Set by the task pane after a fill, and by the functions'
// runtime when it reads the workbook's settings on load (pin/load.ts). Shared by
// src/functions and src/workbook.
// Kept on globalThis so the task pane's and the functions' bundles see one state even if
// each carries its own copy of this module.
import { allRuleSets, newestYear, RuleSet } from "../rules";

export interface PinnedState {
  year: number;
  /** Effective rule sets, replacing shipped ones with the same id. */
  ruleSets: RuleSet[];
}

/** Where the pin stands: being read, read (or absent), or refused with a Swedish reason. */
export type PinStatus = { kind: "loading"; done: Promise<void> } | { kind: "ready" } | { kind: "failed"; reason: string };

const READY: PinStatus = Object.freeze({ kind: "ready" });

/**
 * One store object on globalThis, made by whichever copy of this module loads first; every
 * copy then reads the pin as a plain property of that object (a call of a custom function
 * reads it: a lookup on the global object, by symbol, cost more than the rest of the call).
 */
type Store = { pin: PinnedState | undefined; status: PinStatus };
const KEY = Symbol.for("rjh-ersattning.pin-store");
const store: Store = ((globalThis as { [KEY]?: Store })[KEY] ??= { pin: undefined, status: READY });

export function pinned(): PinnedState | undefined {
  return store.pin;
}

/** Install a pin (the task pane after a fill, or the load): from now on calls compute with it. */
export function setPinned(state: PinnedState | undefined): void {
  store.pin = state;
  store.status = READY;
}

/** Ready unless a load is under way or failed (Node tests and tools never load: ready). */
export function pinStatus(): PinStatus {
  return store.status;
}

export function setPinStatus(s: PinStatus): void {
  store.status = s;
}

export function defaultYear(): number {
  return pinned()?.year ?? newestYear();
}

/** Whether a pinned set takes the place of a shipped one: the same id, or (a set changed in the pane, "-andrad") the same agreement and a year in common. */
const replaces = (own: RuleSet, shipped: RuleSet) => own.id === shipped.id || (own.agreement === shipped.agreement && own.years.some((y) => shipped.years.includes(y)));

export function ruleSets(): readonly RuleSet[] {
  const own = pinned()?.ruleSets ?? [];
  const shipped = allRuleSets().map((r) => own.find((o) => replaces(o, r)) ?? r);
  // A pinned set the data does not ship (a derived Hälsoval year, a prolongation period) counts too.
  return [...shipped, ...own.filter((o) => !shipped.includes(o))];
}
