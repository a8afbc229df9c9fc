// Reading the workbook's pin when the functions' runtime starts (shared runtime), so that
// no function computes with rules the workbook did not pin: until the pin is read every
// call waits; a pin that cannot be read or is invalid makes every call #N/A with the
// reason; no pin means the newest shipped rules. The reading itself is injected
// (`readPinSetting`), so tests drive it with fake Office objects.
import { setPinned, setPinStatus } from "./state";
import { PIN_KEY, stateFromPin } from "./stored";

/**
 * Read the pin with `read` (the raw setting, or null/undefined when the workbook has
 * none) and install it. Every function waits on the returned promise while it runs.
 */
export function loadPin(read: () => Promise<unknown>): Promise<void> {
  const done = (async () => {
    let raw: unknown;
    try {
      raw = await read();
    } catch (e) {
      setPinStatus({ kind: "failed", reason: `Arbetsbokens regelverk gick inte att läsa: ${(e as Error)?.message ?? String(e)}` });
      return;
    }
    if (raw === null || raw === undefined || raw === "") {
      setPinned(undefined);
      setPinStatus({ kind: "ready" });
      return;
    }
    try {
      setPinned(stateFromPin(raw).state);
      setPinStatus({ kind: "ready" });
    } catch (e) {
      setPinStatus({ kind: "failed", reason: `Arbetsbokens regelverk är ogiltigt: ${(e as Error).message}` });
    }
  })();
  setPinStatus({ kind: "loading", done });
  return done;
}

/** Office.js objects the reading needs (a subset, so tests can pass fakes). */
export interface OfficeLike {
  onReady(): Promise<unknown>;
}
interface SettingsContext {
  workbook: { settings: { getItemOrNullObject(key: string): { isNullObject: boolean; value: unknown; load(p: string): void } } };
  sync(): Promise<void>;
}
export interface ExcelLike {
  run<T>(batch: (context: SettingsContext) => Promise<T>): Promise<T>;
}

/**
 * The pin from the workbook's settings (per file and add-in). In the shared runtime the
 * functions may read the workbook; Excel.run makes the request context for us.
 */
export async function readPinSetting(office: OfficeLike, excel: ExcelLike): Promise<unknown> {
  await office.onReady();
  return await excel.run(async (ctx) => {
    const item = ctx.workbook.settings.getItemOrNullObject(PIN_KEY);
    item.load("value");
    await ctx.sync();
    return item.isNullObject ? null : item.value;
  });
}
