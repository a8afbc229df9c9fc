// 5.2 Rörlig ersättning and 5.3 Tilläggsersättning as input rows — file 002. One table per
// kind, semicolon CSV, pasted text or xlsx like the listing:
//   rörlig:  manad;id;post;antal;belopp;kalla
//   tillägg: manad;id;post;antal;antal2;belopp
// 5.2 counts are priced by the rule set (5.2.1, 5.2.5); amounts from other documents
// (patient fees, out-of-region, asylum) are entered with their source named; gu_alf is
// the GU-ALF amount the 5 % LP4U deduction (5.2.6) is taken from.
import { RORLIGA_POSTER } from "../../engine/halsoval/rorlig";
import { normaliseHeader, readNumber } from "../cells";
import { Problem } from "../indata";
import { Collector, dataRows, locateHeader, OtherTable } from "../tablehead";
import { parseMonth } from "./listning";

export const BELOPPSPOSTER = { patientavgift: "Patientavgifter", utomlans: "Utomlänspatienter", asyl: "Asylsökande", annat: "Annan rörlig ersättning" } as const;
export const TILLAGGSPOSTER = {
  familjecentral: "5.3.1 Familjecentral (antal barn 0–5, belopp = lokalhyra)",
  sarskilt_boende: "5.3.2 Särskilt boende (antal platser, antal2 korttidsplatser)",
  representation: "5.3.3 Representation (antal timmar läkare, antal2 timmar övriga)",
  at: "5.3.5 AT-läkare (belopp = lönekostnad, antal = månader dubbelt boende)",
  st: "5.3.7 ST-läkare (belopp = medianlön)",
  ptp: "5.3.8 PTP-psykolog (belopp = medianlön)",
  stp: "5.3.8 STP-psykolog (belopp = medianlön)",
  gaddede: "5.3.9 Gäddede (fast belopp till angivna enheter)",
  folkhalsa: "5.3.10 Folkhälsa (fast belopp till angivna enheter)",
  jour: "3.1.6 Jour (belopp = årets åtagande, fördelas efter listade; id lämnas tomt)",
} as const;

export type RorligRad = { manad: number; id: string; post: string; antal: number; belopp: number; kalla: string; row: number };
export type TillaggRad = { manad: number; id: string; post: keyof typeof TILLAGGSPOSTER; antal: number; antal2: number; belopp: number; row: number };

export const RORLIG_COLUMNS = ["manad", "id", "post", "antal", "belopp", "kalla"] as const;
export const TILLAGG_COLUMNS = ["manad", "id", "post", "antal", "antal2", "belopp"] as const;
const LABELS: Record<string, string> = { manad: "Månad", id: "Id", post: "Post", antal: "Antal", antal2: "Antal2", belopp: "Belopp", kalla: "Källa" };
const RORLIG_OTHER: OtherTable = { columns: TILLAGG_COLUMNS, hint: "Tabellen med antal2 är tilläggsersättningen (5.3): den hör hemma i fältet för tilläggsersättning." };
const TILLAGG_OTHER: OtherTable = { columns: RORLIG_COLUMNS, hint: "Tabellen med kalla är den rörliga ersättningen (5.2): den hör hemma i fältet för rörlig ersättning." };

/** A count or an amount by the input files' number rules (cells.ts: "1,000" in a count is refused as ambiguous); empty is 0. */
function num(cell: string | undefined, r: number, column: string, problems: Problem[], whole: boolean): number {
  if (!(cell ?? "").trim()) return 0;
  const n = readNumber(cell!, whole ? "count" : "decimal");
  if (!n.ok) {
    problems.push({ row: r, column, message: n.message });
    return 0;
  }
  return n.value.toNumber();
}

/**
 * The table's header found as the yearly tables' is (tablehead.ts: below title rows, "Hittade
 * … / Saknas …", a doubled column, the other table given), and its data rows, blank ones skipped.
 */
function table(rows: string[][], columns: readonly string[], other: OtherTable, what: string, problems: Problem[]) {
  const c = new Collector();
  const h = locateHeader(rows, columns, LABELS, other, c, what);
  problems.push(...c.problems);
  return h ? { idx: h.idx, data: dataRows(rows, h) } : null;
}

export function parseRorlig(rows: string[][], year: number): { ok: true; rows: RorligRad[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const t = table(rows, RORLIG_COLUMNS, RORLIG_OTHER, "Den rörliga ersättningen", problems);
  if (!t) return { ok: false, problems };
  const out: RorligRad[] = [];
  t.data.forEach(({ cells: row, row: r }) => {
    const c = (k: string) => (row[t.idx.get(k)!] ?? "").trim();
    const m = parseMonth(c("manad"), year);
    if (typeof m === "string") problems.push({ row: r, column: "Månad", message: m });
    const post = normaliseHeader(c("post"));
    const id = c("id");
    if (!id) problems.push({ row: r, column: "Id", message: "Tomt id." });
    const antal = num(c("antal"), r, "Antal", problems, true);
    const belopp = num(c("belopp"), r, "Belopp", problems, false);
    const kalla = c("kalla");
    if (post in RORLIGA_POSTER) {
      if (c("belopp")) problems.push({ row: r, column: "Belopp", message: `${post} prissätts av prislistan: ange antal, inget belopp.` });
    } else if (post in BELOPPSPOSTER || post === "gu_alf") {
      if (!kalla) problems.push({ row: r, column: "Källa", message: `Ange varifrån beloppet för ${post} kommer (t.ex. regionens debiteringsunderlag).` });
    } else problems.push({ row: r, column: "Post", message: `"${c("post")}" är ingen post. Välj bland ${[...Object.keys(RORLIGA_POSTER), ...Object.keys(BELOPPSPOSTER), "gu_alf"].join(", ")}.` });
    out.push({ manad: typeof m === "number" ? m : 0, id, post, antal, belopp, kalla, row: r });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows: out };
}

export function parseTillagg(rows: string[][], year: number): { ok: true; rows: TillaggRad[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const t = table(rows, TILLAGG_COLUMNS, TILLAGG_OTHER, "Tilläggsersättningen", problems);
  if (!t) return { ok: false, problems };
  const out: TillaggRad[] = [];
  t.data.forEach(({ cells: row, row: r }) => {
    const c = (k: string) => (row[t.idx.get(k)!] ?? "").trim();
    const m = parseMonth(c("manad"), year);
    if (typeof m === "string") problems.push({ row: r, column: "Månad", message: m });
    const post = normaliseHeader(c("post")) as TillaggRad["post"];
    if (!(post in TILLAGGSPOSTER)) problems.push({ row: r, column: "Post", message: `"${c("post")}" är ingen post. Välj bland ${Object.keys(TILLAGGSPOSTER).join(", ")}.` });
    const id = c("id");
    if (!id && post !== "jour") problems.push({ row: r, column: "Id", message: "Tomt id." });
    const antal = num(c("antal"), r, "Antal", problems, true);
    const antal2 = num(c("antal2"), r, "Antal2", problems, true);
    const belopp = num(c("belopp"), r, "Belopp", problems, false);
    out.push({ manad: typeof m === "number" ? m : 0, id, post, antal, antal2, belopp, row: r });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows: out };
}
