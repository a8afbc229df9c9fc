// 5 Ersättning, månadens utbetalning (file 002): the month view's inputs — the monthly listing,
// 5.2 rörlig ersättning (counts priced by the rule set, amounts with their source named) and
// 5.3 tilläggsersättning with 3.1.6 jour, in the file formats `rjh utbetalning --rorlig /
// --tillagg` reads; and last year's payment list for the year overview's change.
import { RORLIGA_POSTER } from "../engine/halsoval/rorlig";
import { BELOPPSPOSTER, TILLAGGSPOSTER } from "../workbook/manad/poster";
import { TableInput, type TableInputProps } from "./MonthTableInput";
import type { Kalla } from "../workbook/manad/underlag";
import type { MonthState } from "./useMonth";

const RORLIG_HINT =
  `Kolumner manad;id;post;antal;belopp;kalla. Antal för ${Object.keys(RORLIGA_POSTER).join(", ")} (prislistan); ` +
  `belopp med källa för ${[...Object.keys(BELOPPSPOSTER), "gu_alf"].join(", ")}.`;
const TILLAGG_HINT = `Kolumner manad;id;post;antal;antal2;belopp. Poster: ${Object.keys(TILLAGGSPOSTER).join(", ")} (jour utan id: fördelas efter listade).`;

type Texts = Pick<TableInputProps, "label" | "hint" | "readLabel" | "fileLabel" | "fileInputLabel" | "exampleLabel" | "clearLabel">;

/** Each table's texts; the optional tables (those with clearLabel) show what is read and can be dropped. */
const TEXTS: Record<Kalla, Texts> = {
  listning: {
    label: "Månadslistning: klistra in från Excel (med rubrikrad)",
    hint: "Första kolumnen manad (2026-05 eller 5), sedan samma kolumner som vårdenhetslistningen.",
    readLabel: "Läs in inklistrad månadslistning",
    fileLabel: "Välj fil med månadslistning",
    fileInputLabel: "Fil med månadslistning (CSV eller xlsx)",
    exampleLabel: "Använd exempeldata (månadslistning)",
  },
  rorlig: {
    label: "Rörlig ersättning (5.2), valfri: klistra in (med rubrikrad)",
    hint: RORLIG_HINT,
    readLabel: "Läs in inklistrad rörlig ersättning",
    fileLabel: "Välj fil med rörlig ersättning",
    fileInputLabel: "Fil med rörlig ersättning 5.2 (CSV eller xlsx)",
    exampleLabel: "Använd exempeldata (rörlig ersättning)",
    clearLabel: "Ta bort rörlig ersättning",
  },
  tillagg: {
    label: "Tilläggsersättning (5.3) och jour (3.1.6), valfri: klistra in (med rubrikrad)",
    hint: TILLAGG_HINT,
    readLabel: "Läs in inklistrad tilläggsersättning",
    fileLabel: "Välj fil med tilläggsersättning",
    fileInputLabel: "Fil med tilläggsersättning 5.3 (CSV eller xlsx)",
    exampleLabel: "Använd exempeldata (tilläggsersättning)",
    clearLabel: "Ta bort tilläggsersättning",
  },
  forra: {
    label: "Förra årets utbetalningslista, valfri: klistra in (med rubrikrad)",
    hint: "Kolumnerna id och summa, t.ex. förra årets utbetalningslista. Ger förändringen från förra året i årsöversikten.",
    readLabel: "Läs in inklistrad lista för förra året",
    fileLabel: "Välj fil med förra årets utbetalningslista",
    fileInputLabel: "Fil med förra årets utbetalningslista (CSV eller xlsx)",
    clearLabel: "Ta bort förra årets lista",
  },
};

/** One table's input, wired to the month's state by its kind. */
function MonthTable({ m, kind }: { m: MonthState; kind: Kalla }) {
  const t = TEXTS[kind];
  return (
    <TableInput
      {...t}
      loaded={t.clearLabel ? m.tables[kind]?.source : undefined}
      onText={(text) => m.loadText(kind, text)}
      onFile={(f) => void m.loadFile(kind, f)}
      onExample={t.exampleLabel ? () => void m.loadExample(kind) : undefined}
      onClear={t.clearLabel ? () => m.clear(kind) : undefined}
    />
  );
}

export function MonthInputs({ m }: { m: MonthState }) {
  return (
    <>
      <MonthTable m={m} kind="listning" />
      <MonthTable m={m} kind="rorlig" />
      <MonthTable m={m} kind="tillagg" />
    </>
  );
}

/** Last year's totals per unit (columns id and summa) for the year overview's change. */
export function MonthYearInput({ m }: { m: MonthState }) {
  return <MonthTable m={m} kind="forra" />;
}
