// The guided yearly setup: 1 year and rule set, 2 data, 3 fill, 4 share. Components render
// state; everything that touches the workbook goes through workbook/ with the `run` the
// entry point passes in (Excel.run in Excel, a fake in tests).
import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, Text, Title3, webLightTheme, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelRun } from "../workbook/writer";
import type { StoredPin } from "../workbook/settings";
import { buildSetup, factorToPercent, halsovalYears, PaneData, PaneInputs } from "./setup";
import { StepYear } from "./StepYear";
import { StepData } from "./StepData";
import { StepFill } from "./StepFill";
import { StepShare } from "./StepShare";

const useStyles = makeStyles({
  root: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px", fontFamily: tokens.fontFamilyBase },
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
}

type Step = "ar" | "data" | "fyll" | "dela";

export function App({ run, pin, pinProblem, loadExample }: AppProps) {
  const styles = useStyles();
  const years = halsovalYears();
  const [step, setStep] = React.useState<Step>("ar");
  const [year, setYear] = React.useState<number>(pin?.year ?? years[years.length - 1]);
  const [inputs, setInputs] = React.useState<PaneInputs>(() => ({
    lpik: Object.fromEntries(
      Object.entries((pin?.ruleSets.find((r) => r.data.agreement === "tillagg")?.data.parameters["3.3.lpik"]?.value ?? {}) as Record<string, string>).map(([y, f]) => [y, factorToPercent(f)]),
    ),
    anslutna: pin?.inputs.anslutna != null ? String(pin.inputs.anslutna) : "",
    utvecklingBelopp: pin?.inputs.utvecklingBelopp != null ? String(pin.inputs.utvecklingBelopp) : "",
  }));
  const [data, setData] = React.useState<PaneData>({ vardenheter: null, befolkning: null, exempel: false });
  const [filled, setFilled] = React.useState(false);
  const check = React.useMemo(() => buildSetup(year, inputs), [year, inputs]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">RJH ersättning – årsuppställning</Title3>
        {!run && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Inte öppnad i Excel</MessageBarTitle>
              Du kan välja år och kontrollera data här, men arbetsboken kan bara fyllas när tillägget körs i Excel.
            </MessageBarBody>
          </MessageBar>
        )}
        {pinProblem && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Arbetsbokens sparade regelverk kunde inte läsas</MessageBarTitle>
              {pinProblem}
            </MessageBarBody>
          </MessageBar>
        )}
        {pin && !pinProblem && (
          <Text size={200}>
            Arbetsboken är beräknad för {pin.year} med {pin.ruleSets.map((r) => r.id).join(", ")} ({pin.savedAt}).
          </Text>
        )}
        <TabList selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)} aria-label="Steg">
          <Tab value="ar">1. År och regelverk</Tab>
          <Tab value="data">2. Data</Tab>
          <Tab value="fyll">3. Fyll</Tab>
          <Tab value="dela">4. Dela</Tab>
        </TabList>
        {step === "ar" && <StepYear years={years} year={year} onYear={setYear} inputs={inputs} onInputs={setInputs} errors={check.errors} onNext={() => setStep("data")} />}
        {step === "data" && <StepData data={data} onData={setData} loadExample={loadExample} onNext={() => setStep("fyll")} />}
        {step === "fyll" && <StepFill run={run} setup={check.setup} errors={check.errors} data={data} onFilled={() => setFilled(true)} onNext={() => setStep("dela")} />}
        {step === "dela" && <StepShare run={run} setup={check.setup} filled={filled || Boolean(pin)} data={data} />}
      </main>
    </FluentProvider>
  );
}
