// What changed from last year, by cause (issue 11, item 5), for the pane's waterfall: the
// same two years as the sheet "Förändring" (last year's rule sets, this year's; this year's
// data and last year's where the pane holds it) through the engine's sequential attribution (engine/forklaring/vattenfall.ts),
// and the bars the chart draws. Pure: no React, no Office.
import { enhetensSumma, kommunensSumma, type Lanet, type LanetsUtfall } from "../../engine/forklaring/lan";
import { utfallen, type Vattenfall } from "../../engine/forklaring/vattenfall";
import { roundOre, sum, type Decimal } from "../../engine/money";
import { medForegaende, ordered, type SetupData, type YearSetup } from "../../workbook/plan";
import { forandringSheet, forandringsLan } from "../../workbook/sheets/forandring";

/** What the waterfall is for: the whole county, one municipality or one unit. */
export interface Amne {
  value: string;
  label: string;
  matt: (u: LanetsUtfall) => Decimal;
}

export type VattenfallUnderlag =
  | { ok: true; year: number; utfall: LanetsUtfall[]; amnen: Amne[]; notes: string[] }
  | { ok: false; message: string };

/**
 * The county's total: every municipality's (units' 5.1, share of the tilläggsbelopp and of the
 * development funds), each to the öre first, as the sheet's "Summa" row adds them.
 */
export const lanetsSumma = (u: LanetsUtfall): Decimal => sum(u.kommuner.map((k) => roundOre(k.summa)));

/**
 * Last year and this year exactly as the sheet "Förändring" builds them (forandringsLan). Last
 * year's data when given; otherwise this year's data stands for both years, the data steps
 * are then zero and the change is the rules'.
 */
export function paneLanen(setup: YearSetup, d: SetupData, previousData?: SetupData): { fore: Lanet; efter: Lanet; utvecklingNy: boolean } | null {
  const s = medForegaende(setup);
  const prev = s.foregaende;
  if (!prev) return null;
  const { fore, efter } = forandringsLan(s, ordered(d), prev, previousData && ordered(previousData));
  return { fore, efter, utvecklingNy: !prev.utveckling };
}

/** Last year's data as the pane holds it, with the names of the files it came from. */
export interface ForraUnderlag {
  data: SetupData;
  filer: string[];
}

type Tabeller = { vardenheter: SetupData["vardenheter"] | null; befolkning: SetupData["befolkning"] | null };

/** How units present in only one of the years are counted (tillstand: the count step adds or drops them whole). */
function enheterEttAr(fore: Lanet, efter: Lanet, y: number): string[] {
  const nu = new Set(efter.enheter.map((e) => e.id));
  const da = new Set(fore.enheter.map((e) => e.id));
  const nya = efter.enheter.filter((e) => !da.has(e.id)).length;
  const borta = fore.enheter.filter((e) => !nu.has(e.id)).length;
  if (!nya && !borta) return [];
  return [
    `${nya} vårdenhet${nya === 1 ? "" : "er"} finns bara ${y} och ${borta} bara ${y - 1} (samma id båda åren räknas som samma enhet). En ny enhets hela ersättning räknas under Antal listade (från 0 kr), en upphörd enhets likaså (till 0 kr); delarna summerar ändå exakt till förändringen.`,
  ];
}

export function vattenfallUnderlag(setup: YearSetup | null, d: Tabeller, forra?: ForraUnderlag): VattenfallUnderlag {
  if (!setup) return { ok: false, message: "Steg 1 är inte klart: ange årets indata först." };
  if (!d.vardenheter || !d.befolkning) return { ok: false, message: "Läs in listningsdata och befolkning i steg 2 först." };
  const lanen = paneLanen(setup, { vardenheter: d.vardenheter, befolkning: d.befolkning }, forra?.data);
  if (!lanen) return { ok: false, message: `Det finns inget regelverk för ${setup.year - 1} att jämföra med, så förändringen från förra året kan inte visas.` };
  const utfall = utfallen(lanen.fore, lanen.efter);
  const kommuner = lanen.efter.kommuner.map((k) => k.kommun);
  const y = setup.year;
  const nu = new Set(lanen.efter.enheter.map((e) => e.id));
  const enhet = (e: { id: string; namn: string; kommun: string }, extra = ""): Amne => ({ value: `enhet:${e.id}`, label: `${e.namn} (${e.kommun}${extra})`, matt: (u: LanetsUtfall) => enhetensSumma(u, e.id) });
  const amnen: Amne[] = [
    { value: "lan", label: "Hela länet", matt: lanetsSumma },
    ...kommuner.map((k) => ({ value: `kommun:${k}`, label: k, matt: (u: LanetsUtfall) => kommunensSumma(u, k) })),
    ...lanen.efter.enheter.map((e) => enhet(e)),
    ...lanen.fore.enheter.filter((e) => !nu.has(e.id)).map((e) => enhet(e, `, bara ${y - 1}`)),
  ];
  const notes = [
    forra
      ? `Förra årets data är given (${forra.filer.join(" och ")}): ${y - 1} räknas med den och ${y} med årets data, så stegen för data visar vad listningen, CNI och befolkningen ändrade.`
      : `Förra årets data finns inte i fönstret: ${y - 1} räknas med samma data som ${y} (som på bladet ${forandringSheet(y)}), så stegen för data visar ingen förändring och förändringen kommer av regelverken.`,
    ...(forra ? enheterEttAr(lanen.fore, lanen.efter, y) : []),
    ...(lanen.utvecklingNy ? [`Överenskommelsen om gemensam utveckling gällde inte ${y - 1}: årets utvecklingsmedel syns under Övriga data.`] : []),
  ];
  return { ok: true, year: y, utfall, amnen, notes };
}

/** One bar of the chart: from `fran` to `till` (kr, the change accumulated since last year). */
export interface Stapel {
  key: string;
  label: string;
  fran: number;
  till: number;
  slag: "regler" | "data" | "summa";
}

/** Short labels for the chart's axis (the table below names each step in full). */
export const KORT: Record<string, string> = {
  lpik: "LPIK",
  priser: "Priser",
  vikter: "Vikter",
  budgetar: "Budget",
  ovriga_regler: "Övr. regler",
  antal: "Antal",
  alder: "Ålder",
  cni: "CNI",
  befolkning: "Befolkn.",
  ovriga_data: "Övr. data",
};

/**
 * The waterfall as floating bars: each step that changes anything, from the change so far to
 * the change after it, then the whole change from 0. Zero steps are left out of the chart
 * (the table lists them).
 */
export function staplar(v: Vattenfall): Stapel[] {
  const out: Stapel[] = [];
  let sofar = 0;
  let exact = v.fore;
  for (const d of v.delar) {
    exact = d.efter;
    const till = exact.minus(v.fore).toNumber();
    if (!d.forandring.isZero()) out.push({ key: d.nyckel, label: KORT[d.nyckel] ?? d.rubrik, fran: sofar, till, slag: d.orsak });
    sofar = till;
  }
  out.push({ key: "summa", label: "Totalt", fran: 0, till: v.forandring.toNumber(), slag: "summa" });
  return out;
}

/** A floating bar as stacked parts from 0: an invisible base, then the visible part(s). */
export function segment(b: Stapel): { bas: number; synlig: number[] } {
  const { fran, till } = b;
  if (fran >= 0 && till >= 0) return { bas: Math.min(fran, till), synlig: [Math.abs(till - fran)] };
  if (fran <= 0 && till <= 0) return { bas: Math.max(fran, till), synlig: [-Math.abs(till - fran)] };
  // Crossing zero: one part on each side of the axis.
  return { bas: 0, synlig: [fran, till] };
}

