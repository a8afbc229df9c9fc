// 5.2 Rörlig ersättning and 5.3 Tilläggsersättning as input rows — file 002. One table per
// kind, semicolon CSV, pasted text or xlsx like the listing:
//   rörlig:  manad;id;post;antal;belopp;kalla
//   tillägg: manad;id;post;antal;antal2;belopp
// 5.2 counts are priced by the rule set (5.2.1, 5.2.5); amounts from other documents
// (patient fees, out-of-region, asylum) are entered with their source named; gu_alf is
// the GU-ALF amount the 5 % LP4U deduction (5.2.6) is taken from.
import { RORLIGA_POSTER } from "../../engine/halsoval/rorlig";
import { normaliseHeader, readNumber } from "../cells";
import { Collector, dataRows, locateHeader, OtherTable, Parsed } from "../tablehead";
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
function num(cell: string, r: number, key: string, problems: Collector, whole: boolean): number {
  if (!cell) return 0;
  const n = readNumber(cell, whole ? "count" : "decimal");
  if (!n.ok) problems.add(r, LABELS[key], n.message);
  return n.ok ? n.value.toNumber() : 0;
}

/**
 * The table's rows found as the yearly tables' are (tablehead.ts: the header below title rows,
 * "Hittade … / Saknas …", a doubled column, the other table given; blank rows skipped), each
 * with a reader of its cells by column key; null with the problem recorded.
 */
function table(rows: string[][], columns: readonly string[], other: OtherTable, what: string, problems: Collector) {
  const h = locateHeader(rows, columns, LABELS, other, problems, what);
  return h && dataRows(rows, h).map(({ cells, row }) => ({ row, cell: (k: string) => (cells[h.idx.get(k)!] ?? "").trim() }));
}

export function parseRorlig(rows: string[][], year: number): Parsed<RorligRad> {
  const problems = new Collector();
  const out: RorligRad[] = [];
  for (const { row: r, cell } of table(rows, RORLIG_COLUMNS, RORLIG_OTHER, "Den rörliga ersättningen", problems) ?? []) {
    const m = parseMonth(cell("manad"), year);
    if (typeof m === "string") problems.add(r, LABELS.manad, m);
    const post = normaliseHeader(cell("post"));
    const id = cell("id");
    if (!id) problems.add(r, LABELS.id, "Tomt id.");
    const antal = num(cell("antal"), r, "antal", problems, true);
    const belopp = num(cell("belopp"), r, "belopp", problems, false);
    const kalla = cell("kalla");
    if (post in RORLIGA_POSTER) {
      if (cell("belopp")) problems.add(r, LABELS.belopp, `${post} prissätts av prislistan: ange antal, inget belopp.`);
    } else if (post in BELOPPSPOSTER || post === "gu_alf") {
      if (!kalla) problems.add(r, LABELS.kalla, `Ange varifrån beloppet för ${post} kommer (t.ex. regionens debiteringsunderlag).`);
    } else problems.add(r, LABELS.post, `"${cell("post")}" är ingen post. Välj bland ${[...Object.keys(RORLIGA_POSTER), ...Object.keys(BELOPPSPOSTER), "gu_alf"].join(", ")}.`);
    out.push({ manad: typeof m === "number" ? m : 0, id, post, antal, belopp, kalla, row: r });
  }
  return problems.result(out);
}

export function parseTillagg(rows: string[][], year: number): Parsed<TillaggRad> {
  const problems = new Collector();
  const out: TillaggRad[] = [];
  for (const { row: r, cell } of table(rows, TILLAGG_COLUMNS, TILLAGG_OTHER, "Tilläggsersättningen", problems) ?? []) {
    const m = parseMonth(cell("manad"), year);
    if (typeof m === "string") problems.add(r, LABELS.manad, m);
    const post = normaliseHeader(cell("post")) as TillaggRad["post"];
    if (!(post in TILLAGGSPOSTER)) problems.add(r, LABELS.post, `"${cell("post")}" är ingen post. Välj bland ${Object.keys(TILLAGGSPOSTER).join(", ")}.`);
    const id = cell("id");
    if (!id && post !== "jour") problems.add(r, LABELS.id, "Tomt id.");
    const antal = num(cell("antal"), r, "antal", problems, true);
    const antal2 = num(cell("antal2"), r, "antal2", problems, true);
    const belopp = num(cell("belopp"), r, "belopp", problems, false);
    out.push({ manad: typeof m === "number" ? m : 0, id, post, antal, antal2, belopp, row: r });
  }
  return problems.result(out);
}
