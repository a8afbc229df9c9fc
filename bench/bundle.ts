// The production functions bundle as Excel's runtime loads it: the scripts dist/taskpane.html
// loads, the task pane's own left out (webpack's runtime, the shared chunk, functions.js).
// functionScripts lists them; loadFunctions runs them in this process with the globals the
// page would give and returns the functions as CustomFunctions.associate registered them.
import * as fs from "fs";
import * as path from "path";

const DIST = path.join(__dirname, "../dist");

/** The scripts dist/taskpane.html loads, by file name in page order, or null without a build (npm run build). */
export function pageScripts(): string[] | null {
  const html = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(html)) return null;
  return [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*src="?([\w.-]+\.js)"?/g)].map((m) => m[1]);
}

/** The functions bundle's files (the page's scripts but the task pane's), as paths in page order; null without a build. */
export function functionScripts(): string[] | null {
  return pageScripts()?.filter((f) => f !== "taskpane.js").map((f) => path.join(DIST, f)) ?? null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom functions take and give Excel's values
export type ExcelFunction = (...args: any[]) => any;

/**
 * The production functions by id ("HALSOVAL.LISTAD"), or null without a build. No Office
 * global is given, so the bundle reads no pin: the shipped rule sets, as in a new workbook.
 */
export function loadFunctions(): Record<string, ExcelFunction> | null {
  const files = functionScripts();
  if (!files) return null;
  const g = globalThis as Record<string, unknown>;
  const cf = g.CustomFunctions as { associate: (id: string, f: ExcelFunction) => void };
  const saved = { document: g.document, window: g.window, self: g.self, associate: cf.associate };
  const fns: Record<string, ExcelFunction> = {};
  try {
    cf.associate = (id, f) => void (fns[id] = f);
    // As the page: webpack's runtime takes its public path from the current script.
    Object.assign(g, { window: g, self: g, document: { currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/runtime.js" }, getElementsByTagName: () => [] } });
    for (const f of files) require(f);
  } finally {
    Object.assign(g, { document: saved.document, window: saved.window, self: saved.self });
    cf.associate = saved.associate;
  }
  return fns;
}
