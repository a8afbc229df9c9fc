// The pane's views (Årsuppställning, Förklara, Formler, Vad om) as a tab list: a module of
// its own, loaded just after the first screen, so that the tab list's code does not delay
// the step's first button (issue 12: the pane usable in under 500 ms).
import { Tab, TabList } from "@fluentui/react-components";

export type View = "ar" | "forklara" | "formler" | "vadom";

export function ViewTabs({ view, onView }: { view: View; onView: (v: View) => void }) {
  return (
    <TabList selectedValue={view} onTabSelect={(_, d) => onView(d.value as View)} aria-label="Vy" size="small" style={{ flexWrap: "wrap" }}>
      <Tab value="ar">Årsuppställning</Tab>
      <Tab value="forklara">Förklara</Tab>
      <Tab value="formler">Formler</Tab>
      <Tab value="vadom">Vad om</Tab>
    </TabList>
  );
}

export default ViewTabs;
