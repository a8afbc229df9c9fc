// Gemensamma utvecklingsmedel, avsnitt 4: the custom function as a thin adapter over
// src/engine/utveckling.
/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is how a parameter accepts a value or a range */
import { fordelaUtveckling, kommunernasDel } from "../engine/utveckling/fordelning";
import { InputError } from "../engine/check";
import { ruleSet, run, shareOut, year } from "./adapt";

/**
 * Kommunernas andelar av sin hälft av de gemensamma utvecklingsmedlen, efter befolkning (avsnitt 4).
 * @customfunction UTVECKLING.FORDELA UTVECKLING.FORDELA
 * @param belopp De gemensamma utvecklingsmedlen totalt (region + kommuner).
 * @param befolkning Befolkning per kommun (ett område).
 * @returns Varje kommuns del i kronor, i samma form.
 */
export function utvecklingFordela(belopp: any, befolkning: any[][]): any[][] {
  return run(() => {
    const rs = ruleSet("utveckling", year(null));
    // The municipalities' half is shared in öre: 100,01 kr gives 50,005 kr, which cannot be.
    if (typeof belopp === "number" && Number.isFinite(belopp)) {
      const half = kommunernasDel(rs, belopp);
      if (!half.toDecimalPlaces(2).equals(half))
        throw new InputError(`Belopp: kommunernas del (${half.toString().replace(".", ",")} kr) får ha högst 2 decimaler; ange ett belopp i öre som går att dela jämnt.`);
    }
    return shareOut(belopp, befolkning, (a, ks) => fordelaUtveckling(rs, a, ks));
  });
}
