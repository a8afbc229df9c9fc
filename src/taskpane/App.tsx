// The guided yearly setup: 1 year and rule set, 2 data, 3 fill, 4 share. Components render
// state; everything that touches the workbook goes through workbook/ with the `run` the
// entry point passes in (Excel.run in Excel, a fake in tests).
import * as React from "react";
import { Button, FluentProvider, Spinner, Text, Theme, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelRun } from "../workbook/writer";
import type { StoredPin } from "../workbook/settings";
import { buildSetup, factorToPercent, PaneData, PaneInputs } from "./setup";
import type { RuleRegistry } from "../rules";
import { offeredYears, restoredRules, ruleSetIn } from "./yearRules";
import { StepYear } from "./StepYear";
import { AfterFirst } from "./AfterFirst";
import { Step, STEPS, Stepper } from "./Stepper";
import { LIGHT } from "./theme";
import { useFill } from "./useFill";
import type { View } from "./ViewTabs";
// Views not on the first screen load when first shown (issue 12: the first screen in under 500 ms).
const StepData = React.lazy(() => import(/* webpackChunkName: "steg-data" */ "./StepData").then((m) => ({ default: m.StepData })));
const StepFill = React.lazy(() => import(/* webpackChunkName: "steg-fyll" */ "./StepFill").then((m) => ({ default: m.StepFill })));
const StepShare = React.lazy(() => import(/* webpackChunkName: "steg-dela" */ "./StepShare").then((m) => ({ default: m.StepShare })));
const Forklara = React.lazy(() => import(/* webpackChunkName: "forklara" */ "./Forklara").then((m) => ({ default: m.Forklara })));
const Formler = React.lazy(() => import(/* webpackChunkName: "formler" */ "./Formler").then((m) => ({ default: m.Formler })));
const MonthView = React.lazy(() => import(/* webpackChunkName: "manad" */ "./MonthView").then((m) => ({ default: m.MonthView })));
// Loaded just after the first screen (issue 12), each in its place while it loads.
const ViewTabs = React.lazy(() => import(/* webpackChunkName: "vyer" */ "./ViewTabs"));
const Notice = React.lazy(() => import(/* webpackChunkName: "vyer" */ "./Notice"));
const VadOm = React.lazy(() => import(/* webpackChunkName: "vadom" */ "./VadOm").then((m) => ({ default: m.VadOm })));
const loading = <Spinner size="tiny" label="Laddar …" />;

const useStyles = makeStyles({
  h2: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  /** The tab list's height, kept while its code loads, so nothing below it moves. */
  tabsSpace: { minHeight: "32px" },
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px", fontFamily: tokens.fontFamilyBase, maxWidth: "100%", boxSizing: "border-box" },
});

export interface AppProps {
  /** Excel.run, or null outside Excel (the pane then only shows and validates). */
  run: ExcelRun | null;
  /** What the workbook recorded, if anything. */
  pin: StoredPin | null;
  /** A problem reading the recorded pin, shown to the user. */
  pinProblem: string | null;
  /** Loads the shipped example files (fetch in the browser). */
  loadExample: (file: string) => Promise<string>;
  /** The Fluent theme that stands for Office's (theme.ts); light when not given. */
  theme?: Theme;
  /** Called once the first screen is in the page (work that must not delay it starts then). */
  onShown?: () => void;
}

const NEXT: Record<Step, string> = {
  ar: "Börja med att ange LPIK och övriga indata för året nedan.",
  data: "Läs in listningsdata och befolkning (fil, inklistrat eller exempeldata).",
  fyll: "Granska vad som skrivs och fyll arbetsboken.",
  dela: "Skapa ett blad med bara värden att skicka till en kommun.",
};

export function App({ run, pin, pinProblem, loadExample, theme = LIGHT, onShown }: AppProps) {
  const styles = useStyles();
  // Once, after the first commit (onShown is not a dependency: it is called one time).
  React.useEffect(() => onShown?.(), []);
  // Reopened: the rule file, the changes by decision and the recomputed range the pin records (issue 7 item 6).
  const [rules, setRules] = React.useState<{ registry: RuleRegistry; name: string | null; problem?: string | null }>(() => restoredRules(pin));
  const years = offeredYears(rules.registry);
  const [step, setStep] = React.useState<Step>("ar");
  const [year, setYear] = React.useState<number>(pin?.year ?? rules.registry.newestDecided("halsoval"));
  const [inputs, setInputs] = React.useState<PaneInputs>(() => ({
    lpik: Object.fromEntries(
      Object.entries((pin?.ruleSets.find((r) => r.data.agreement === "tillagg")?.data.parameters["3.3.lpik"]?.value ?? {}) as Record<string, string>).map(([y, f]) => [y, factorToPercent(f)]),
    ),
    anslutna: pin?.inputs.anslutna != null ? String(pin.inputs.anslutna) : "",
    utvecklingBelopp: pin?.inputs.utvecklingBelopp != null ? String(pin.inputs.utvecklingBelopp) : "",
    ...(pin?.inputs.andringar ? { andringar: pin.inputs.andringar } : {}),
    ...(pin?.inputs.normalvariation ? { normalvariation: pin.inputs.normalvariation } : {}),
    ...(pin?.inputs.regelfil && rules.name ? { regelfil: pin.inputs.regelfil } : {}),
  }));
  const [data, setData] = React.useState<PaneData>({ vardenheter: null, befolkning: null, exempel: false });
  const [filled, setFilled] = React.useState(false);
  const [monthOpen, setMonthOpen] = React.useState(false);
  const [view, setView] = React.useState<View>("ar");
  const check = React.useMemo(() => buildSetup(year, inputs, rules.registry), [year, inputs, rules]);
  const prevSet = ruleSetIn(rules.registry, "halsoval", year - 1, check.sets[1] ? [check.sets[1]] : undefined);
  const fillState = useFill(run, check.setup, data, () => setFilled(true));
  const [readBack, setReadBack] = React.useState<{ intent: "success" | "warning"; text: string } | null>(null);
  // Coming back to a filled workbook: its data from the input sheets, checked as a file.
  React.useEffect(() => {
    if (!run || !pin) return;
    Promise.all([import("./comeBack").then((m) => m.readInputSheets(run)), import("./StepData")])
      .then(([r, { dataSummary }]) => {
        if (r.ok) {
          setData(r.data);
          setReadBack({ intent: "success", text: `Data inläst från arbetsbokens indatablad: ${dataSummary(r.data)}` });
        } else setReadBack({ intent: "warning", text: `Indatabladen kunde inte läsas tillbaka; läs in data i steg 2. ${r.message}` });
      })
      .catch((e) => setReadBack({ intent: "warning", text: `Indatabladen kunde inte läsas tillbaka: ${(e as Error).message}` }));
  }, [run, pin]);
  // Loaded only for a filled workbook (it reads the input sheets back).
  const [comeBack, setComeBack] = React.useState<typeof import("./comeBack") | null>(null);
  React.useEffect(() => void (pin && import("./comeBack").then(setComeBack)), [pin]);
  const changed = pin && comeBack ? comeBack.changesSince(pin, check.setup) : [];
  const heading = React.useRef<HTMLHeadingElement>(null);
  const first = React.useRef(true);
  // After "Nästa" (or a step chosen), focus moves to the new step's heading.
  React.useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  const blocking = [...Object.values(check.errors), ...Object.entries(check.warnings).filter(([k]) => !(inputs.bekraftade ?? []).includes(k)).map(([, w]) => w)];

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.root}>
        <Title3 as="h1">RJH ersättning – årsuppställning</Title3>
        <Text>
          Årsuppställning i fyra steg. <strong>Nästa:</strong> {NEXT[step]}
        </Text>
        {!run && (
          <AfterFirst>
            <Notice intent="warning" title="Inte öppnad i Excel">
              Du kan välja år och kontrollera data här, men arbetsboken kan bara fyllas när tillägget körs i Excel.
            </Notice>
          </AfterFirst>
        )}
        {(pinProblem || rules.problem) && (
          <AfterFirst>
            <Notice intent="error" title="Arbetsbokens sparade regelverk kunde inte läsas">
              {pinProblem ?? rules.problem}
            </Notice>
          </AfterFirst>
        )}
        {pin && !pinProblem && (
          <Text size={200}>
            Arbetsboken fylldes senast {pin.savedAt} för {pin.year}.{changed.length ? ` Ändrat sedan dess: ${changed.join("; ")}.` : ""}
          </Text>
        )}
        {readBack && (
          <AfterFirst>
            <Notice intent={readBack.intent}>{readBack.text}</Notice>
          </AfterFirst>
        )}
        <AfterFirst fallback={<div className={styles.tabsSpace} />}>
          <ViewTabs view={view} onView={setView} />
        </AfterFirst>
        {view === "forklara" && <React.Suspense fallback={loading}><Forklara run={run} year={year} setup={check.setup} data={data} /></React.Suspense>}
        {view === "formler" && <React.Suspense fallback={loading}><Formler run={run} /></React.Suspense>}
        {view === "vadom" && <React.Suspense fallback={loading}><VadOm run={run} setup={check.setup} data={data} /></React.Suspense>}
        {view === "ar" && (<>
        <Stepper step={step} onStep={setStep} />
        <h2 ref={heading} tabIndex={-1} className={styles.h2}>
          {STEPS.find((x) => x.value === step)!.title}
        </h2>
        {step === "ar" && <StepYear years={years} year={year} onYear={setYear} inputs={inputs} onInputs={setInputs} errors={check.errors} warnings={check.warnings} onNext={() => setStep("data")} sets={check.sets} prev={typeof prevSet === "string" ? null : prevSet} loadedName={rules.name} onLoaded={(l) => { setRules({ registry: l.registry, name: l.name }); setInputs((i) => ({ ...i, regelfil: { name: l.name, text: l.text } })); }} />}
        {step === "data" && <React.Suspense fallback={loading}><StepData data={data} onData={setData} loadExample={loadExample} onNext={() => setStep("fyll")} /></React.Suspense>}
        {step === "fyll" && <React.Suspense fallback={loading}><StepFill fillState={fillState} setup={check.setup} run={run} errors={Object.fromEntries(blocking.map((b, i) => [i, b]))} data={data} onNext={() => setStep("dela")} onForra={(f) => setData((d) => ({ ...d, forra: f }))} /></React.Suspense>}
        {step === "dela" && <React.Suspense fallback={loading}><StepShare run={run} setup={check.setup} filled={filled || Boolean(pin)} data={data} /></React.Suspense>}
        <Button aria-expanded={monthOpen} onClick={() => setMonthOpen(!monthOpen)}>{monthOpen ? "Dölj månadens utbetalning" : "Månadens utbetalning"}</Button>
        {monthOpen && <React.Suspense fallback={loading}><MonthView run={run} year={year} loadExample={loadExample} /></React.Suspense>}
        </>)}
      </main>
    </FluentProvider>
  );
}
