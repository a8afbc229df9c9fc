// Step 1's details, folded away but one click from view: the rule sets that apply (with
// their hashes, here only) and what changed from last year, in the users' terms.
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Spinner, Text, makeStyles } from "@fluentui/react-components";
import type { RuleSet } from "../rules";
import { diffRuleSets } from "../rules/diff";
import { KallaLank } from "./KallaLank";

// The list loads when the panel is opened (its InfoLabels bring the popover code).
const YearDiffList = React.lazy(() => import("./YearDiffList").then((m) => ({ default: m.YearDiffList })));

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "6px" },
  diff: { maxHeight: "320px", overflowY: "auto", overflowX: "hidden" },
  wrap: { overflowWrap: "anywhere" },
});

export function YearDetails({ year, sets, prev }: { year: number; sets: (RuleSet | null)[]; prev: RuleSet | null }) {
  const styles = useStyles();
  // The count only; the list (with its Swedish number formats) is made when the panel opens.
  const now = sets[0];
  const count = React.useMemo(() => (prev && now ? diffRuleSets(prev, now).length : 0), [prev, now]);
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
      {prev && now && (
        <AccordionItem value="andringar">
          <AccordionHeader as="h3">
            Ändringar från {year - 1} ({count} st)
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.diff} tabIndex={0} role="region" aria-label={`Ändringar från ${year - 1}, rullbar`}>
              <React.Suspense fallback={<Spinner size="tiny" label="Laddar …" />}>
                <YearDiffList year={year} prev={prev} next={now} />
              </React.Suspense>
            </div>
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
