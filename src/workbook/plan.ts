// What the yearly setup writes: every sheet as a layout (layout.ts), built from the
// effective rule sets, the user's inputs and the validated data, one module per sheet
// (sheets/). The calculation sheets use our custom functions so that an economist can see
// and audit each formula; each formula's value is computed by the engine as the plan is
// built (the cached value of an .xlsx). Pure: no Office.
import { InputError } from "../engine/check";
import { lanetsErsattning } from "../engine/halsoval/vardenhet";
import { KOMMUNER } from "./indata";
import { rectangle, SheetLayout } from "./layout";
import { SetupData, YearSetup } from "./sheets/common";
import { parametrar } from "./sheets/parametrar";
import { indataBefolkning, indataVardenheter } from "./sheets/indata";
import { aldersblad, LAKEMEDEL, LISTAD } from "./sheets/alder";
import { andelsblad, CNI_SHEET, GLESBYGD_SHEET } from "./sheets/andel";
import { rehabBlad } from "./sheets/rehab";
import { summaBlad } from "./sheets/summa";
import { utbetalningBlad } from "./sheets/utbetalning";
import { tillaggBlad, tillaggValue } from "./sheets/tillagg";
import { utvecklingBlad, utvecklingValue } from "./sheets/utveckling";
import { kommunBlad } from "./sheets/kommun";
import { avstamningBlad, avstamningPart } from "./sheets/avstamning";
import { forandringBlad } from "./sheets/forandring";
import { findRuleSet, NoRuleSetError, withOverrides, type Agreement, type RuleSet } from "../rules";

export { SHEETS, kommunSheet } from "./sheets/common";
export type { ForegaendeRegler, SetupData, YearSetup } from "./sheets/common";

/**
 * The setup with last year's rule sets added where they exist (the user's LPIK inputs apply
 * to both years: the factors are per year); unchanged when there is no Hälsoval rule set for
 * last year. Development funds: none last year when its agreement did not apply then.
 */
export function medForegaende(s: YearSetup, sets?: readonly RuleSet[]): YearSetup {
  const find = (a: Agreement) => {
    try {
      return findRuleSet(a, s.year - 1, sets);
    } catch (e) {
      if (e instanceof NoRuleSetError || e instanceof InputError) return undefined;
      throw e;
    }
  };
  const hv = find("halsoval");
  const tb = find("tillagg");
  if (!hv || !tb) return s;
  const lpik = s.tillagg.data.parameters["3.3.lpik"]?.value as Record<string, string> | undefined;
  const tillagg = tb.id === s.tillagg.id ? s.tillagg : lpik ? withOverrides(tb, { parameters: { "3.3.lpik": { ...(tb.data.parameters["3.3.lpik"]?.value as Record<string, string>), ...lpik } } as never }) : tb;
  return { ...s, foregaende: { halsoval: hv, tillagg, utveckling: find("utveckling") } };
}

/** The municipalities in the agreements' order (their sheets and the §3.4 rows follow it). */
export function ordered(d: SetupData): SetupData {
  const order = new Map(KOMMUNER.map((k, i) => [k as string, i]));
  return { vardenheter: d.vardenheter, befolkning: [...d.befolkning].sort((a, b) => (order.get(a.kommun) ?? 99) - (order.get(b.kommun) ?? 99)) };
}

/** Every sheet of the yearly workbook, in the order they are written. */
/** `previousData`: last year's data for the change from last year (default: this year's, said on the sheet). */
export function planWorkbook(s: YearSetup, d: SetupData, computedAt: string, previousData?: SetupData): SheetLayout[] {
  const data = ordered(d);
  const hv = s.halsoval;
  const lan = lanetsErsattning(hv, data.vardenheter);
  const tillagg = tillaggBlad(s, data);
  const utveckling = utvecklingBlad(s, data);
  const avstamning = s.foregaende ? avstamningBlad(s, s.foregaende.tillagg, data) : null;
  const layouts = [
    parametrar(s, computedAt),
    indataVardenheter(data),
    indataBefolkning(data),
    aldersblad(LISTAD, hv, data),
    andelsblad(CNI_SHEET, hv, data, lan),
    andelsblad(GLESBYGD_SHEET, hv, data, lan),
    aldersblad(LAKEMEDEL, hv, data),
    rehabBlad(hv, data),
    summaBlad(hv, data, lan),
    utbetalningBlad(hv, s.year, data, lan),
    tillagg,
    ...(avstamning ? [avstamning] : []),
    utveckling,
    ...data.befolkning.map((k, i) =>
      kommunBlad(s, data, lan, k.kommun, computedAt, { nyckel: tillaggValue(tillagg, "E", i), tillagg: tillaggValue(tillagg, "F", i), utveckling: utvecklingValue(utveckling, i), revidering: avstamning ? avstamningPart(avstamning, s.year, i) : undefined }),
    ),
    ...(s.foregaende ? [forandringBlad(s, data, s.foregaende, previousData && ordered(previousData))] : []),
  ];
  // Range.formulas needs a rectangle exactly the size of its range.
  return layouts.map((l) => ({ ...l, rows: rectangle(l.rows) }));
}
