// Step 1's details, folded away but one click from view: the rule sets that apply (with
// their hashes, here only) and what changed from last year, in the users' terms.
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, InfoLabel, Text, makeStyles } from "@fluentui/react-components";
import type { RuleSet } from "../rules";
import { diffRows } from "./format";
import { KallaLank } from "./KallaLank";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "6px" },
  diff: { maxHeight: "320px", overflowY: "auto", overflowX: "hidden" },
  wrap: { overflowWrap: "anywhere" },
});

export function YearDetails({ year, sets, prev }: { year: number; sets: (RuleSet | null)[]; prev: RuleSet | null }) {
  const styles = useStyles();
  const rows = prev && sets[0] ? diffRows(prev, sets[0]) : [];
  return (
    <Accordion collapsible multiple>
      <AccordionItem value="regelverk">
        <AccordionHeader as="h3">Regelverk som gäller {year}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {sets.map((r, i) =>
              r ? (
                <li key={r.id} className={styles.wrap}>
                  <Text>
                    {r.data.title} ({r.id})
                  </Text>
                  <br />
                  <Caption1>Källor: {Object.values(r.data.documents).map((d, k) => <React.Fragment key={d.title}>{k > 0 && "; "}<KallaLank titel={d.title} url={d.url} /></React.Fragment>)}</Caption1>
                  <br />
                  <Caption1>
                    Kontrollsumma (sha256): <code title={r.hash}>{r.hash.slice(0, 12)}</code>
                  </Caption1>
                </li>
              ) : (
                <li key={i}>Saknas</li>
              ),
            )}
          </ul>
        </AccordionPanel>
      </AccordionItem>
      {prev && (
        <AccordionItem value="andringar">
          <AccordionHeader as="h3">
            Ändringar från {year - 1} ({rows.length} st)
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.diff} tabIndex={0} role="region" aria-label={`Ändringar från ${year - 1}, rullbar`}>
              <ul className={styles.list} aria-label={`Ändringar från ${year - 1}`}>
                {rows.map((c) => (
                  <li key={c.key} className={styles.wrap}>
                    <InfoLabel info={`${c.description}. Avsnitt ${c.section} i överenskommelsen (nyckel ${c.key}).`} size="small">
                      {c.description}
                    </InfoLabel>
                    <br />
                    <Text>{c.change}</Text> <Caption1>avsnitt {c.section}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
