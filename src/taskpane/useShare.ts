// "Dela" as real files (hook for StepShare): one values-only workbook per municipality,
// opened in Excel as a new workbook where ExcelApi 1.8 allows (Excel.createWorkbook), and
// offered as a download otherwise. The economist's own workbook is not changed. ExcelJS is
// loaded only when the files are made (a chunk of its own).
import { useTask } from "./useTask";
import type { YearSetup } from "../workbook/plan";
import type { PaneData } from "./setup";
import { today } from "./useFill";

export interface SharedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Where the files go: a new Excel workbook each, or a download each. */
export interface ShareTarget {
  createWorkbook: ((base64: string) => Promise<void>) | null;
  download: (fileName: string, bytes: Uint8Array) => void;
}

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Deliver the files; returns how ("excel" or "download"). */
export async function deliver(files: SharedFile[], target: ShareTarget): Promise<"excel" | "download"> {
  if (target.createWorkbook) {
    for (const f of files) await target.createWorkbook(toBase64(f.bytes));
    return "excel";
  }
  for (const f of files) target.download(f.fileName, f.bytes);
  return "download";
}

/** The target in the running pane: Excel.createWorkbook where supported, else a browser download. */
export function paneTarget(): ShareTarget {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const supported = Boolean(office?.context?.requirements?.isSetSupported?.("ExcelApi", "1.8"));
  return {
    createWorkbook: supported ? (b64) => Excel.createWorkbook(b64) : null,
    download: (fileName, bytes) => {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}

/** The municipality files of the setup and data (values only, headed by rule sets and hashes). */
export async function makeFiles(setup: YearSetup, data: PaneData, kommuner: readonly string[], date: string): Promise<SharedFile[]> {
  if (!data.vardenheter || !data.befolkning) throw new Error("Läs in listnings- och befolkningsdata först (steg 2).");
  const [{ medForegaende, planWorkbook }, { kommunFiles }] = await Promise.all([import("../workbook/plan"), import(/* webpackChunkName: "xlsx" */ "../workbook/dela")]);
  const layouts = planWorkbook(medForegaende(setup), { vardenheter: data.vardenheter, befolkning: data.befolkning }, date);
  return await kommunFiles(layouts, setup, kommuner, date, data.exempel);
}

export function useShare(setup: YearSetup | null, data: PaneData, target: () => ShareTarget = paneTarget) {
  const { busy, status, run } = useTask();
  const share = async (kommuner: readonly string[]) => {
    if (!setup) return;
    await run("Filerna skapades inte", async () => {
      const files = await makeFiles(setup, data, kommuner, today());
      const how = await deliver(files, target());
      const names = files.map((f) => f.fileName).join(", ");
      return how === "excel" ? `${files.length} arbetsböcker öppnade i Excel (enbart värden): ${names}.` : `${files.length} filer hämtade (enbart värden): ${names}.`;
    });
  };
  return { share, busy, status };
}
