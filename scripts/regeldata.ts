// Issue 13 item 4, start at build time: each shipped rule file (src/rules/data/*.json) is
// validated when the bundle is built, by the same code that validates a file a user loads
// (src/rules/load.ts: the dated schema, the dates, every checkpoint as a resolved rule set
// with the catalogue and the plausibility checks), and each checkpoint's resolved set is
// hashed. The bundle then carries the validated file and the hashes; the runtime resolves
// from it without the schema and takes the hashes as they are. A file that does not
// validate stops the build with the same Swedish message a user would get.
import stableStringify from "fast-json-stable-stringify";
import { loadDatedFile } from "../src/rules/load";
import { contentHash } from "../src/rules/ruleset";
import { resolveOn } from "../src/rules/resolve";
import type { DatedFile } from "../src/rules/dated";

export interface CheckedRuleFile {
  /** The file as the schema parsed it (unknown keys dropped). */
  data: DatedFile;
  /** "halsoval-2026|2026-01-01" → SHA-256 of that resolved set (as contentHash computes it). */
  hashes: Record<string, string>;
}

/** Validates one shipped rule file and hashes its checkpoints; throws RuleSetError (Swedish) when invalid. */
export function checkRuleFile(raw: unknown, name: string): CheckedRuleFile {
  const { data, resolved } = loadDatedFile(raw, name);
  const hashes: Record<string, string> = {};
  for (const [key, set] of resolved) {
    // The runtime resolves without the schema: what it gets must be exactly what was validated.
    const [id, date] = key.split("|");
    const again = resolveOn(data, date, id, set.years, set.title);
    if (stableStringify(again) !== stableStringify(set))
      throw new Error(`${name}, ${date}: den upplösta regeluppsättningen ändras av valideringen (okända fält?); bygget avbryts.`);
    hashes[key] = contentHash(set);
  }
  return { data, hashes };
}
