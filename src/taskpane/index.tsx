// The task pane's entry. In the shared runtime this page also runs the functions, and it
// loads with the workbook even while the pane is closed: so this is where the workbook's
// recorded rule sets are read and handed to the functions.
import { createRoot } from "react-dom/client";
import { setPinned } from "../functions/state";
import { loadValidation } from "../rules";
import { stateFromPin, StoredPin } from "../workbook/settings";
import { ExcelRun, readStoredPin, recalculate } from "../workbook/writer";
import { App } from "./App";
import { LIGHT, loadTheme, OfficeThemeLike, themeName } from "./theme";

async function start() {
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
  const run: ExcelRun | null = inExcel ? ((batch) => Excel.run(batch)) as ExcelRun : null;
  let pin: StoredPin | null = null;
  let pinProblem: string | null = null;
  if (run) {
    try {
      const raw = await readStoredPin(run);
      if (raw) {
        await loadValidation();
        const read = stateFromPin(raw);
        pin = read.pin;
        setPinned(read.state);
        // Functions that ran before the pin was read used the default year: recompute.
        await recalculate(run);
      }
    } catch (e) {
      pinProblem = (e as Error).message;
    }
  }
  const loadExample = async (file: string) => {
    const res = await fetch(`assets/exempeldata/${file}`);
    if (!res.ok) throw new Error(`${file}: ${res.status}`);
    return await res.text();
  };
  const officeTheme = (Office.context as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme ?? null;
  const forcedColors = window.matchMedia?.("(forced-colors: active)").matches ?? false;
  // A theme chunk that cannot load leaves the pane light rather than not shown at all.
  const theme = await loadTheme(themeName(officeTheme, forcedColors)).catch(() => LIGHT);
  // The page background follows the theme too (the body outside the React root).
  document.body.style.background = theme.colorNeutralBackground1;
  // The rule validation (a file the user loads, LPIK entered, a changed rule) loads once the
  // pane has shown, not before (issue 12: the first screen in under 500 ms). React renders
  // after render() returns, so an idle callback asked for here could run first.
  const idle = (window as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 100));
  const onShown = () => idle(() => void loadValidation().catch(() => undefined));
  createRoot(document.getElementById("root")!).render(
    <App run={run} pin={pin} pinProblem={pinProblem} loadExample={loadExample} theme={theme} onShown={onShown} />,
  );
}

void start();
