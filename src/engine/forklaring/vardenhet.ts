// Förklaring of a vårdenhet's annual 5.1 payment (its five components and a private unit's
// supplements, section 5) and of its monthly payment (a twelfth, section 5), built from
// the county result lanetsErsattning computed: the figures are the engine's own.
import { reading, type RuleSet } from "../../rules";
import { manad } from "../check";
import { weightedCount } from "../halsoval/aldersvikt";
import { lakemedelPris } from "../halsoval/lakemedel";
import { privataTillagg } from "../halsoval/moms";
import { rehabForCount } from "../halsoval/rehab";
import { KOMPONENTER, type EnhetsResultat, type LanetsResultat } from "../halsoval/vardenhet";
import { manadsutbetalningar } from "../halsoval/manad";
import { dec, sum, type Decimal } from "../money";
import { forklaraGlesbygd, forklaraMoms, forklaraPris, forklaraSocioekonomi } from "./halsoval";
import { avstandFor } from "../halsoval/avstand";
import type { Vardenhet } from "../halsoval/vardenhet";
import { allaBand, parameter, tolkning } from "./regler";
import { tal } from "./text";
import { forklaring, type Forklaring } from "./typ";

const KOMPONENT_NAMN: Record<string, string> = {
  "5.1.1": "Ersättning per listad invånare",
  "5.1.2": "Socioekonomisk faktor (CNI)",
  "5.1.3": "Glesbygdsfaktor",
  "5.1.4": "Läkemedel (preliminär)",
  "5.1.5": "Rehabkoordinator",
};

/** Listed × weight × price per age band: the parts of 5.1.1 or 5.1.4, each the engine's weighted count of that band. */
function perBand(rs: RuleSet, key: "5.1.1.vikter" | "5.1.4.vikter", listade: readonly number[], price: Decimal, avsnitt: string): Forklaring[] {
  const bands = allaBand(rs, key);
  return listade.map((n, i) => {
    const one = listade.map((_, j) => (j === i ? n : 0));
    return forklaring({
      rubrik: `Åldersklass ${bands[i].nyckel.split(" ")[1]} år`,
      avsnitt,
      formel: `${tal(n)} listade × vikt ${tal(bands[i].varde)} × pris ${tal(price)}`,
      belopp: weightedCount(rs, key, one).times(price),
      enhet: "kr",
      indata: [{ namn: "Listade", varde: tal(n) }],
      parametrar: [bands[i]],
    });
  });
}

function komponent(rs: RuleSet, lan: LanetsResultat, r: EnhetsResultat, k: string): Forklaring {
  const e = r.enhet;
  const base = { rubrik: `${KOMPONENT_NAMN[k]} (${k}), ${e.namn}`, avsnitt: k, enhet: "kr", belopp: r.komponenter[k as "5.1.1"] };
  switch (k) {
    case "5.1.1": {
      const p = forklaraPris(rs, lan.underlag.viktadeListade);
      return forklaring({ ...base, formel: "Σ listade × vikt × pris för vikt 1,00 över åldersklasserna", steg: [p], delar: perBand(rs, "5.1.1.vikter", e.listade, p.belopp!, k) });
    }
    case "5.1.2":
      return { ...forklaraSocioekonomi(rs, r.listade, e.cni, lan.underlag.listadeGangerCni), ...base };
    case "5.1.3":
      return { ...forklaraGlesbygd(rs, r.listade, avstandFor(e, lan.underlag.avstand), lan.underlag.glesbygdsvikt), ...base };
    case "5.1.4":
      return forklaring({ ...base, formel: "Σ listade × vikt × pris för vikt 1,0 över åldersklasserna", parametrar: [parameter(rs, "5.1.4.pris")], delar: perBand(rs, "5.1.4.vikter", e.listade, lakemedelPris(rs), k) });
    default:
      return forklaring({ ...base, formel: "listade 16–67 år × belopp per listad", belopp: rehabForCount(rs, e.listade16till67), indata: [{ namn: "Listade 16–67 år", varde: tal(e.listade16till67) }], parametrar: [parameter(rs, "5.1.5.belopp")] });
  }
}

function tillaggen(rs: RuleSet, r: EnhetsResultat): Forklaring[] {
  const t = privataTillagg(rs, r.komponenter);
  const a = { ...forklaraMoms(rs, t.adminBase, "admin"), belopp: t.admin };
  a.tolkningar.push(tolkning(rs, "5.admin_komponenter"));
  const m = { ...forklaraMoms(rs, t.momsBase, "moms"), belopp: t.moms };
  m.tolkningar.push(tolkning(rs, "5.moms_komponenter"), tolkning(rs, "5.admin_moms"));
  return [a, m];
}

/** A unit's annual 5.1 total: its components (and a private unit's supplements) as parts. */
export function forklaraVardenhet(rs: RuleSet, lan: LanetsResultat, id: string): Forklaring {
  const r = lan.enheter.find((x) => x.enhet.id === id);
  if (!r) throw new Error(`Vårdenhet ${id} finns inte i beräkningen.`);
  const delar = KOMPONENTER.map((k) => komponent(rs, lan, r, k));
  if (r.enhet.privat) delar.push(...tillaggen(rs, r));
  return forklaring({
    rubrik: `Ersättning 5.1 per år, ${r.enhet.namn}`,
    avsnitt: "5.1",
    formel: r.enhet.privat ? "5.1.1 + 5.1.2 + 5.1.3 + 5.1.4 + 5.1.5 + IT/admin-påslag + momskompensation" : "5.1.1 + 5.1.2 + 5.1.3 + 5.1.4 + 5.1.5",
    belopp: r.summa,
    enhet: "kr",
    indata: [
      { namn: "Kommun", varde: r.enhet.kommun }, { namn: "Regi", varde: r.enhet.privat ? "privat" : "region" },
      { namn: "Listade", varde: tal(r.listade) }, { namn: "CNI", varde: tal(dec(r.enhet.cni)) }, { namn: "Avstånd", varde: avstandText(r.enhet, lan.underlag.avstand) },
    ],
    delar,
  });
}

/**
 * Month m's payment (section 5) at the year's counts: each part of the year (5.1.1–5.1.5,
 * IT/admin, moms) a twelfth for itself, rounded as the reading 5.manad.avrundning says; the
 * first months take the leftover öre (or kronor), so the months sum exactly to the parts.
 */
export function forklaraManad(rs: RuleSet, lan: LanetsResultat, id: string, month: number): Forklaring {
  const year = forklaraVardenhet(rs, lan, id);
  const r = lan.enheter.find((x) => x.enhet.id === id)!;
  const months = manadsutbetalningar(rs, r);
  manad(month);
  const enhet = reading(rs, "5.manad.avrundning") === "krona" ? "hela kronor" : "öre";
  return forklaring({
    rubrik: `Utbetalning månad ${month}, ${r.enhet.namn}`,
    avsnitt: "5",
    formel: `varje del av årsersättningen (5.1.1–5.1.5, IT/admin, moms) en tolftedel för sig i ${enhet}; de första månaderna får ${enhet === "öre" ? "ett öre" : "en krona"} var av resten, så att året summerar exakt`,
    belopp: months[month - 1],
    enhet: "kr",
    steg: [year, forklaring({ rubrik: `Årets delar avrundade till ${enhet}, per månad`, formel: "", belopp: sum(months), enhet: "kr", delar: months.map((b, i) => forklaring({ rubrik: `Månad ${i + 1}`, formel: "", belopp: b, enhet: "kr" })) })],
  });
}

/** The distance the unit computes with; under the reading "kommun" it is the municipality's. */
function avstandText(e: Vardenhet, kommuner: ReadonlyMap<string, number> | null | undefined): string {
  const km = avstandFor(e, kommuner);
  return km === e.avstandKm ? `${tal(km)} km` : `${tal(km)} km (kommunens ${e.kommun}; vårdenhetens egen ${tal(e.avstandKm)} km)`;
}
