// Förklaring of the Hälsoval custom functions (5.1.1–5.1.5, 5 moms/admin/payment day,
// 5.3.1): each trace takes its figure from the engine function the custom function calls,
// and its intermediate amounts from the engine functions that rule is built of.
import { CNI_VARIABLER, paramValue, type RuleSet } from "../../rules";
import { cniFranAndelar, cniVikter, socioekonomi, cniBudget } from "../halsoval/cni";
import { avstandKm, avstandsvikt, glesbygd, glesbygdBudget, glesbygdsvikt, listadViktat } from "../halsoval/glesbygd";
import { lakemedelBelopp, lakemedelPris, lakemedelVikt } from "../halsoval/lakemedel";
import { listadBelopp, pris, vikt } from "../halsoval/listad";
import { admin, moms } from "../halsoval/moms";
import { rehabBelopp } from "../halsoval/rehab";
import { familjecentral } from "../halsoval/tillagg";
import { excelSerial, isoDatum, utbetalningsdag } from "../halsoval/utbetalning";
import { paramBands } from "../../rules";
import { dec, type DecimalInput } from "../money";
import { band, namn, parameter, tolkning } from "./regler";
import { tal } from "./text";
import { belopp, forklaring, type Forklaring } from "./typ";

const alderIn = (a: number) => ({ namn: "Ålder", varde: `${a} år` });

export function forklaraVikt(rs: RuleSet, age: number, key: "5.1.1.vikter" | "5.1.4.vikter" = "5.1.1.vikter"): Forklaring {
  const v = key === "5.1.1.vikter" ? vikt(rs, age) : lakemedelVikt(rs, age);
  return forklaring({
    rubrik: `Åldersvikt (${key.slice(0, 5)}), ${age} år`,
    avsnitt: key.slice(0, 5),
    formel: "vikten för åldersklassen",
    belopp: v,
    enhet: "vikt",
    indata: [alderIn(age)],
    parametrar: [band(rs, key, age)],
  });
}

/** The price of weight 1.00 (5.1.1): published, or derived from the total (reading 5.1.1.prislage). */
export function forklaraPris(rs: RuleSet, countyWeighted?: DecimalInput | null): Forklaring {
  const p = pris(rs, countyWeighted);
  const harlett = countyWeighted != null && !p.equals(dec(paramValue(rs, "5.1.1.pris")));
  return forklaring({
    rubrik: "Pris för vikt 1,00 (5.1.1)",
    avsnitt: "5.1.1",
    formel: harlett ? "totalen i tkr × 1 000 / länets viktade antal listade" : "publicerat pris",
    belopp: p,
    enhet: "kr/år",
    parametrar: [parameter(rs, harlett ? "5.1.1.total" : "5.1.1.pris")],
    tolkningar: [tolkning(rs, "5.1.1.prislage")],
    steg: harlett ? [belopp("Länets viktade antal listade", dec(countyWeighted!), "vikt")] : [],
  });
}

export function forklaraListad(rs: RuleSet, age: number): Forklaring {
  return forklaring({
    rubrik: `Ersättning per listad invånare (5.1.1), ${age} år`,
    avsnitt: "5.1.1",
    formel: "vikt × pris för vikt 1,00",
    belopp: listadBelopp(rs, age),
    enhet: "kr",
    indata: [alderIn(age)],
    steg: [forklaraVikt(rs, age), forklaraPris(rs)],
  });
}

export function forklaraLakemedel(rs: RuleSet, age: number): Forklaring {
  return forklaring({
    rubrik: `Läkemedel per listad (5.1.4, preliminär), ${age} år`,
    avsnitt: "5.1.4",
    formel: "vikt × pris för vikt 1,0",
    belopp: lakemedelBelopp(rs, age),
    enhet: "kr",
    indata: [alderIn(age)],
    steg: [
      forklaraVikt(rs, age, "5.1.4.vikter"),
      forklaring({ rubrik: "Pris för vikt 1,0 (5.1.4)", avsnitt: "5.1.4", formel: "preliminärt pris", belopp: lakemedelPris(rs), enhet: "kr/år", parametrar: [parameter(rs, "5.1.4.pris")] }),
    ],
  });
}

export function forklaraRehab(rs: RuleSet, age: number): Forklaring {
  return forklaring({
    rubrik: `Rehabkoordinator per listad (5.1.5), ${age} år`,
    avsnitt: "5.1.5",
    formel: "beloppet per listad om åldern ligger inom intervallet, annars 0",
    belopp: rehabBelopp(rs, age),
    enhet: "kr",
    indata: [alderIn(age)],
    parametrar: [parameter(rs, "5.1.5.alder_fran"), parameter(rs, "5.1.5.alder_till"), parameter(rs, "5.1.5.belopp")],
  });
}

export function forklaraCni(rs: RuleSet, shares: readonly DecimalInput[], national?: DecimalInput | null): Forklaring {
  const result = cniFranAndelar(rs, shares, national);
  const w = cniVikter(rs);
  // Each variable's term is the engine's CNI of that share alone (the others 0).
  const delar = CNI_VARIABLER.map((v, i) =>
    forklaring({
      rubrik: `Vikt × andel: ${v}`,
      avsnitt: "5.1.2",
      formel: `${tal(w[i])} × ${tal(dec(shares[i]))}`,
      belopp: cniFranAndelar(rs, shares.map((s, j) => (j === i ? s : 0))),
      enhet: "",
      indata: [{ namn: `Andel ${v}`, varde: tal(dec(shares[i])) }],
      parametrar: [namn(rs, "5.1.2.vikter", v)],
    }),
  );
  const raw = forklaring({ rubrik: "CNI före riksvärdet", avsnitt: "5.1.2", formel: "Σ vikt × andel", belopp: cniFranAndelar(rs, shares), enhet: "", delar });
  if (national == null) return { ...raw, rubrik: "CNI (5.1.2)" };
  return forklaring({
    rubrik: "CNI (5.1.2)",
    avsnitt: "5.1.2",
    formel: "Σ vikt × andel / riksvärdet",
    belopp: result,
    enhet: "",
    indata: [{ namn: "Riksvärde", varde: tal(dec(national)) }],
    steg: [raw],
  });
}

export function forklaraSocioekonomi(rs: RuleSet, listed: number, cni: DecimalInput, county: DecimalInput): Forklaring {
  return forklaring({
    rubrik: "Socioekonomisk ersättning (5.1.2)",
    avsnitt: "5.1.2",
    formel: "budget × (listade × CNI) / länets summa av listade × CNI",
    belopp: socioekonomi(rs, listed, cni, county),
    enhet: "kr",
    indata: [{ namn: "Listade", varde: tal(listed) }, { namn: "CNI", varde: tal(dec(cni)) }, { namn: "Länets listade × CNI", varde: tal(dec(county)) }],
    steg: [
      forklaring({ rubrik: "Budget för socioekonomisk faktor", avsnitt: "5.1.2", formel: "tkr × 1 000", belopp: cniBudget(rs), enhet: "kr", parametrar: [parameter(rs, "5.1.2.total")] }),
      belopp("Vårdenhetens listade × CNI", dec(cni).times(listed), ""),
      belopp("Länets listade × CNI", dec(county), ""),
    ],
  });
}

export function forklaraGlesbygdsvikt(rs: RuleSet, listed: number, km: number): Forklaring {
  const bands = paramBands(rs, "5.1.3.listintervall");
  const listadeViktade = forklaring({
    rubrik: "Listade viktade per intervall",
    avsnitt: "5.1.3",
    formel: "listade i varje intervall × intervallets vikt",
    belopp: listadViktat(rs, listed),
    enhet: "",
    parametrar: bands.filter((b) => b.from <= Math.max(listed, 1)).map((b) => band(rs, "5.1.3.listintervall", b.from)),
    tolkningar: [tolkning(rs, "5.1.3.listintervall")],
  });
  const avstand = forklaring({
    rubrik: "Avståndsvikt",
    avsnitt: "5.1.3",
    formel: "vikten för avståndsintervallet; 0 under minsta avståndet",
    belopp: avstandsvikt(rs, km),
    enhet: "vikt",
    parametrar: [parameter(rs, "5.1.3.minsta_avstand"), band(rs, "5.1.3.avstandsvikter", avstandKm(rs, km))],
    tolkningar: [tolkning(rs, "5.1.3.avstand_avrundning")],
  });
  return forklaring({
    rubrik: "Glesbygdsvikt (5.1.3)",
    avsnitt: "5.1.3",
    formel: "listade viktade per intervall × avståndsvikt",
    belopp: glesbygdsvikt(rs, listed, km),
    enhet: "",
    indata: [{ namn: "Listade", varde: tal(listed) }, { namn: "Avstånd", varde: `${tal(km)} km` }],
    steg: [listadeViktade, avstand],
  });
}

export function forklaraGlesbygd(rs: RuleSet, listed: number, km: number, county: DecimalInput): Forklaring {
  return forklaring({
    rubrik: "Glesbygdsersättning (5.1.3)",
    avsnitt: "5.1.3",
    formel: "budget × glesbygdsvikt / länets glesbygdsvikt",
    belopp: glesbygd(rs, listed, km, county),
    enhet: "kr",
    indata: [{ namn: "Länets glesbygdsvikt", varde: tal(dec(county)) }],
    steg: [
      forklaring({ rubrik: "Budget för glesbygdsfaktor", avsnitt: "5.1.3", formel: "tkr × 1 000", belopp: glesbygdBudget(rs), enhet: "kr", parametrar: [parameter(rs, "5.1.3.total")] }),
      forklaraGlesbygdsvikt(rs, listed, km),
      belopp("Länets glesbygdsvikt", dec(county), ""),
    ],
  });
}

export function forklaraMoms(rs: RuleSet, amount: DecimalInput, which: "moms" | "admin" = "moms"): Forklaring {
  const key = which === "moms" ? "5.moms" : "5.admin";
  return forklaring({
    rubrik: which === "moms" ? "Momskompensation (5)" : "IT/admin-påslag (5)",
    avsnitt: "5",
    formel: "belopp × andel",
    belopp: which === "moms" ? moms(rs, amount) : admin(rs, amount),
    enhet: "kr",
    indata: [{ namn: "Belopp", varde: tal(dec(amount), 2) }],
    parametrar: [parameter(rs, key)],
  });
}

export function forklaraUtbetalningsdag(rs: RuleSet, year: number, month: number): Forklaring {
  const d = utbetalningsdag(year, month, rs);
  const iso = isoDatum(d);
  return forklaring({
    rubrik: `Utbetalningsdag ${year}-${String(month).padStart(2, "0")} (5)`,
    avsnitt: "5",
    formel: "den angivna dagen i månaden, eller närmaste bankdag därefter",
    belopp: dec(excelSerial(d)),
    enhet: "datum",
    text: iso,
    indata: [{ namn: "År", varde: String(year) }, { namn: "Månad", varde: String(month) }],
    parametrar: [parameter(rs, "5.utbetalningsdag")],
  });
}

export function forklaraFamiljecentral(rs: RuleSet, children: number, rent = 0): Forklaring {
  return forklaring({
    rubrik: "Familjecentral (5.3.1)",
    avsnitt: "5.3.1",
    formel: "antal barn × belopp per barn, lägst min och högst max, plus lokalhyra",
    belopp: familjecentral(rs, children, rent),
    enhet: "kr",
    indata: [{ namn: "Listade barn 0–5 år", varde: tal(children) }, { namn: "Lokalhyra", varde: tal(rent, 2) }],
    parametrar: [parameter(rs, "5.3.1.per_barn"), parameter(rs, "5.3.1.min"), parameter(rs, "5.3.1.max")],
    delar: [
      forklaring({ rubrik: "Ersättning för barnen, inom min och max", avsnitt: "5.3.1", formel: "", belopp: familjecentral(rs, children, 0), enhet: "kr" }),
      belopp("Lokalhyra (faktisk kostnad)", dec(rent), "kr"),
    ],
  });
}
