// The rule sets of a set of dated rule files: "agreement A for year Y" and "on date D",
// resolved once and cached (a warm call is a Map lookup). The source files are a
// parameter, so a copy of the data with a new year in it is used with no code change.
import { Agreement, CATALOGUE } from "./catalogue";
import type { DatedFile } from "./dated";
import { deriveHalsoval } from "./derive";
import { bandsFromLowerBounds, periodOf, resolveOn, titleOf, validityText } from "./resolve";
import type { CheckedRuleFile } from "./files";
import { copyRuleSet, makeRuleSet, MissingLpikError, NoRuleSetError, RuleSet, trustedRuleSet } from "./ruleset";
import { RuleSetError } from "./error";
import type { RuleSetData } from "./schema";
import { validation } from "./validation";

export class RuleRegistry {
  private readonly files = new Map<Agreement, { file: DatedFile; name: string; resolved: Map<string, RuleSetData>; hashes?: Record<string, string> }>();
  private readonly cache = new Map<string, RuleSet>();
  /** Later periods with a workbook's inputs, per donor set (a pinned set is one object while pinned). */
  private readonly inputCache = new WeakMap<RuleSet, Map<string, RuleSet>>();
  private shipped?: readonly RuleSet[];

  /**
   * `files`: file name → parsed JSON, e.g. {"halsoval.json": {...}}, each validated here.
   * `checked`: files the build validated, with their checkpoints' hashes (the shipped data
   * in the bundle, scripts/regeldata.ts): a file in `files` with the same name and the same
   * object is taken as validated, and its checkpoints are resolved without the schema.
   */
  constructor(files: Record<string, unknown>, checked?: Record<string, CheckedRuleFile>) {
    for (const [name, raw] of Object.entries(files)) {
      const built = checked?.[name]?.data === raw ? checked?.[name] : undefined;
      const { data: file, resolved } = built ? { data: built.data as DatedFile, resolved: new Map<string, RuleSetData>() } : validation().loadDatedFile(raw, name);
      if (this.files.has(file.agreement)) throw new RuleSetError(name, [`avtalet ${file.agreement} finns redan i ${this.files.get(file.agreement)!.name}`]);
      this.files.set(file.agreement, { file, name, resolved, hashes: built?.hashes });
    }
  }

  private entry(agreement: Agreement) {
    const e = this.files.get(agreement);
    if (!e) throw new NoRuleSetError(agreement, NaN, "regelfilen saknas");
    return e;
  }

  private cached(key: string, make: () => RuleSet): RuleSet {
    let rs = this.cache.get(key);
    if (!rs) {
      rs = make();
      this.cache.set(key, rs);
    }
    return rs;
  }

  /** The rule sets the data holds: each decided Hälsoval year, each agreement period with dated values. */
  all(): readonly RuleSet[] {
    if (this.shipped) return this.shipped;
    const out: RuleSet[] = [];
    for (const [agreement, { file }] of this.files) {
      const v = file.validity;
      if (v.unit === "year") for (const y of v.decided) out.push(this.fromData(agreement, y));
      else {
        const starts = new Set([Number(v.from.slice(0, 4))]);
        for (const p of Object.values(file.parameters))
          for (const d of Object.keys(p.values)) if (d > v.from) starts.add(periodOf(v, Number(d.slice(0, 4)))?.idYear ?? 0);
        for (const y of [...starts].filter((s) => s > 0).sort()) out.push(this.fromData(agreement, y));
      }
    }
    this.shipped = out;
    return out;
  }

  /** The newest year the data decides for Hälsoval; later years are derived. */
  newestDecided(agreement: Agreement): number {
    const v = this.entry(agreement).file.validity;
    return v.unit === "year" ? Math.max(...v.decided) : Number(v.to.slice(0, 4));
  }

  /** The resolved set of the data alone for a year (no user inputs, no derivation). */
  fromData(agreement: Agreement, year: number): RuleSet {
    return this.cached(`${agreement}|${year}`, () => {
      const { file, name, resolved, hashes } = this.entry(agreement);
      const v = file.validity;
      const p = v.unit === "period" ? periodOf(v, year) : null;
      if (v.unit === "year" ? !v.decided.includes(year) : !p) throw new NoRuleSetError(agreement, year, validityText(v));
      const id = `${agreement}-${p ? p.idYear : year}`;
      const date = p ? p.date : `${year}-01-01`;
      // Validated when the file was loaded (every year and period start is a checkpoint).
      const done = resolved.get(`${id}|${date}`);
      if (done) return trustedRuleSet(done);
      // Validated when the bundle was built: resolved as it was then, with the build's hash
      // (a later agreement period without changes resolves to the values validated before).
      if (hashes) return trustedRuleSet(resolveOn(file, date, id, p ? p.years : [year], titleOf(file, year)), hashes[`${id}|${date}`]);
      return makeRuleSet(resolveOn(file, date, id, p ? p.years : [year], titleOf(file, year)), `${name}, ${date}`);
    });
  }

  /**
   * The rule set of an agreement for a year. One in `sets` covering the year wins (a
   * workbook's pinned copy); otherwise the data's, where a Hälsoval year after the newest
   * decided one is derived with the LPIK the tillägg set in `sets` holds for that year, and
   * an agreement period after the first carries over the user inputs (LPIK) of `sets`.
   */
  find(agreement: Agreement, year: number, sets?: readonly RuleSet[]): RuleSet {
    let found: RuleSet | undefined;
    for (const r of sets ?? this.all()) {
      if (r.agreement !== agreement || !r.years.includes(year)) continue;
      if (found) throw new Error(`Flera regelverk för ${agreement} år ${year}: ${found.id}, ${r.id}`);
      found = r;
    }
    if (found) return found;
    const v = this.entry(agreement).file.validity;
    if (v.unit === "year" && year > this.newestDecided(agreement)) return this.derive(year, sets);
    const own = this.fromData(agreement, year);
    return sets ? this.withInputs(own, sets) : own;
  }

  private derive(year: number, sets?: readonly RuleSet[]): RuleSet {
    let base: RuleSet;
    try {
      base = this.find("halsoval", year - 1, sets);
    } catch (e) {
      if (e instanceof MissingLpikError) throw new MissingLpikError(year, e.lpikYear);
      throw e;
    }
    const lpik = this.lpik(year, sets);
    if (!lpik) throw new MissingLpikError(year);
    return this.cached(`derived|${base.hash}|${year}|${lpik}`, () => deriveHalsoval(base, year, lpik, this.entry("halsoval").file.documents.lpik));
  }

  /** LPIK of a year as the tillägg set for that year holds it (a user input), if entered. */
  private lpik(year: number, sets?: readonly RuleSet[]): string | undefined {
    let tb: RuleSet;
    try {
      tb = this.find("tillagg", year, sets);
    } catch (e) {
      if (e instanceof NoRuleSetError) return undefined;
      throw e;
    }
    const v = tb.data.parameters["3.3.lpik"]?.value;
    return v && typeof v === "object" && !Array.isArray(v) ? v[String(year)] : undefined;
  }

  /** A later period's set with the user inputs (e.g. LPIK factors) of the newest same-agreement set in `sets`. */
  private withInputs(own: RuleSet, sets: readonly RuleSet[]): RuleSet {
    let donor: RuleSet | undefined;
    for (const r of sets) if (r.agreement === own.agreement && (!donor || r.years[r.years.length - 1] > donor.years[donor.years.length - 1])) donor = r;
    if (!donor) return own;
    let byDonor = this.inputCache.get(donor);
    if (!byDonor) this.inputCache.set(donor, (byDonor = new Map()));
    let out = byDonor.get(own.hash);
    if (!out) {
      out = this.carryInputs(own, donor);
      byDonor.set(own.hash, out);
    }
    return out;
  }

  private carryInputs(own: RuleSet, donor: RuleSet): RuleSet {
    const inputs: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(donor.data.parameters)) {
      const mine = own.data.parameters[k];
      if (p.input && mine?.input && JSON.stringify(p.value) !== JSON.stringify(mine.value)) inputs[k] = p.value;
    }
    if (Object.keys(inputs).length === 0) return own;
    return this.cached(`inputs|${own.hash}|${JSON.stringify(inputs)}`, () => {
      const data = JSON.parse(JSON.stringify(own.data));
      for (const [k, value] of Object.entries(inputs)) data.parameters[k].value = value;
      return copyRuleSet(data, `${own.id} (med inmatade värden från ${donor.id})`);
    });
  }

  /** The rule set in force on a date: the year's, with any value dated inside the year up to `date`. */
  on(agreement: Agreement, date: string, sets?: readonly RuleSet[]): RuleSet {
    const year = Number(date.slice(0, 4));
    const rs = this.find(agreement, year, sets);
    const { file, name } = this.entry(agreement);
    const changes: [string, string, unknown][] = [];
    for (const [key, p] of Object.entries(file.parameters))
      for (const [d, value] of Object.entries(p.values)) if (d > `${year}-01-01` && d <= date && d.startsWith(`${year}-`)) changes.push([d, key, value]);
    if (changes.length === 0) return rs;
    changes.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const last = changes[changes.length - 1][0];
    return this.cached(`on|${rs.hash}|${last}`, () => {
      const data = JSON.parse(JSON.stringify(rs.data));
      for (const [, key, value] of changes) {
        if (!data.parameters[key]) continue;
        const bands = CATALOGUE[agreement].keys[key]?.shape === "bands" && typeof value === "object";
        data.parameters[key].value = bands ? bandsFromLowerBounds(value as Record<string, string>) : value;
      }
      data.id = `${agreement}-${last}`;
      data.effective = last;
      data.title = `${data.title} (från ${last})`;
      return copyRuleSet(data, `${name}, ${last}`);
    });
  }
}
