// 5 Ersättning, månadens utbetalning (file 002): the month view's inputs — the monthly listing,
// 5.2 rörlig ersättning (counts priced by the rule set, amounts with their source named) and
// 5.3 tilläggsersättning with 3.1.6 jour, in the file formats `rjh utbetalning --rorlig /
// --tillagg` reads; and last year's payment list for the year overview's change.
import { RORLIGA_POSTER } from "../engine/halsoval/rorlig";
import { BELOPPSPOSTER, TILLAGGSPOSTER } from "../workbook/manad/poster";
import { TableInput } from "./MonthTableInput";
import type { MonthState } from "./useMonth";

const RORLIG_HINT =
  `Kolumner manad;id;post;antal;belopp;kalla. Antal för ${Object.keys(RORLIGA_POSTER).join(", ")} (prislistan); ` +
  `belopp med källa för ${[...Object.keys(BELOPPSPOSTER), "gu_alf"].join(", ")}.`;
const TILLAGG_HINT = `Kolumner manad;id;post;antal;antal2;belopp. Poster: ${Object.keys(TILLAGGSPOSTER).join(", ")} (jour utan id: fördelas efter listade).`;

export function MonthInputs({ m }: { m: MonthState }) {
  return (
    <>
      <TableInput
        label="Månadslistning: klistra in från Excel (med rubrikrad)"
        hint="Första kolumnen manad (2026-05 eller 5), sedan samma kolumner som vårdenhetslistningen."
        readLabel="Läs in inklistrad månadslistning"
        fileLabel="Välj fil med månadslistning"
        fileInputLabel="Fil med månadslistning (CSV eller xlsx)"
        exampleLabel="Använd exempeldata (månadslistning)"
        onText={(t) => m.loadText("listning", t)}
        onFile={(f) => void m.loadFile("listning", f)}
        onExample={() => void m.loadExample("listning")}
      />
      <TableInput
        label="Rörlig ersättning (5.2), valfri: klistra in (med rubrikrad)"
        hint={RORLIG_HINT}
        readLabel="Läs in inklistrad rörlig ersättning"
        fileLabel="Välj fil med rörlig ersättning"
        fileInputLabel="Fil med rörlig ersättning 5.2 (CSV eller xlsx)"
        exampleLabel="Använd exempeldata (rörlig ersättning)"
        loaded={m.tables.rorlig?.source}
        clearLabel="Ta bort rörlig ersättning"
        onText={(t) => m.loadText("rorlig", t)}
        onFile={(f) => void m.loadFile("rorlig", f)}
        onExample={() => void m.loadExample("rorlig")}
        onClear={() => m.clear("rorlig")}
      />
      <TableInput
        label="Tilläggsersättning (5.3) och jour (3.1.6), valfri: klistra in (med rubrikrad)"
        hint={TILLAGG_HINT}
        readLabel="Läs in inklistrad tilläggsersättning"
        fileLabel="Välj fil med tilläggsersättning"
        fileInputLabel="Fil med tilläggsersättning 5.3 (CSV eller xlsx)"
        exampleLabel="Använd exempeldata (tilläggsersättning)"
        loaded={m.tables.tillagg?.source}
        clearLabel="Ta bort tilläggsersättning"
        onText={(t) => m.loadText("tillagg", t)}
        onFile={(f) => void m.loadFile("tillagg", f)}
        onExample={() => void m.loadExample("tillagg")}
        onClear={() => m.clear("tillagg")}
      />
    </>
  );
}

/** Last year's totals per unit (columns id and summa) for the year overview's change. */
export function MonthYearInput({ m }: { m: MonthState }) {
  return (
    <TableInput
      label="Förra årets utbetalningslista, valfri: klistra in (med rubrikrad)"
      hint="Kolumnerna id och summa, t.ex. förra årets utbetalningslista. Ger förändringen från förra året i årsöversikten."
      readLabel="Läs in inklistrad lista för förra året"
      fileLabel="Välj fil med förra årets utbetalningslista"
      fileInputLabel="Fil med förra årets utbetalningslista (CSV eller xlsx)"
      loaded={m.tables.forra?.source}
      clearLabel="Ta bort förra årets lista"
      onText={(t) => m.loadText("forra", t)}
      onFile={(f) => void m.loadFile("forra", f)}
      onClear={() => m.clear("forra")}
    />
  );
}
