// The rule sets the functions compute with: the shipped ones, with the workbook's own
// pinned copies (user inputs such as LPIK, flipped switches) in their place, and the year
// the workbook is pinned to. The task pane sets it (same JavaScript context: shared
// runtime) and asks Excel to recalculate; on start the functions read it from the
// workbook's settings. Kept on globalThis so that the task pane's and the functions'
// bundles see one state even if each carries its own copy of this module.
import { allRuleSets, newestYear, RuleSet } from "../rules";

export interface PinnedState {
  year: number;
  /** Effective rule sets, replacing shipped ones with the same id. */
  ruleSets: RuleSet[];
}

const KEY = Symbol.for("rjh-ersattning.state");
type Holder = { [KEY]?: PinnedState };

export function pinned(): PinnedState | undefined {
  return (globalThis as Holder)[KEY];
}

export function setPinned(state: PinnedState | undefined): void {
  (globalThis as Holder)[KEY] = state;
}

export function defaultYear(): number {
  return pinned()?.year ?? newestYear();
}

export function ruleSets(): readonly RuleSet[] {
  const own = pinned()?.ruleSets ?? [];
  const shipped = allRuleSets().map((r) => own.find((o) => o.id === r.id) ?? r);
  // A pinned set the data does not ship (a derived Hälsoval year, a prolongation period) counts too.
  return [...shipped, ...own.filter((o) => !shipped.includes(o))];
}
