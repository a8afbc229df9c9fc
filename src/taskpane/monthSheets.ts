// 5 Ersättning, månadens utbetalning (file 002): the sheets the month view writes. The month's
// payment list "Utbetalning 2026-05" with one "Spec <id> 2026-05" per unit, and, when the
// listing covers several months, one "Årsöversikt <id> 2026" per unit (twelve months, the
// year's total, the change from last year's total when given). Names fit Excel's 31 characters.
import type { Decimal } from "../engine/money";
import { arsoversikt, specifikation, utbetalningslista } from "../workbook/manad/blad";
import type { Enhetsmanad } from "../workbook/manad/korning";
import { monthTag } from "../workbook/manad/listning";


/**
 * "<prefix> <id> <suffix>" with the id cut to fit; ids cut to fit that meet get "~2", "~3" …
 * so no sheet is written twice.
 */
function namer(prefix: string, suffix: string): (id: string) => string {
  const taken = new Set<string>();
  const room = 31 - prefix.length - suffix.length - 2;
  return (id) => {
    const base = id.replace(/[\\/?*[\]:]/g, "_");
    for (let n = 1; ; n++) {
      const tail = n > 1 ? `~${n}` : "";
      const candidate = `${prefix} ${base.slice(0, room - tail.length)}${tail} ${suffix}`;
      if (!taken.has(candidate)) return taken.add(candidate), candidate;
    }
  };
}

/** The month's sheets: "Utbetalning 2026-05" and "Spec <id> 2026-05". */
export function monthLayouts(year: number, month: number, units: readonly Enhetsmanad[]) {
  const t = monthTag(year, month);
  const name = namer("Spec", t);
  return [utbetalningslista(`Utbetalning ${t}`, units), ...units.map((u) => specifikation(name(u.id), u))];
}

/** One year overview per unit of the run (all months), in the order units first appear. */
export function yearLayouts(year: number, units: readonly Enhetsmanad[], forra?: ReadonlyMap<string, Decimal>) {
  const name = namer("Årsöversikt", String(year));
  return [...new Set(units.map((u) => u.id))].map((id) => arsoversikt(name(id), id, units, forra?.get(id)));
}
