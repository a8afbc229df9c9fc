// 5.3 Tilläggsersättning — file 002
import { RuleSet, paramValue } from "../../rules";
import { InputError, nonNegative, wholeCount } from "../check";
import { Decimal, dec, DecimalInput } from "../money";

const v = (rs: RuleSet, k: Parameters<typeof paramValue>[1]) => dec(paramValue(rs, k));

/**
 * 5.3.1 Familjecentral: "100 kr/barn och år med lägsta nivå på 25 000 kr. Den maximala
 * ersättningen … uppgår till 100 000 kr/familjecentral och år. I de fall där extrakostnader
 * uppstår, i form av lokalhyra, utgår ersättning motsvarande faktisk kostnad."
 * The rent is paid on top of the capped amount.
 */
export function familjecentral(rs: RuleSet, children: unknown, rent: unknown = 0): Decimal {
  const n = wholeCount(children, "Antal listade barn 0–5 år");
  const r = nonNegative(rent ?? 0, "Lokalhyra");
  const raw = v(rs, "5.3.1.per_barn").times(n);
  return Decimal.min(Decimal.max(raw, v(rs, "5.3.1.min")), v(rs, "5.3.1.max")).plus(r);
}

/** 5.3.2: 10 000 kr per place in special housing and 24 000 kr per short-term place, per year. */
export function sarskiltBoende(rs: RuleSet, places: unknown, shortTermPlaces: unknown = 0): Decimal {
  return v(rs, "5.3.2.sarskilt_boende")
    .times(wholeCount(places, "Antal platser"))
    .plus(v(rs, "5.3.2.korttidsplats").times(wholeCount(shortTermPlaces ?? 0, "Antal korttidsplatser")));
}

/** 5.3.3: 1 500 kr/hour for doctors, 1 000 kr/hour for other staff. */
export function representation(rs: RuleSet, doctorHours: unknown, otherHours: unknown = 0): Decimal {
  return v(rs, "5.3.3.lakare")
    .times(nonNegative(doctorHours, "Timmar läkare"))
    .plus(v(rs, "5.3.3.ovriga").times(nonNegative(otherHours ?? 0, "Timmar övrig personal")));
}

/** 5.3.5 AT-läkare: 70 % of the salary cost, plus 6 000 kr per month of double housing. */
export function atLakare(rs: RuleSet, salaryCost: unknown, monthsDoubleHousing: unknown = 0): Decimal {
  return v(rs, "5.3.5.andel")
    .times(nonNegative(salaryCost, "Lönekostnad"))
    .plus(v(rs, "5.3.5.dubbelt_boende").times(wholeCount(monthsDoubleHousing ?? 0, "Månader med dubbelt boende")));
}

/** 5.3.7 ST-läkare: 60 % of the median ST salary. */
export function stLakare(rs: RuleSet, medianSalary: unknown): Decimal {
  return v(rs, "5.3.7.andel").times(nonNegative(medianSalary, "Medianlön"));
}

/** 5.3.8: 75 % of the median salary for a PTP psychologist, 20 % for an STP psychologist. */
export function psykolog(rs: RuleSet, kind: "PTP" | "STP", medianSalary: unknown): Decimal {
  return v(rs, kind === "PTP" ? "5.3.8.ptp_andel" : "5.3.8.stp_andel").times(nonNegative(medianSalary, "Medianlön"));
}

/**
 * "Hälsovalet ersätter till ett maxbelopp av motsvarande … tkr": the Hälsoval pays the
 * claims in full while their sum is within the cap; above it, each claim is scaled down
 * in proportion so the sum equals the cap (the tender says only that the cap binds).
 */
export function inomTak(claims: readonly DecimalInput[], capTkr: DecimalInput): { paid: Decimal[]; capped: boolean } {
  const cap = dec(capTkr).times(1000);
  const total = claims.reduce<Decimal>((s, c) => s.plus(dec(c)), new Decimal(0));
  if (claims.some((c) => dec(c).isNegative())) throw new InputError("Ett anspråk får inte vara negativt.");
  if (total.lte(cap)) return { paid: claims.map(dec), capped: false };
  return { paid: claims.map((c) => dec(c).times(cap).div(total)), capped: true };
}
