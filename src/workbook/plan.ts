// What the yearly setup writes: every sheet as a layout (layout.ts), built from the
// effective rule sets, the user's inputs and the validated data. The calculation sheets
// use our custom functions so that an economist can see and audit each formula; nothing
// here computes a figure itself. Pure: no Office.
import { RuleSet, reading, readingList } from "../rules";
import { flattenRuleSet } from "../rules/flatten";
import type { Vardenhet } from "../engine/halsoval/vardenhet";
import type { KommunUnderlag } from "../engine/tillagg/fordelning";
import { BAND_COLUMNS, BAND_START_AGES, KOMMUNER } from "./indata";
import { addr, CellValue, col, DATE, DECIMAL4, KR, KR_ORE, rectangle, ref, SheetLayout } from "./layout";

export const SHEETS = {
  parametrar: "Parametrar",
  vardenheter: "Indata vårdenheter",
  befolkning: "Indata befolkning",
  listad: "5.1.1 Per listad",
  cni: "5.1.2 CNI",
  glesbygd: "5.1.3 Glesbygd",
  lakemedel: "5.1.4 Läkemedel",
  rehab: "5.1.5 Rehab",
  summa: "Sammanställning",
  utbetalning: "Utbetalning",
  tillagg: "Tilläggsbelopp",
  utveckling: "Utveckling",
} as const;

export const kommunSheet = (k: string) => `Kommun ${k}`;

export interface YearSetup {
  year: number;
  /** Effective rule sets (with the user's inputs and switches). */
  halsoval: RuleSet;
  tillagg: RuleSet;
  utveckling: RuleSet;
  /** Persons connected to Storsjögläntan during the previous year (3.3). */
  anslutna: number | null;
  /** The joint development funds in all (region + municipalities), kr. */
  utvecklingBelopp: number | null;
}

export interface SetupData {
  vardenheter: Vardenhet[];
  befolkning: KommunUnderlag[];
}

const YEAR = ref(SHEETS.parametrar, "$B$2");
const FIRST_BAND_COL_V = 7; // H in Indata vårdenheter
const FIRST_BAND_COL_B = 3; // D in Indata befolkning
const bandsRange = (firstCol: number, r: number) => `${addr(firstCol, r)}:${addr(firstCol + 20, r)}`;

function parametrar(s: YearSetup, computedAt: string): SheetLayout {
  const rows: CellValue[][] = [
    ["RJH ersättning – parametrar ur regelverken (skyddat blad; ändra i regelverket, inte här)"],
    ["År", s.year],
  ];
  for (const rs of [s.halsoval, s.tillagg, s.utveckling]) rows.push(["Regelverk", rs.id, `sha256 ${rs.hash}`, rs.data.title]);
  rows.push(["Beräknat", computedAt]);
  rows.push([]);
  const header = rows.length + 1;
  rows.push(["Avtal", "Nyckel", "Beskrivning", "Värde", "Enhet", "Källa", "Anmärkning"]);
  for (const rs of [s.halsoval, s.tillagg, s.utveckling]) {
    for (const x of flattenRuleSet(rs)) {
      const note = x.reading ? "växel" : [x.preliminary ? "preliminär" : "", x.input ? "indata från användaren" : ""].filter(Boolean).join(", ");
      // Numbers as numbers (so the sheet can compute with them); a switch's option as text.
      const value = x.reading ? x.value : x.value === "" ? "(inga värden angivna)" : Number(x.value);
      rows.push([rs.agreement, x.key, x.description, value, x.unit, `${rs.data.documents[x.document]?.title ?? x.document}, avsnitt ${x.section}`, note]);
    }
  }
  return { name: SHEETS.parametrar, rows: rectangle(rows), boldRows: [1, header], protect: true, freezeRows: header };
}

function indataVardenheter(d: SetupData): SheetLayout {
  const rows: CellValue[][] = [["Id", "Vårdenhet", "Kommun", "Regi", "CNI", "Avstånd km", "Listade 16–67", ...BAND_COLUMNS]];
  for (const e of d.vardenheter)
    rows.push([e.id, e.namn, e.kommun, e.privat ? "Privat" : "Region", Number(e.cni), e.avstandKm, e.listade16till67, ...e.listade]);
  return {
    name: SHEETS.vardenheter,
    rows,
    tables: [{ name: "RJH_Vardenheter", range: `A1:${addr(rows[0].length - 1, rows.length)}` }],
    freezeRows: 1,
  };
}

function indataBefolkning(d: SetupData): SheetLayout {
  const rows: CellValue[][] = [["Kommun", "CNI", "Avstånd km", ...BAND_COLUMNS]];
  for (const k of d.befolkning) rows.push([k.kommun, Number(k.cni), k.avstandKm, ...k.befolkning]);
  return {
    name: SHEETS.befolkning,
    rows,
    tables: [{ name: "RJH_Befolkning", range: `A1:${addr(rows[0].length - 1, rows.length)}` }],
    freezeRows: 1,
  };
}

/** 5.1.1 and 5.1.4: a row of kr per band from the function, then Σ count × kr per unit. */
function aldersblad(name: string, title: string, fn: string, d: SetupData): SheetLayout {
  const V = SHEETS.vardenheter;
  const rows: CellValue[][] = [
    [title],
    ["Ålder (klassens början)", ...BAND_START_AGES],
    ["Kr per listad och år", `=${fn}(B2:V2,${YEAR})`],
    [],
    ["Id", "Vårdenhet", "Listade", "Ersättning per år"],
  ];
  const first = rows.length + 1;
  d.vardenheter.forEach((_, u) => {
    const r = u + 2;
    rows.push([`=${ref(V, `A${r}`)}`, `=${ref(V, `B${r}`)}`, `=SUM(${ref(V, bandsRange(FIRST_BAND_COL_V, r))})`, `=SUMPRODUCT(${ref(V, bandsRange(FIRST_BAND_COL_V, r))},$B$3:$V$3)`]);
  });
  const last = rows.length;
  rows.push(["Summa", "", `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`]);
  return {
    name,
    rows: rectangle(rows),
    boldRows: [1, 5, rows.length],
    formats: [
      { range: "B3:V3", format: KR_ORE },
      { range: `D${first}:D${rows.length}`, format: KR },
    ],
  };
}

/**
 * 5.1.2 and 5.1.3 share a fixed budget among the units by a weight: one row per unit with
 * its listed count, the input column (CNI or distance), its weight and its payment, and the
 * county's sum of weights in B3 for the payment formula.
 */
interface ShareSheet {
  name: string;
  title: string;
  countyLabel: string;
  /** perKommun: the municipality's distance, its nearest unit's (reading 5.1.3.avstand = kommun). */
  input: { header: string; column: string; perKommun?: boolean };
  weightHeader: string;
  weight: (row: number) => string;
  payment: (row: number) => string;
}

function andelsblad(spec: ShareSheet, d: SetupData): SheetLayout {
  const V = SHEETS.vardenheter;
  const n = d.vardenheter.length;
  const rows: CellValue[][] = [
    [spec.title],
    [],
    [spec.countyLabel, `=SUM(E6:E${5 + n})`],
    [],
    ["Id", "Vårdenhet", "Listade", spec.input.header, spec.weightHeader, "Ersättning per år"],
  ];
  d.vardenheter.forEach((_, u) => {
    const r = u + 2;
    const row = u + 6;
    rows.push([`=${ref(V, `A${r}`)}`, `=${ref(V, `B${r}`)}`, `=SUM(${ref(V, bandsRange(FIRST_BAND_COL_V, r))})`, spec.input.perKommun ? `=MINIFS(${ref(V, `$${spec.input.column}$2:$${spec.input.column}$${n + 1}`)},${ref(V, `$C$2:$C$${n + 1}`)},${ref(V, `C${r}`)})` : `=${ref(V, `${spec.input.column}${r}`)}`, spec.weight(row), spec.payment(row)]);
  });
  rows.push(["Summa", "", `=SUM(C6:C${5 + n})`, "", `=SUM(E6:E${5 + n})`, `=SUM(F6:F${5 + n})`]);
  return { name: spec.name, rows: rectangle(rows), boldRows: [1, 5, rows.length], formats: [{ range: `F6:F${rows.length}`, format: KR }] };
}

const CNI_SHEET: ShareSheet = {
  name: SHEETS.cni,
  title: "Socioekonomisk faktor, CNI (5.1.2): budgeten delas efter listade × CNI",
  countyLabel: "Länets summa listade × CNI",
  input: { header: "CNI", column: "E" },
  weightHeader: "Listade × CNI",
  weight: (row) => `=C${row}*D${row}`,
  payment: (row) => `=HALSOVAL.SOCIOEKONOMI(C${row},D${row},$B$3,${YEAR})`,
};

const GLESBYGD_SHEET: ShareSheet = {
  name: SHEETS.glesbygd,
  title: "Glesbygdsfaktor (5.1.3): budgeten delas efter glesbygdsvikt",
  countyLabel: "Länets summa glesbygdsvikt",
  input: { header: "Avstånd km", column: "F" },
  weightHeader: "Glesbygdsvikt",
  weight: (row) => `=HALSOVAL.GLESBYGDSVIKT(C${row},D${row},${YEAR})`,
  payment: (row) => `=HALSOVAL.GLESBYGD(C${row},D${row},$B$3,${YEAR})`,
};

function rehabBlad(d: SetupData): SheetLayout {
  const V = SHEETS.vardenheter;
  const n = d.vardenheter.length;
  const rows: CellValue[][] = [
    ["Rehabkoordinator (5.1.5): per listad 16–67 år"],
    [],
    ["Kr per listad 16–67 år", `=HALSOVAL.PARAMETER("5.1.5.belopp",${YEAR})`],
    [],
    ["Id", "Vårdenhet", "Listade 16–67", "Ersättning per år"],
  ];
  d.vardenheter.forEach((_, u) => {
    const r = u + 2;
    const row = u + 6;
    rows.push([`=${ref(V, `A${r}`)}`, `=${ref(V, `B${r}`)}`, `=${ref(V, `G${r}`)}`, `=C${row}*$B$3`]);
  });
  rows.push(["Summa", "", `=SUM(C6:C${5 + n})`, `=SUM(D6:D${5 + n})`]);
  return { name: SHEETS.rehab, rows: rectangle(rows), boldRows: [1, 5, rows.length], formats: [{ range: `D6:D${rows.length}`, format: KR }] };
}

const COMPONENT_COLUMN: Record<string, string> = { "5.1.1": "E", "5.1.2": "F", "5.1.3": "G", "5.1.4": "H", "5.1.5": "I" };

function summaBlad(s: YearSetup, d: SetupData): SheetLayout {
  const n = d.vardenheter.length;
  const rows: CellValue[][] = [
    ["Sammanställning per vårdenhet: ersättning för listade invånare (5.1) per år"],
    [],
    ["Id", "Vårdenhet", "Kommun", "Regi", "5.1.1 Per listad", "5.1.2 CNI", "5.1.3 Glesbygd", "5.1.4 Läkemedel", "5.1.5 Rehab", "IT/admin 1,5 %", "Moms 3 %", "Summa per år", "Per månad (1/12)"],
  ];
  // The supplements' formulas follow the rule set's switches (5.admin_komponenter, …).
  const adminCols = readingList(s.halsoval, "5.admin_komponenter").map((k) => COMPONENT_COLUMN[k]);
  const momsCols = readingList(s.halsoval, "5.moms_komponenter").map((k) => COMPONENT_COLUMN[k]);
  const adminMoms = reading(s.halsoval, "5.admin_moms") === "ja";
  d.vardenheter.forEach((_, u) => {
    const r = u + 2;
    const row = u + 4;
    const srcRow = u + 6;
    const sumOf = (cols: string[]) => cols.map((c) => `${c}${row}`).join("+") || "0";
    rows.push([
      `=${ref(SHEETS.vardenheter, `A${r}`)}`,
      `=${ref(SHEETS.vardenheter, `B${r}`)}`,
      `=${ref(SHEETS.vardenheter, `C${r}`)}`,
      `=${ref(SHEETS.vardenheter, `D${r}`)}`,
      `=${ref(SHEETS.listad, `D${srcRow}`)}`,
      `=${ref(SHEETS.cni, `F${srcRow}`)}`,
      `=${ref(SHEETS.glesbygd, `F${srcRow}`)}`,
      `=${ref(SHEETS.lakemedel, `D${srcRow}`)}`,
      `=${ref(SHEETS.rehab, `D${srcRow}`)}`,
      `=IF(D${row}="Privat",HALSOVAL.ADMIN(${sumOf(adminCols)},${YEAR}),0)`,
      `=IF(D${row}="Privat",HALSOVAL.MOMS(${sumOf(momsCols)}${adminMoms ? `+J${row}` : ""},${YEAR}),0)`,
      `=SUM(E${row}:K${row})`,
      `=L${row}/12`,
    ]);
  });
  const last = 3 + n;
  rows.push(["Summa", "", "", "", ...["E", "F", "G", "H", "I", "J", "K", "L", "M"].map((c) => `=SUM(${c}4:${c}${last})`)]);
  return { name: SHEETS.summa, rows, boldRows: [1, 3, rows.length], freezeRows: 3, formats: [{ range: `E4:M${rows.length}`, format: KR }] };
}

function utbetalningBlad(d: SetupData): SheetLayout {
  const n = d.vardenheter.length;
  const rows: CellValue[][] = [
    ["Utbetalning per månad: en tolftedel av årsersättningen i öre, den 20:e eller närmaste bankdag därefter (avsnitt 5)"],
    ["Öresutjämning: varje månad får ⌊öre/12⌋ och de första (öre mod 12) månaderna ett öre till, så att månaderna summerar exakt till året."],
    ["Månad", "Utbetalningsdag", ...d.vardenheter.map((e) => e.namn)],
  ];
  for (let m = 1; m <= 12; m++) {
    const row = m + 3;
    rows.push([
      m,
      `=HALSOVAL.UTBETALNINGSDAG(${YEAR},A${row})`,
      ...d.vardenheter.map((_, u) => {
        const total = ref(SHEETS.summa, `$L$${u + 4}`);
        return `=(INT(ROUND(${total}*100,0)/12)+IF(A${row}<=MOD(ROUND(${total}*100,0),12),1,0))/100`;
      }),
    ]);
  }
  rows.push(["Summa", "", ...d.vardenheter.map((_, u) => `=SUM(${col(u + 2)}4:${col(u + 2)}15)`)]);
  return {
    name: SHEETS.utbetalning,
    rows,
    boldRows: [3, 16],
    freezeRows: 3,
    formats: [
      { range: "B4:B15", format: DATE },
      { range: `C4:${col(n + 1)}16`, format: KR_ORE },
    ],
  };
}

const TB_FIRST = 16; // first municipality row on the Tilläggsbelopp sheet

function tillaggBlad(s: YearSetup, d: SetupData): SheetLayout {
  const B = SHEETS.befolkning;
  const rows: CellValue[][] = [
    ["Tilläggsbelopp palliativ vård i hemmet: avstämning och fördelning mellan kommunerna (överenskommelse tilläggsbelopp)"],
    [],
    ["År", `=${YEAR}`],
    ["Anslutna till Storsjögläntan föregående år (indata)", s.anslutna ?? ""],
    ["Grundbelopp, indexerat med LPIK (3.1, 3.3)", "=TILLAGG.GRUNDBELOPP(B3)"],
    ["Justeringsbelopp per person (3.2)", "=TILLAGG.JUSTERINGSBELOPP(B3)"],
    ["Normalvariation, nedre gräns", '=HALSOVAL.PARAMETER("3.3.normal_min",B3)'],
    ["Normalvariation, övre gräns", '=HALSOVAL.PARAMETER("3.3.normal_max",B3)'],
    ["Revidering (3.3)", "=TILLAGG.JUSTERA(B4,B3)"],
    ["Tilläggsbelopp efter avstämning", "=TILLAGG.BELOPP(B4,B3)"],
    [],
    ["Ålder (klassens början)", ...BAND_START_AGES],
    ["Vikt 5.1.1", "=HALSOVAL.VIKT(B12:V12,B3)"],
    [],
    ["Kommun", "Åldersviktad befolkning", "CNI-viktad befolkning", "Glesbygdsvikt", "Nyckel (3.4)", "Kommunens del"],
  ];
  const last = TB_FIRST + d.befolkning.length - 1;
  d.befolkning.forEach((_, i) => {
    const r = i + 2;
    const row = TB_FIRST + i;
    const bands = ref(B, bandsRange(FIRST_BAND_COL_B, r));
    rows.push([
      `=${ref(B, `A${r}`)}`,
      `=SUMPRODUCT(${bands},$B$13:$V$13)`,
      `=SUM(${bands})*${ref(B, `B${r}`)}`,
      `=HALSOVAL.GLESBYGDSVIKT(SUM(${bands}),${ref(B, `C${r}`)},B3)`,
      i === 0 ? `=TILLAGG.NYCKEL(B${TB_FIRST}:B${last},C${TB_FIRST}:C${last},D${TB_FIRST}:D${last})` : "",
      i === 0 ? `=TILLAGG.FORDELA(B10,E${TB_FIRST}:E${last})` : "",
    ]);
  });
  rows.push(["Summa", `=SUM(B${TB_FIRST}:B${last})`, `=SUM(C${TB_FIRST}:C${last})`, `=SUM(D${TB_FIRST}:D${last})`, `=SUM(E${TB_FIRST}:E${last})`, `=SUM(F${TB_FIRST}:F${last})`]);
  return {
    name: SHEETS.tillagg,
    rows: rectangle(rows),
    boldRows: [1, 15, rows.length],
    inputs: ["B4"],
    formats: [
      { range: "B5:B6", format: KR },
      { range: "B9:B10", format: KR },
      { range: `E${TB_FIRST}:E${rows.length}`, format: DECIMAL4 },
      { range: `F${TB_FIRST}:F${rows.length}`, format: KR },
    ],
  };
}

const GU_FIRST = 8;

function utvecklingBlad(s: YearSetup, d: SetupData): SheetLayout {
  const B = SHEETS.befolkning;
  const byKey = reading(s.utveckling, "4.fordelningsnyckel") === "resursfordelning";
  const last = GU_FIRST + d.befolkning.length - 1;
  const rows: CellValue[][] = [
    ["Gemensamma utvecklingsmedel: 50 % regionen, 50 % kommunerna tillsammans (överenskommelse gemensam utveckling)"],
    [],
    ["Utvecklingsmedel totalt (indata)", s.utvecklingBelopp ?? ""],
    ["Regionens del", `=B3*HALSOVAL.PARAMETER("4.regionens_andel",${YEAR})`],
    ["Kommunernas del", `=B3*HALSOVAL.PARAMETER("4.kommunernas_andel",${YEAR})`],
    [],
    ["Kommun", byKey ? "Nyckel (3.4)" : "Befolkning", "Kommunens del"],
  ];
  d.befolkning.forEach((_, i) => {
    const r = i + 2;
    rows.push([
      `=${ref(B, `A${r}`)}`,
      byKey ? `=${ref(SHEETS.tillagg, `E${TB_FIRST + i}`)}` : `=SUM(${ref(B, bandsRange(FIRST_BAND_COL_B, r))})`,
      i === 0 ? `=UTVECKLING.FORDELA($B$3,B${GU_FIRST}:B${last})` : "",
    ]);
  });
  rows.push(["Summa", `=SUM(B${GU_FIRST}:B${last})`, `=SUM(C${GU_FIRST}:C${last})`]);
  return {
    name: SHEETS.utveckling,
    rows,
    boldRows: [1, 7, rows.length],
    inputs: ["B3"],
    formats: [
      { range: "B3:B5", format: KR },
      { range: `C${GU_FIRST}:C${rows.length}`, format: KR_ORE },
    ],
  };
}

function kommunBlad(s: YearSetup, d: SetupData, kommun: string, computedAt: string): SheetLayout {
  const i = d.befolkning.findIndex((k) => k.kommun === kommun);
  const rows: CellValue[][] = [
    [`${kommun}: kommunens underlag ${s.year}`],
    ["Regelverk", `${s.halsoval.id}, ${s.tillagg.id}, ${s.utveckling.id}`, `beräknat ${computedAt}`],
    [],
    ["Tilläggsbelopp: kommunens nyckel (3.4)", `=${ref(SHEETS.tillagg, `E${TB_FIRST + i}`)}`],
    ["Tilläggsbelopp: kommunens del", `=${ref(SHEETS.tillagg, `F${TB_FIRST + i}`)}`],
    ["Gemensam utveckling: kommunens del", `=${ref(SHEETS.utveckling, `C${GU_FIRST + i}`)}`],
    [],
    ["Vårdenheter i kommunen", "Regi", "Listade", "Ersättning 5.1 per år"],
  ];
  d.vardenheter.forEach((e, u) => {
    if (e.kommun !== kommun) return;
    rows.push([`=${ref(SHEETS.summa, `B${u + 4}`)}`, `=${ref(SHEETS.summa, `D${u + 4}`)}`, `=${ref(SHEETS.listad, `C${u + 6}`)}`, `=${ref(SHEETS.summa, `L${u + 4}`)}`]);
  });
  return {
    name: kommunSheet(kommun),
    rows: rectangle(rows),
    boldRows: [1, 8],
    formats: [
      { range: "B4", format: DECIMAL4 },
      { range: "B5:B6", format: KR },
      { range: `D9:D${Math.max(9, rows.length)}`, format: KR },
    ],
  };
}

/** Every sheet of the yearly workbook, in the order they are written. */
export function planWorkbook(s: YearSetup, d: SetupData, computedAt: string): SheetLayout[] {
  const order = new Map(KOMMUNER.map((k, i) => [k as string, i]));
  const data: SetupData = { vardenheter: d.vardenheter, befolkning: [...d.befolkning].sort((a, b) => (order.get(a.kommun) ?? 99) - (order.get(b.kommun) ?? 99)) };
  const layouts = [
    parametrar(s, computedAt),
    indataVardenheter(data),
    indataBefolkning(data),
    aldersblad(SHEETS.listad, "Ersättning per listad invånare (5.1.1): vikt × pris för vikt 1,00", "HALSOVAL.LISTAD", data),
    andelsblad(CNI_SHEET, data),
    andelsblad({ ...GLESBYGD_SHEET, input: { ...GLESBYGD_SHEET.input, perKommun: reading(s.halsoval, "5.1.3.avstand") === "kommun" } }, data),
    aldersblad(SHEETS.lakemedel, "Läkemedel (5.1.4, preliminär): vikt × pris för vikt 1,0", "HALSOVAL.LAKEMEDEL", data),
    rehabBlad(data),
    summaBlad(s, data),
    utbetalningBlad(data),
    tillaggBlad(s, data),
    utvecklingBlad(s, data),
    ...data.befolkning.map((k) => kommunBlad(s, data, k.kommun, computedAt)),
  ];
  // Range.formulas needs a rectangle exactly the size of its range.
  return layouts.map((l) => ({ ...l, rows: rectangle(l.rows) }));
}
