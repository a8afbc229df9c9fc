// The shipped rule files are found, not listed: every src/rules/data/*.json. In the
// browser bundle webpack's require.context gathers them at build time, where each file is
// validated and its resolved sets hashed (scripts/regeldata-loader.js, issue 13 item 4);
// under Node (jest, tsx and the rjh CLI) they are read from disk next to this module and
// validated when first used. Adding a year is an edit of one of these files, adding an
// agreement a new file: no code names them.
import type * as FS from "fs";
import type * as Path from "path";

declare const __webpack_require__: unknown;
interface WebpackContext {
  keys(): string[];
  (id: string): unknown;
}
type ContextRequire = { context(dir: string, deep: boolean, filter: RegExp): WebpackContext };

/** A shipped file as the build validated it: the parsed file and its checkpoints' hashes (scripts/regeldata.ts). */
export interface CheckedRuleFile {
  data: unknown;
  hashes: Record<string, string>;
}

/** The shipped files validated at build time (bundle), or undefined under Node (validated when first used). */
export function shippedChecked(): Record<string, CheckedRuleFile> | undefined {
  if (typeof __webpack_require__ !== "function") return undefined;
  const out: Record<string, CheckedRuleFile> = {};
  const ctx = (require as unknown as ContextRequire).context("./data", false, /\.json$/);
  for (const k of ctx.keys()) if (k.startsWith("./")) out[k.slice(2)] = ctx(k) as CheckedRuleFile;
  return out;
}

export function shippedRuleFiles(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof __webpack_require__ === "function") {
    // webpack evaluates the condition at build time and drops the Node branch below.
    for (const [name, c] of Object.entries(shippedChecked()!)) out[name] = c.data;
    return out;
  }
  const fs = require("fs") as typeof FS;
  const path = require("path") as typeof Path;
  const dir = path.join(__dirname, "data");
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json")).sort())
    out[f] = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  return out;
}
