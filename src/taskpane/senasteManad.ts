// "Förklara" (issue 11, item 2): the month's sheets the month view wrote in this session
// (their names and the engine's month run), so a payment on them can be explained. Kept in
// the pane only: after the pane is reopened, the month's listing is read in again first.
import type { Manadsblad } from "../workbook/forklaraManadsblad";

const skrivna: Manadsblad[] = [];

/** Called by the month view when its sheets are written (a month written again replaces the earlier). */
export function manadSkriven(m: Manadsblad): void {
  const i = skrivna.findIndex((x) => x.names[0] === m.names[0]);
  if (i >= 0) skrivna.splice(i, 1);
  skrivna.push(m);
}

/** The written month whose sheets include `sheet`, if any. */
export function manadsbladFor(sheet: string): Manadsblad | null {
  return skrivna.find((m) => m.names.includes(sheet)) ?? null;
}

/** A month sheet's name as the month view writes them ("Utbetalning 2026-05", "Spec … 2026-05"). */
export const MANADSBLAD = /^(Utbetalning|Spec .+) \d{4}-\d{2}$/;
