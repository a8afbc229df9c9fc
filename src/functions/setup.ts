// Set up once per workbook state: what every call of a custom function needs that does not
// change between calls (the resolved rule set, tables by age, the default year) is made
// once per pinned state and year and reused, so a call in a column filled down does a
// table lookup, not a rule-set search or a decimal parse. Everything here is dropped when a
// different pin is installed (the pin is one object while it is in force: pin/state.ts).
// Also the errors a failing cell returns, one object per (code, message): a column of text
// where ages belong gives the same message in every cell.
import { Agreement, findRuleSet, RuleSet } from "../rules";
import * as pin from "../pin/state";

// Bound once: a call reads the pin through these plain functions. (Run from source, as the
// bench and the tests do, every use of an import goes through a getter on the module object.)
const { defaultYear, pinned, pinStatus } = pin;
const NONE = Symbol("no pin seen yet");

/**
 * Values by year for the pin in force, each made once. `make` failing (no rule set for the
 * year, a reading the fast path does not cover) is remembered as null: the caller then takes
 * the general path, which gives the reason.
 */
export class PerState<T> {
  private pin: unknown = NONE;
  private readonly byYear = new Map<number, T | null>();
  /** The last call's year argument, pin and status, and its value: a column filled down repeats them. */
  private callAr: unknown = NONE;
  private callPin: unknown = NONE;
  private callStatus: unknown = NONE;
  private callValue: T | null = null;
  constructor(private readonly make: (year: number) => T | null) {}

  /**
   * The value for a call's year argument when a fast path may compute: the pin is in place
   * (not being read, not failed) and the argument is omitted or a whole year (what
   * adapt.year accepts). Null otherwise: the general path waits, refuses or explains.
   */
  forCall(ar: unknown): T | null {
    const p = pinned();
    const status = pinStatus();
    // A column's calls repeat the year argument (omitted, or one year): its answer is kept
    // until the argument, the pin or its status changes (a status is a new object each time).
    if (ar === this.callAr && p === this.callPin && status === this.callStatus) return this.callValue;
    const y = readyYear(ar);
    const v = y === undefined ? null : this.get(y);
    this.callAr = ar;
    this.callPin = p;
    this.callStatus = status;
    this.callValue = v;
    return v;
  }

  get(year: number): T | null {
    const p = pinned();
    if (p !== this.pin || this.byYear.size > 64) {
      this.byYear.clear();
      this.pin = p;
    }
    let v = this.byYear.get(year);
    if (v === undefined) {
      try {
        v = this.make(year);
      } catch {
        v = null;
      }
      this.byYear.set(year, v);
    }
    return v;
  }
}

const byAgreement = new Map<Agreement, PerState<RuleSet>>();
/**
 * The rule sets of one agreement by year, resolved once per workbook state (null for a year
 * without one: adapt.ruleSet then asks again, for the reason).
 */
export function rulesByYear(agreement: Agreement): PerState<RuleSet> {
  let s = byAgreement.get(agreement);
  if (!s) byAgreement.set(agreement, (s = new PerState((y) => findRuleSet(agreement, y, pin.ruleSets()))));
  return s;
}

let defaultFor: unknown = NONE;
let defaultValue = 0;
/** The workbook's pinned year, else the newest rule set's (pin/state.ts defaultYear), once per pin. */
export function stateYear(): number {
  const p = pinned();
  if (p !== defaultFor) {
    defaultValue = defaultYear();
    defaultFor = p;
  }
  return defaultValue;
}

/**
 * The year a fast path may compute with: the pin is in place (not being read, not failed)
 * and the year argument is omitted or a whole year (what adapt.year accepts). Undefined
 * otherwise: the general path waits, refuses or explains.
 */
export function readyYear(ar: unknown): number | undefined {
  if (pinStatus().kind !== "ready") return undefined;
  if (ar === undefined || ar === null || ar === "") {
    try {
      return stateYear();
    } catch {
      return undefined; // the rules cannot be read: the general path says why (#N/A)
    }
  }
  if (typeof ar === "number" && Number.isInteger(ar) && ar >= 0 && ar <= 2200) return ar;
  return undefined;
}

let errorsFor: unknown;
const errors = new Map<string, CustomFunctions.Error>();
/**
 * The error for (code, message), built once and returned for every cell that fails the same
 * way (Excel reads only the code and the message). Rebuilt if the error type is replaced.
 */
export function excelError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  if (errorsFor !== CustomFunctions.Error || errors.size >= 1024) {
    errors.clear();
    errorsFor = CustomFunctions.Error;
  }
  const key = `${code}\u0000${message}`;
  let e = errors.get(key);
  if (!e) errors.set(key, (e = new CustomFunctions.Error(code, message)));
  return e;
}
