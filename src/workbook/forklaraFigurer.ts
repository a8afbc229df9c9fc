// "Förklara" (issue 11, item 2): which engine figure each cell of the yearly workbook holds,
// sheet by sheet, following the sheet modules' layouts (sheets/*.ts: the first unit or
// municipality row, the column of each figure). Each entry returns the engine's trace
// (engine/forklaring); nothing here computes a rule.
import { forklaraVardenhet, forklaraManad } from "../engine/forklaring/vardenhet";
import { forklaraKommunnyckel, forklaraTillaggsandel, forklaraUtvecklingsandel } from "../engine/forklaring/kommun";
import { forklaring, type Forklaring } from "../engine/forklaring/typ";
import { lanetsErsattning, type LanetsResultat } from "../engine/halsoval/vardenhet";
import { dec } from "../engine/money";
import { col } from "./layout";
import { kommunSheet, SHEETS, type SetupData, type YearSetup } from "./sheets/common";
import { avstamningSheet } from "./sheets/avstamning";
import { avstamningFigurer, revisionsdel } from "./forklaraAvstamning";
import { reviderasIar } from "../engine/tillagg/arsbelopp";
import { FORANDRING_FIRST, forandringSheet, forandringsLan } from "./sheets/forandring";
import { ALDER_FIRST } from "./sheets/alder";
import { ANDEL_FIRST } from "./sheets/andel";
import { REHAB_FIRST } from "./sheets/rehab";
import { SUMMA_FIRST } from "./sheets/summa";
import { TILLAGG_FIRST } from "./sheets/tillagg";
import { UTVECKLING_FIRST } from "./sheets/utveckling";
import { UTBETALNING_FIRST } from "./sheets/utbetalning";
import { kommunEnheterFran } from "./sheets/kommun";
import { STEG, ORDNING, utfallen, vattenfall } from "../engine/forklaring/vattenfall";
import { kommunensSumma } from "../engine/forklaring/lan";
import { kr } from "../engine/forklaring/text";
import { medForegaende, ordered } from "./plan";
import type { Figurer, Figurtabell } from "./forklaraBlad";

/** What the figures are computed from: the setup, the data in the sheets' order, the county's 5.1 result. */
export interface Sammanhang {
  setup: YearSetup;
  data: SetupData;
  lan: () => LanetsResultat;
  /** Unit i's annual trace (forklaraVardenhet), computed once. */
  enhet: (i: number) => Forklaring;
  /** On a municipality's sheet: its name. */
  kommun: string | null;
}

type Delat = Omit<Sammanhang, "kommun">;
/**
 * The county's result and the units' traces, made once per (setup, data) and kept while the
 * pane holds the same data: Förklara asks on every selection change.
 */
const delat = new WeakMap<SetupData, Delat>();

export function sammanhang(setup: YearSetup, d: SetupData, sheet: string): Sammanhang {
  let x = delat.get(d);
  if (!x || x.setup !== setup) {
    const data = ordered(d);
    let lan: LanetsResultat | null = null;
    const enheter = new Map<number, Forklaring>();
    const y: Delat = {
      setup,
      data,
      lan: () => (lan ??= lanetsErsattning(setup.halsoval, data.vardenheter)),
      enhet: (i) => enheter.get(i) ?? enheter.set(i, forklaraVardenhet(setup.halsoval, y.lan(), y.lan().enheter[i].enhet.id)).get(i)!,
    };
    delat.set(d, (x = y));
  }
  return { ...x, kommun: x.data.befolkning.find((k) => kommunSheet(k.kommun) === sheet)?.kommun ?? null };
}

const units = (s: Sammanhang) => s.data.vardenheter.length;
const kommuner = (s: Sammanhang) => s.data.befolkning.length;
const namnet = (s: Sammanhang, i: number) => s.data.vardenheter[i].namn;

/** Unit i's component k (0 = 5.1.1 … 4 = 5.1.5) as a part of its annual trace. */
const komponent = (k: number) => (s: Sammanhang, i: number) => s.enhet(i).delar[k];

/** A private unit's IT/admin supplement (part 5) or VAT compensation (part 6); 0 for a region unit. */
const tillagg = (k: 5 | 6, rubrik: string) => (s: Sammanhang, i: number) =>
  s.data.vardenheter[i].privat
    ? s.enhet(i).delar[k]
    : forklaring({ rubrik: `${rubrik}, ${namnet(s, i)}`, avsnitt: "5", formel: "gäller bara vårdenheter i privat regi; vårdenheten är i regionens regi", belopp: dec(0), enhet: "kr" });

const perManad = (s: Sammanhang, i: number) => {
  const year = s.enhet(i);
  return forklaring({ rubrik: `Per månad (1/12), ${namnet(s, i)}`, avsnitt: "5", formel: "årsersättningen / 12 (utbetalningen i öre står på bladet Utbetalning)", belopp: year.belopp!.div(12), enhet: "kr", steg: [year] });
};

const summa = (blad: string) => (c: string) => `Summa kolumn ${c}, ${blad}`;

const enhetstabell = (first: number, columns: Figurtabell["columns"], blad: string): Figurtabell => ({ first, count: units, columns, summa: summa(blad) });

function utbetalning(s: YearSetup, d: SetupData): Figurtabell {
  const columns: Figurtabell["columns"] = {};
  d.vardenheter.forEach((_, u) => {
    columns[col(u + 2)] = (x, m) => forklaraManad(s.halsoval, x.lan(), x.lan().enheter[u].enhet.id, m + 1);
  });
  return { first: UTBETALNING_FIRST, count: () => 12, columns, summa: summa(SHEETS.utbetalning) };
}

/** Year Y's tilläggsbelopp needs the connected count only when the reading revises this year's amount (3.3). */
const utanAntal = (s: YearSetup) => s.anslutna == null && reviderasIar(s.tillagg);

function tillaggsbelopp(s: YearSetup): Figurtabell {
  const kommun = (x: Sammanhang, i: number) => x.data.befolkning[i].kommun;
  return {
    first: TILLAGG_FIRST,
    count: kommuner,
    columns: {
      E: (x, i) => forklaraKommunnyckel(s, x.data.befolkning, kommun(x, i)),
      F: (x, i) => (utanAntal(s) ? null : forklaraTillaggsandel(s, x.data.befolkning, s.anslutna ?? null, kommun(x, i))),
    },
    summa: summa(SHEETS.tillagg),
  };
}

const utvecklingsandel = (s: YearSetup) => (x: Sammanhang, i: number) =>
  s.utvecklingBelopp == null ? null : forklaraUtvecklingsandel(s, x.data.befolkning, s.utvecklingBelopp, x.data.befolkning[i].kommun);

/** A municipality's sheet: its key and shares, and its units' annual totals (rows from 9). */
function kommunblad(s: YearSetup, d: SetupData, kommun: string): Figurer {
  const rev = revisionsdel(s, d);
  const i = (x: Sammanhang) => x.data.befolkning.findIndex((k) => k.kommun === kommun);
  const mine = (x: Sammanhang) => x.data.vardenheter.flatMap((e, u) => (e.kommun === kommun ? [u] : []));
  return {
    cells: {
      B4: (x) => forklaraKommunnyckel(s, x.data.befolkning, kommun),
      B5: (x) => (utanAntal(s) ? null : forklaraTillaggsandel(s, x.data.befolkning, s.anslutna ?? null, kommun)),
      B6: (x) => utvecklingsandel(s)(x, i(x)),
      ...(rev ? { B7: (x: Sammanhang) => rev(x, i(x)) } : {}),
    },
    // The units' table starts a row lower where the sheet has the revision's row (sheets/kommun.ts).
    tables: [{ first: kommunEnheterFran(!!rev), count: (x) => mine(x).length, columns: { D: (x, k) => x.enhet(mine(x)[k]) } }],
  };
}

/**
 * Förändring Y−1–Y (the pane fills it with this year's data for both years): per
 * municipality each cause's part, "Summa delar" and the change, from the engine's waterfall.
 */
function forandring(s: YearSetup): Figurer {
  const prev = (s.foregaende ?? medForegaende(s).foregaende);
  if (!prev) return {};
  let states: ReturnType<typeof utfallen> | null = null;
  const hela = (x: Sammanhang, i: number): Forklaring => {
    if (!states) { const l = forandringsLan(s, x.data, prev); states = utfallen(l.fore, l.efter); }
    const k = x.data.befolkning[i].kommun;
    const v = vattenfall(states, (u) => kommunensSumma(u, k));
    return forklaring({
      rubrik: `Förändring ${s.year - 1}–${s.year}, ${k}`,
      formel: ORDNING,
      belopp: v.forandring,
      enhet: "kr",
      indata: [{ namn: `Summa ${s.year - 1}`, varde: kr(v.fore) }, { namn: `Summa ${s.year}`, varde: kr(v.efter) }],
      delar: v.delar.map((p) => forklaring({ rubrik: `${p.rubrik} (${p.orsak}), ${k}`, formel: "kommunens summa efter steget − före steget", belopp: p.forandring, enhet: "kr", indata: [{ namn: "Efter steget", varde: kr(p.efter) }] })),
    });
  };
  const columns: Figurtabell["columns"] = { [col(2 + STEG.length)]: hela, [col(4 + STEG.length)]: hela };
  STEG.forEach((_, j) => (columns[col(2 + j)] = (x, i) => hela(x, i).delar[j]));
  return { tables: [{ first: FORANDRING_FIRST, count: kommuner, columns, summa: summa(forandringSheet(s.year)) }] };
}

/** Our sheets' figures, or null for a sheet the add-in did not write. */
export function figurBlad(sheet: string, s: YearSetup, d: SetupData): Figurer | null {
  switch (sheet) {
    case SHEETS.listad:
      return { tables: [enhetstabell(ALDER_FIRST, { D: komponent(0) }, sheet)] };
    case SHEETS.cni:
      return { tables: [enhetstabell(ANDEL_FIRST, { F: komponent(1) }, sheet)] };
    case SHEETS.glesbygd:
      return { tables: [enhetstabell(ANDEL_FIRST, { F: komponent(2) }, sheet)] };
    case SHEETS.lakemedel:
      return { tables: [enhetstabell(ALDER_FIRST, { D: komponent(3) }, sheet)] };
    case SHEETS.rehab:
      return { tables: [enhetstabell(REHAB_FIRST, { D: komponent(4) }, sheet)] };
    case SHEETS.summa: {
      const cols = { E: komponent(0), F: komponent(1), G: komponent(2), H: komponent(3), I: komponent(4) };
      return { tables: [enhetstabell(SUMMA_FIRST, { ...cols, J: tillagg(5, "IT/admin-påslag"), K: tillagg(6, "Momskompensation"), L: (x, i) => x.enhet(i), M: perManad }, sheet)] };
    }
    case SHEETS.utbetalning:
      return { tables: [utbetalning(s, d)] };
    case SHEETS.tillagg:
      return { tables: [tillaggsbelopp(s)] };
    case SHEETS.utveckling:
      return { tables: [{ first: UTVECKLING_FIRST, count: kommuner, columns: { C: utvecklingsandel(s) }, summa: summa(sheet) }] };
    case avstamningSheet(s.year):
      return avstamningFigurer(s, d);
    case SHEETS.parametrar:
    case SHEETS.vardenheter:
    case SHEETS.befolkning:
      return {};
  }
  const k = d.befolkning.find((x) => kommunSheet(x.kommun) === sheet);
  if (k) return kommunblad(s, d, k.kommun);
  if (sheet === forandringSheet(s.year)) return forandring(s);
  if (sheet.startsWith("Scenario ")) return {};
  return null;
}
