// Full validation of rule data, with the zod schemas: a dated rule file (load.ts) and a
// resolved rule set (schema.ts). Loaded on demand in the bundle (validation.ts): the
// shipped data was validated when the bundle was built; this is for a file a user loads,
// a workbook's pin and a changed copy of a rule set.
export { loadDatedFile } from "./load";
export { validateRuleSet } from "./schema";
