// A resolved rule set with its id and content hash, and the errors that say a year has
// none. The hash is over the resolved data (keys sorted), so a workbook's pin records
// exactly what it computed with.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import stableStringify from "fast-json-stable-stringify";
import type { Agreement } from "./catalogue";
import type { RuleSetData } from "./schema";
import { checkCopy } from "./check";
import { validation } from "./validation";

export interface RuleSet {
  readonly data: RuleSetData;
  readonly id: string;
  readonly agreement: Agreement;
  readonly years: readonly number[];
  /** SHA-256 of the canonical JSON (keys sorted), hex. */
  readonly hash: string;
}

export const AGREEMENT_NAMES: Record<Agreement, string> = {
  halsoval: "Hälsoval",
  tillagg: "tilläggsbeloppet",
  utveckling: "gemensam utveckling",
};

/** A year for which no rule set exists: the functions show it as #N/A. */
export class NoRuleSetError extends Error {
  constructor(
    readonly agreement: Agreement,
    readonly year: number,
    detail?: string,
  ) {
    super(`Det finns inget regelverk för ${AGREEMENT_NAMES[agreement]} år ${year}${detail ? `: ${detail}` : ""}.`);
    this.name = "NoRuleSetError";
  }
}

/**
 * A Hälsoval year without a June decision whose LPIK has not been entered (5.1: "räknas
 * årets ersättning, exklusive läkemedel, upp med landstingsprisindex (LPI-K)"). A
 * NoRuleSetError, so the functions show it as #N/A.
 */
export class MissingLpikError extends NoRuleSetError {
  /** `lpikYear`: the first year whose LPIK is missing (the year itself, or one before it). */
  constructor(
    year: number,
    readonly lpikYear: number = year,
  ) {
    super(
      "halsoval",
      year,
      lpikYear === year
        ? `inget junibeslut finns för ${year}, så ersättningen räknas upp från ${year - 1} med LPIK ${year}, som inte är angivet. Ange LPIK ${year} (SKR) under tilläggsbeloppets LPIK i åtgärdsfönstret`
        : `inget junibeslut finns från ${lpikYear}, så ersättningen räknas upp år för år med LPIK; LPIK ${lpikYear} är inte angivet. Ange LPIK ${lpikYear}–${year} (SKR) under tilläggsbeloppets LPIK i åtgärdsfönstret`,
    );
    this.name = "MissingLpikError";
  }
}

export function contentHash(data: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(stableStringify(data))));
}

/** A rule set from data of unknown shape (a file, a pin): validated in full, with the schemas. */
export function makeRuleSet(raw: unknown, file: string): RuleSet {
  return trustedRuleSet(validation().validateRuleSet(raw, file));
}

/**
 * A changed copy of a validated rule set (an override, a derived year, a date's values):
 * its values, the catalogue and plausibility are checked, without the schemas.
 */
export function copyRuleSet(data: RuleSetData, file: string): RuleSet {
  return trustedRuleSet(checkCopy(data, file));
}

/**
 * A rule set from validated data. The hash is computed when first read (hashing is the
 * largest part of a cold resolve, and most rule sets resolved are never pinned), unless
 * the build computed it (`knownHash`, shipped data: scripts/regeldata.ts).
 */
export function trustedRuleSet(data: RuleSetData, knownHash?: string): RuleSet {
  let hash: string | undefined = knownHash;
  return {
    data,
    id: data.id,
    agreement: data.agreement,
    years: data.years,
    get hash() {
      return (hash ??= contentHash(data));
    },
  };
}
