// Förklaring of a custom function's result, by the function's name as typed in Excel
// (=HALSOVAL.LISTAD(72; 2026)). The task pane reads a formula's arguments from the cells
// and calls forklaraFunktion with them (one value per argument; a range as a flat array).
import { findRuleSet, sourceText, type Agreement, type RuleSet } from "../../rules";
import { InputError, nonNegative, wholeCount } from "../check";
import { dec } from "../money";
import * as H from "./halsoval";
import * as T from "./tillagg";
import { parameter, tolkning } from "./regler";
import { forklaring, type Forklaring } from "./typ";

export type Regelhittare = (agreement: Agreement, year: number) => RuleSet;

type Arg = unknown;
const tom = (x: Arg) => x === undefined || x === null || x === "";
const lista = (x: Arg): number[] => (Array.isArray(x) ? x.flat(2) : [x]).filter((v) => !tom(v)).map((v, i) => nonNegative(v, `Värde ${i + 1}`));

/**
 * The trace of `id` with `args` (as the custom function takes them). `year` is the
 * workbook's year, used where the formula leaves its year argument out; `index` picks one
 * cell of a function that spills (FORDELA, NYCKEL, UTVECKLING.FORDELA).
 */
export function forklaraFunktion(id: string, args: readonly Arg[], year: number, index = 0, regler: Regelhittare = findRuleSet): Forklaring {
  const y = (x: Arg) => (tom(x) ? year : wholeCount(x, "År", 2200));
  const hv = (x: Arg) => regler("halsoval", y(x));
  const n = (x: Arg, what: string) => wholeCount(x, what);
  const [a0, a1, a2, a3] = args;
  switch (id.toUpperCase()) {
    case "HALSOVAL.VIKT": return H.forklaraVikt(hv(a1), n(a0, "Ålder"));
    case "HALSOVAL.LISTAD": return H.forklaraListad(hv(a1), n(a0, "Ålder"));
    case "HALSOVAL.LAKEMEDEL": return H.forklaraLakemedel(hv(a1), n(a0, "Ålder"));
    case "HALSOVAL.REHAB": return H.forklaraRehab(hv(a1), n(a0, "Ålder"));
    case "HALSOVAL.CNI": return H.forklaraCni(hv(null), lista(a0), tom(a1) ? null : nonNegative(a1, "Riksvärdet"));
    case "HALSOVAL.SOCIOEKONOMI": return H.forklaraSocioekonomi(hv(a3), n(a0, "Antal listade"), nonNegative(a1, "CNI"), nonNegative(a2, "Länets listade × CNI"));
    case "HALSOVAL.GLESBYGDSVIKT": return H.forklaraGlesbygdsvikt(hv(a2), n(a0, "Antal listade"), nonNegative(a1, "Avstånd"));
    case "HALSOVAL.GLESBYGD": return H.forklaraGlesbygd(hv(a3), n(a0, "Antal listade"), nonNegative(a1, "Avstånd"), nonNegative(a2, "Länets glesbygdsvikt"));
    case "HALSOVAL.MOMS": return H.forklaraMoms(hv(a1), nonNegative(a0, "Beloppet"), "moms");
    case "HALSOVAL.ADMIN": return H.forklaraMoms(hv(a1), nonNegative(a0, "Beloppet"), "admin");
    case "HALSOVAL.UTBETALNINGSDAG": return H.forklaraUtbetalningsdag(hv(a0), y(a0), n(a1, "Månad"));
    case "HALSOVAL.FAMILJECENTRAL": return H.forklaraFamiljecentral(hv(a2), n(a0, "Antal barn"), tom(a1) ? 0 : nonNegative(a1, "Lokalhyra"));
    case "HALSOVAL.PARAMETER":
    case "HALSOVAL.KALLA": return forklaraParameter(id.toUpperCase(), String(a0 ?? ""), y(a1), regler);
    case "TILLAGG.GRUNDBELOPP": return T.forklaraGrundbelopp(regler("tillagg", y(a0)), y(a0));
    case "TILLAGG.BERAKNA": return T.forklaraBerakna(nonNegative(a0, "Tjänster"), nonNegative(a1, "Månadslön"), nonNegative(a2, "PO-pålägg"), nonNegative(a3, "Beredskapsfaktor"));
    case "TILLAGG.JUSTERINGSBELOPP": return T.forklaraJusteringsbelopp(regler("tillagg", y(a0)), y(a0));
    case "TILLAGG.JUSTERA": return T.forklaraJustera(regler("tillagg", y(a1)), n(a0, "Antal anslutna"), y(a1));
    case "TILLAGG.BELOPP": return T.forklaraTillaggsbelopp(regler("tillagg", y(a1)), n(a0, "Antal anslutna"), y(a1));
    case "TILLAGG.NORMALVARIATION": return T.forklaraNormalvariation(regler("tillagg", year), lista(a0));
    case "TILLAGG.FORDELA": return T.forklaraFordela(Number(a0), lista(a1), index);
    case "TILLAGG.NYCKEL": return T.forklaraNyckel(regler("tillagg", year), index, lista(a0), lista(a1), lista(a2));
    case "UTVECKLING.FORDELA": return T.forklaraUtveckling(regler("utveckling", year), Number(a0), lista(a1), index);
    default: throw new InputError(`${id} är inte en av tilläggets funktioner.`);
  }
}

function forklaraParameter(id: string, key: string, year: number, regler: Regelhittare): Forklaring {
  const agreement: Agreement | null = key.startsWith("5") ? "halsoval" : key.startsWith("3") ? "tillagg" : key.startsWith("4") ? "utveckling" : null;
  if (!agreement) throw new InputError(`"${key}" hör inte till något avtal.`);
  const rs = regler(agreement, year);
  const isReading = key in rs.data.readings;
  if (!isReading && !(key in rs.data.parameters)) throw new InputError(`"${key}" finns inte i regelverket ${rs.id}.`);
  const v = isReading ? null : rs.data.parameters[key].value;
  return forklaring({
    rubrik: id === "HALSOVAL.KALLA" ? `Källan för ${key}` : `Värdet ${key} i ${rs.id}`,
    avsnitt: (isReading ? rs.data.readings[key] : rs.data.parameters[key]).source.section,
    formel: "värdet ur regelverket",
    belopp: id === "HALSOVAL.PARAMETER" && typeof v === "string" ? dec(v) : null,
    enhet: isReading ? "tolkning" : rs.data.parameters[key].unit,
    text: id === "HALSOVAL.KALLA" ? sourceText(rs, key) : undefined,
    parametrar: !isReading && typeof v === "string" ? [parameter(rs, key as "5.moms")] : [],
    tolkningar: isReading ? [tolkning(rs, key as "5.admin_moms")] : [],
  });
}
