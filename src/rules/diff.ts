// What changed from one year's rule set to the next: key, old value, new value, section.
import { flattenRuleSet } from "./flatten";
import type { RuleSet } from "./index";

export interface Change {
  key: string;
  old: string;
  new: string;
  section: string;
}

export function diffRuleSets(prev: RuleSet, next: RuleSet): Change[] {
  const a = new Map(flattenRuleSet(prev).map((x) => [x.key, x]));
  const b = new Map(flattenRuleSet(next).map((x) => [x.key, x]));
  const changes: Change[] = [];
  for (const [key, x] of b) {
    const old = a.get(key);
    if (!old) changes.push({ key, old: "(ny)", new: x.value, section: x.section });
    else if (old.value !== x.value) changes.push({ key, old: old.value, new: x.value, section: x.section });
  }
  for (const [key, x] of a) if (!b.has(key)) changes.push({ key, old: x.value, new: next.data.removed?.[key.split(" ")[0]] ? "(borttagen)" : "(saknas)", section: x.section });
  return changes;
}
