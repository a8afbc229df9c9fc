// "Förra årets data (valfri)" in the waterfall view (issue 11, item 5): last year's listing
// per vårdenhet and population per kommun, through the same inputs, parsers and error
// messages as step 2 (StepData's DataInput), so the data steps of the change from last year
// carry the data's change. Loaded with the view, on demand.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { BEFOLKNING_COLUMNS, parseBefolkning, parseVardenheter, VARDENHET_COLUMNS } from "../../workbook/indata";
import { DataInput } from "../StepData";
import type { ForraData as Forra } from "../setup";
import Notice from "../Notice";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px", minWidth: "0", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
});

export const TOM: Forra = { vardenheter: null, vardenheterFil: null, befolkning: null, befolkningFil: null };

export function ForraData({ year, forra, onForra }: { year: number; forra: Forra | undefined; onForra: (f: Forra) => void }) {
  const styles = useStyles();
  const f = forra ?? TOM;
  const [vText, setVText] = React.useState("");
  const [bText, setBText] = React.useState("");
  const prev = year - 1;
  return (
    <section className={styles.col} aria-label={`Förra årets data (${prev}), valfri`}>
      <Text weight="semibold">Förra årets data (valfri)</Text>
      <Text size={200}>
        Listningsdata och befolkning för {prev} i samma format som i steg 2. När båda är inlästa räknas {prev} med dem, och stegen för data visar vad datat ändrade. Fyll arbetsboken igen för att skriva bladet Förändring med dem.
      </Text>
      <DataInput
        label={`Listningsdata ${prev} per vårdenhet`}
        short={`listningsdata för ${prev}`}
        template="assets/mallar/mall-vardenheter.csv"
        columns={VARDENHET_COLUMNS}
        parse={parseVardenheter}
        text={vText}
        onText={setVText}
        count={f.vardenheter?.length ?? null}
        onRows={(rows, source) => onForra({ ...f, vardenheter: rows, vardenheterFil: rows ? (source ?? null) : null })}
      />
      <DataInput
        label={`Befolkning ${prev} per kommun och åldersklass`}
        short={`befolkning för ${prev}`}
        template="assets/mallar/mall-befolkning.csv"
        columns={BEFOLKNING_COLUMNS}
        parse={parseBefolkning}
        text={bText}
        onText={setBText}
        count={f.befolkning?.length ?? null}
        onRows={(rows, source) => onForra({ ...f, befolkning: rows, befolkningFil: rows ? (source ?? null) : null })}
      />
      {!f.vardenheter !== !f.befolkning && (
        <Notice intent="info">Läs in även {f.vardenheter ? "befolkningen" : "listningsdata"} för {prev}. Till dess räknas {prev} med årets data.</Notice>
      )}
      {(f.vardenheter || f.befolkning) && (
        <Button
          onClick={() => {
            setVText("");
            setBText("");
            onForra(TOM);
          }}
        >
          Ta bort förra årets data
        </Button>
      )}
    </section>
  );
}
