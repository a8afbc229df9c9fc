// One task of a view at a time (write sheets, make files, write a scenario): busy while it
// runs, then what it did or why it failed, as the status the view shows (Notice). The same
// for every view that writes, so each says "<what failed>: <why>" and never stays busy.
import * as React from "react";

export type Status = { intent: "success" | "error"; text: string } | null;

export function useTask() {
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<Status>(null);
  /** Runs `task`: the text it returns is shown as done; a failure as "<failed>: <its message>". */
  const run = async (failed: string, task: () => Promise<string | null | undefined>) => {
    setBusy(true);
    setStatus(null);
    try {
      const text = await task();
      if (text) setStatus({ intent: "success", text });
    } catch (e) {
      setStatus({ intent: "error", text: `${failed}: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, run };
}
