// Förklaring of the tilläggsbelopp (3.1–3.4) and joint development (4) functions, and of a
// municipality's share of each: figures from the engine functions the custom functions
// call; the share split into each factor's part plus the rounding to whole kronor.
import { FAKTORER_3_4, paramRecord, reading, type RuleSet } from "../../rules";
import { fordela, nyckel, shares } from "../tillagg/fordelning";
import { basAr, beraknaGrundbelopp, grundbelopp, indexfaktor, justeringsbelopp } from "../tillagg/grundbelopp";
import { justering, justeringsantal, tillaggsbelopp } from "../tillagg/justera";
import { normalvariation } from "../tillagg/normalvariation";
import { fordelaUtveckling, kommunernasDel } from "../utveckling/fordelning";
import { dec, sum, type Decimal, type DecimalInput } from "../money";
import { namn, parameter, tolkning } from "./regler";
import { kr, tal } from "./text";
import { belopp, forklaring, type Forklaring } from "./typ";

export function forklaraIndexfaktor(rs: RuleSet, year: number): Forklaring {
  const lpik = paramRecord(rs, "3.3.lpik");
  const years = Object.keys(lpik).filter((y) => Number(y) > basAr(rs) && Number(y) <= year && Number(y) >= Number(reading(rs, "3.3.index_fran")));
  return forklaring({
    rubrik: `LPIK-faktor från basåret till ${year} (3.3)`,
    avsnitt: "3.3",
    formel: "produkten av årens LPIK-faktorer",
    belopp: indexfaktor(rs, year),
    enhet: "faktor",
    parametrar: [parameter(rs, "3.bas_ar"), ...years.map((y) => namn(rs, "3.3.lpik", y))],
    tolkningar: [tolkning(rs, "3.3.index_fran")],
  });
}

export function forklaraGrundbelopp(rs: RuleSet, year: number): Forklaring {
  return forklaring({
    rubrik: `Grundbelopp ${year} (3.1, 3.3)`,
    avsnitt: "3.1",
    formel: "grundbeloppet i basårets nivå × LPIK-faktorn, avrundat till hela kronor",
    belopp: grundbelopp(rs, year),
    enhet: "kr",
    parametrar: [parameter(rs, "3.1.grundbelopp")],
    steg: [forklaraIndexfaktor(rs, year)],
  });
}

export function forklaraBerakna(posts: number, salary: number, po: number, factor: number): Forklaring {
  return forklaring({
    rubrik: "Grundbeloppets beräkning (3.1)",
    avsnitt: "3.1",
    formel: `${tal(posts)} × ${kr(salary)} × 12 × (1 + ${tal(po)}) × ${tal(factor)}`,
    belopp: beraknaGrundbelopp(posts, salary, po, factor),
    enhet: "kr",
    indata: [
      { namn: "Tjänster", varde: tal(posts) }, { namn: "Månadslön", varde: kr(salary) },
      { namn: "PO-pålägg", varde: tal(po) }, { namn: "Beredskapsfaktor", varde: tal(factor) },
    ],
  });
}

export function forklaraJusteringsbelopp(rs: RuleSet, year: number): Forklaring {
  return forklaring({
    rubrik: `Justeringsbelopp per ansluten person ${year} (3.2)`,
    avsnitt: "3.2",
    formel: "justeringsbeloppet i basårets nivå × LPIK-faktorn, avrundat till hela kronor",
    belopp: justeringsbelopp(rs, year),
    enhet: "kr",
    parametrar: [parameter(rs, "3.2.justeringsbelopp")],
    steg: [forklaraIndexfaktor(rs, year)],
  });
}

export function forklaraJustera(rs: RuleSet, count: number, year: number): Forklaring {
  const k = justeringsantal(rs, count);
  return forklaring({
    rubrik: `Revidering för ${count} anslutna (3.3)`,
    avsnitt: "3.3",
    formel: "antal personer utanför normalvariationen × justeringsbeloppet; 0 inom",
    belopp: justering(rs, count, year),
    enhet: "kr",
    indata: [{ namn: "Anslutna föregående år", varde: tal(count) }],
    parametrar: [parameter(rs, "3.3.normal_min"), parameter(rs, "3.3.normal_max")],
    tolkningar: [tolkning(rs, "3.3.justering_fran")],
    steg: [belopp("Personer utanför normalvariationen", k, "personer"), ...(k.isZero() ? [] : [forklaraJusteringsbelopp(rs, year)])],
  });
}

export function forklaraTillaggsbelopp(rs: RuleSet, count: number, year: number): Forklaring {
  return forklaring({
    rubrik: `Tilläggsbelopp efter avstämning ${year} (3.3)`,
    avsnitt: "3.3",
    formel: "grundbelopp + revidering",
    belopp: tillaggsbelopp(rs, count, year),
    enhet: "kr",
    delar: [forklaraGrundbelopp(rs, year), forklaraJustera(rs, count, year)],
  });
}

export function forklaraNormalvariation(rs: RuleSet, counts: readonly number[]): Forklaring {
  const nv = normalvariation(rs, counts);
  return forklaring({
    rubrik: "Normalvariation (3.3)",
    avsnitt: "3.3",
    formel: "medelvärde ± 2 standardavvikelser, avrundat till hela personer",
    belopp: null,
    enhet: "personer",
    text: `${nv.min}–${nv.max}`,
    indata: [{ namn: "Antal anslutna per år", varde: counts.join("; ") }],
    tolkningar: [tolkning(rs, "3.3.standardavvikelse"), tolkning(rs, "3.3.granser_avrundning")],
    steg: [belopp("Medelvärde", nv.medel, "personer"), belopp("Standardavvikelse", nv.standardavvikelse, "personer"), belopp("Nedre gräns", dec(nv.min), "personer"), belopp("Övre gräns", dec(nv.max), "personer")],
  });
}

/** The §3.4 key of municipality i, split into its three factors' terms (which sum to it). */
export function forklaraNyckel(rs: RuleSet, i: number, a: readonly DecimalInput[], c: readonly DecimalInput[], g: readonly DecimalInput[], namnet = `kommun ${i + 1}`): Forklaring {
  const w = paramRecord(rs, "3.4.faktorvikter");
  const s = { alder: shares(a, "Åldersviktad befolkning"), cni: shares(c, "CNI-viktad befolkning"), glesbygd: shares(g, "Glesbygdsvikt") };
  const text = { alder: "Andel åldersviktad befolkning", cni: "Andel CNI-viktad befolkning", glesbygd: "Andel glesbygdsvikt" };
  return forklaring({
    rubrik: `Fördelningsnyckel (3.4), ${namnet}`,
    avsnitt: "3.4",
    formel: "vikt × andel för ålder, CNI och glesbygd",
    belopp: nyckel(rs, a, c, g)[i],
    enhet: "andel",
    tolkningar: [tolkning(rs, "3.4.nyckel")],
    delar: FAKTORER_3_4.map((f) =>
      forklaring({ rubrik: text[f], avsnitt: "3.4", formel: `${tal(w[f])} × ${tal(s[f][i])}`, belopp: s[f][i].times(w[f]), enhet: "andel", parametrar: [namn(rs, "3.4.faktorvikter", f)] }),
    ),
  });
}

/** Part i of a distribution: the exact proportional amount plus the rounding to whole units. */
function andel(rubrik: string, avsnitt: string, total: Decimal, keys: readonly DecimalInput[], i: number, delning: Decimal[], nyckelSteg: Forklaring[]): Forklaring {
  const exact = total.times(dec(keys[i])).div(sum(keys.map(dec)));
  return forklaring({
    rubrik,
    avsnitt,
    formel: "beloppet × nyckeln / summan av nycklarna, avrundat så att delarna summerar exakt till beloppet (största rest)",
    belopp: delning[i],
    enhet: "kr",
    steg: [belopp("Belopp att fördela", total, "kr"), ...nyckelSteg, belopp("Summan av nycklarna", sum(keys.map(dec)), "")],
    delar: [belopp("Exakt andel", exact, "kr", "beloppet × nyckeln / summan av nycklarna"), belopp("Avrundning (största rest)", delning[i].minus(exact), "kr")],
  });
}

export function forklaraFordela(amount: DecimalInput, keys: readonly DecimalInput[], i: number): Forklaring {
  const d = fordela(amount, keys);
  return andel(`Fördelat belopp, del ${i + 1} (3.4)`, "3.4", dec(amount), keys, i, d, [belopp("Nyckel", dec(keys[i]), "")]);
}

/** The whole distribution: every part, summing exactly to the amount. */
export function forklaraFordelning(amount: DecimalInput, keys: readonly DecimalInput[]): Forklaring {
  return forklaring({ rubrik: "Fördelning (3.4)", avsnitt: "3.4", formel: "Σ delar", belopp: dec(amount), enhet: "kr", delar: keys.map((_, i) => forklaraFordela(amount, keys, i)) });
}

export function forklaraUtveckling(rs: RuleSet, amount: DecimalInput, keys: readonly DecimalInput[], i: number, namnet = `kommun ${i + 1}`): Forklaring {
  const half = kommunernasDel(rs, amount);
  const f = andel(`Gemensam utveckling, ${namnet} (4)`, "4", half, keys, i, fordelaUtveckling(rs, amount, keys), [belopp("Kommunens nyckel", dec(keys[i]), "")]);
  f.steg.unshift(forklaring({ rubrik: "Kommunernas del", avsnitt: "4", formel: "utvecklingsmedlen × kommunernas andel", belopp: half, enhet: "kr", indata: [{ namn: "Utvecklingsmedel totalt", varde: kr(amount) }], parametrar: [parameter(rs, "4.kommunernas_andel")] }));
  f.tolkningar.push(tolkning(rs, "4.fordelningsnyckel"));
  return f;
}
