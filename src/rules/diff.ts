// What changed from one year's rule set to the next: key, old value, new value, section.
import { Band } from "./schema";
import { RuleSet } from "./index";

export interface Change {
  key: string;
  old: string;
  new: string;
  section: string;
}

function flatten(rs: RuleSet): Map<string, { value: string; section: string }> {
  const out = new Map<string, { value: string; section: string }>();
  for (const [key, p] of Object.entries(rs.data.parameters)) {
    const section = p.source.section;
    const v = p.value;
    if (typeof v === "string") out.set(key, { value: v, section });
    else if (Array.isArray(v)) (v as Band[]).forEach((b) => out.set(`${key} ${b.to === null ? `${b.from}–` : `${b.from}–${b.to}`}`, { value: b.value, section }));
    else for (const [n, x] of Object.entries(v)) out.set(`${key}.${n}`, { value: x, section });
  }
  for (const [key, r] of Object.entries(rs.data.readings))
    out.set(key, { value: Array.isArray(r.value) ? r.value.join(", ") : r.value, section: r.source.section });
  return out;
}

export function diffRuleSets(prev: RuleSet, next: RuleSet): Change[] {
  const a = flatten(prev);
  const b = flatten(next);
  const changes: Change[] = [];
  for (const [key, x] of b) {
    const old = a.get(key);
    if (!old) changes.push({ key, old: "(ny)", new: x.value, section: x.section });
    else if (old.value !== x.value) changes.push({ key, old: old.value, new: x.value, section: x.section });
  }
  for (const [key, x] of a) if (!b.has(key)) changes.push({ key, old: x.value, new: next.data.removed?.[key.split(" ")[0]] ? "(borttagen)" : "(saknas)", section: x.section });
  return changes;
}
