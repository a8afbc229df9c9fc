// Step 1: the year, its rule sets (folded away) and the inputs the rule sets leave to the user.
import * as React from "react";
import { Button, Checkbox, Field, Input, Select, Text, makeStyles } from "@fluentui/react-components";
import { Footer } from "./Footer";
import { AfterFirst } from "./AfterFirst";
import type { RuleSet } from "../rules";
import { lpikYears, PaneInputs } from "./setup";
import type { Loaded } from "./yearRules";

// The folded details and the new-year rules load just after the first screen (issue 12),
// each keeping its folded height while it loads, so the fields below do not move.
const YearDetails = React.lazy(() => import(/* webpackChunkName: "steg-ar-detaljer" */ "./YearDetails").then((m) => ({ default: m.YearDetails })));
const NewYearRules = React.lazy(() => import(/* webpackChunkName: "steg-ar-detaljer" */ "./NewYearRules").then((m) => ({ default: m.NewYearRules })));

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px" },
  details: { minHeight: "88px" },
  rules: { minHeight: "44px" },
});

interface Props {
  years: number[];
  year: number;
  onYear: (y: number) => void;
  inputs: PaneInputs;
  onInputs: (i: PaneInputs) => void;
  errors: Record<string, string>;
  /** Values outside a plausible band: used only once the user confirms them. */
  warnings: Record<string, string>;
  onNext: () => void;
  /** The year's rule sets (Hälsoval, tillägg, utveckling) and last year's Hälsoval. */
  sets: (RuleSet | null)[];
  prev: RuleSet | null;
  loadedName: string | null;
  onLoaded: (l: Extract<Loaded, { ok: true }>) => void;
}

export function StepYear({ years, year, onYear, inputs, onInputs, errors, warnings, onNext, sets, prev, loadedName, onLoaded }: Props) {
  const styles = useStyles();
  // Validation on leaving a field, not before typing (and for all fields once "Nästa" is pressed).
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const blur = (k: string) => () => setTouched((t) => new Set([...t, k]));
  const err = (k: string) => (touched.has(k) || touched.has("*") ? errors[k] : undefined);
  const confirmed = new Set(inputs.bekraftade ?? []);
  const warn = (k: string) =>
    warnings[k] && (touched.has(k) || touched.has("*")) ? (
      <Checkbox
        checked={confirmed.has(k)}
        onChange={(_, d) => onInputs({ ...inputs, bekraftade: d.checked ? [...confirmed, k] : [...confirmed].filter((x) => x !== k) })}
        label={`${warnings[k]} Värdet stämmer.`}
      />
    ) : null;
  const tb = sets[1];
  return (
    <section className={styles.col} aria-label="År och regelverk">
      <AfterFirst fallback={<div className={styles.details} />}>
        <YearDetails year={year} sets={sets} prev={prev} />
      </AfterFirst>
      <Field label="År" validationMessage={errors.year}>
        <Select value={String(year)} onChange={(_, d) => onYear(Number(d.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <AfterFirst fallback={<div className={styles.rules} />}>
        <NewYearRules sets={sets} loadedName={loadedName} onLoaded={onLoaded} changes={inputs.andringar ?? []} onChanges={(c) => onInputs({ ...inputs, andringar: c })} error={errors.andring} />
      </AfterFirst>
      <Text weight="semibold">Indata som regelverket lämnar till dig</Text>
      {tb &&
        lpikYears(tb, year).map((y) => (
          <Field key={y} label={`LPIK ${y}, förändring i procent`} hint="Källa: SKR, landstingsprisindex exklusive läkemedel (cirkulär/Ekonomirapporten)." validationMessage={err(`lpik${y}`)}>
            <Input value={inputs.lpik[String(y)] ?? ""} onBlur={blur(`lpik${y}`)} onChange={(_, d) => onInputs({ ...inputs, lpik: { ...inputs.lpik, [String(y)]: d.value } })} placeholder="t.ex. 3,1" />
          </Field>
        ))}
      {tb && lpikYears(tb, year).map((y) => <React.Fragment key={y}>{warn(`lpik${y}`)}</React.Fragment>)}
      <Field label="Anslutna till Storsjögläntan föregående år" hint="Källa: summering under första kvartalet (överenskommelse tilläggsbelopp, Avstämning). Normalvariation 129–169." validationMessage={err("anslutna")}>
        <Input value={inputs.anslutna} onBlur={blur("anslutna")} onChange={(_, d) => onInputs({ ...inputs, anslutna: d.value })} inputMode="numeric" />
      </Field>
      <Field
        label="Ny normalvariation (bara de år den räknas om): antal anslutna per år"
        hint="Källa: årliga summeringar av anslutna till Storsjögläntan. Medelvärde ± två standardavvikelser ersätter 129–169. Lämna tomt annars."
        validationMessage={err("normalvariation")}
      >
        <Input value={inputs.normalvariation ?? ""} onBlur={blur("normalvariation")} onChange={(_, d) => onInputs({ ...inputs, normalvariation: d.value })} placeholder="t.ex. 140 150 160 145 155 146" />
      </Field>
      <Field label="Gemensamma utvecklingsmedel totalt, kr" hint="Källa: beslut i länsövergripande tjänstepersonsarena (överenskommelse gemensam utveckling)." validationMessage={err("utvecklingBelopp")}>
        <Input value={inputs.utvecklingBelopp} onBlur={blur("utvecklingBelopp")} onChange={(_, d) => onInputs({ ...inputs, utvecklingBelopp: d.value })} inputMode="numeric" />
      </Field>
      <Footer>
        <Button
          appearance="primary"
          onClick={() => {
            setTouched(new Set(["*"]));
            onNext();
          }}
        >
          Nästa: data
        </Button>
      </Footer>
    </section>
  );
}
