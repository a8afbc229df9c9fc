// The four steps as a list of buttons that wraps (fits a 320 px task pane), the current
// one marked for assistive technology with aria-current="step".
import { Button, makeStyles } from "@fluentui/react-components";

export type Step = "ar" | "data" | "fyll" | "dela";
export const STEPS: { value: Step; label: string; title: string }[] = [
  { value: "ar", label: "1. År", title: "År och indata" },
  { value: "data", label: "2. Data", title: "Data" },
  { value: "fyll", label: "3. Fyll", title: "Fyll arbetsboken" },
  { value: "dela", label: "4. Dela", title: "Dela" },
];

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: "4px", listStyleType: "none", margin: "0", padding: "0" },
});

export function Stepper({ step, onStep }: { step: Step; onStep: (s: Step) => void }) {
  const styles = useStyles();
  return (
    <nav aria-label="Steg">
      <ol className={styles.list}>
        {STEPS.map((s) => (
          <li key={s.value}>
            <Button size="small" appearance={s.value === step ? "primary" : "subtle"} aria-current={s.value === step ? "step" : undefined} onClick={() => onStep(s.value)}>
              {s.label}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
