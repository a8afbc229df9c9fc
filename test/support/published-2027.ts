// A rule file as the region might publish it for 2027 (tests only, not real figures): the
// shipped Hälsoval data with 2027 decided and the 5.1.1 price 2 400 kr from 2027-01-01.
import * as fs from "fs";
import * as path from "path";

export const SHIPPED_HALSOVAL = fs.readFileSync(path.join(__dirname, "../../src/rules/data/halsoval.json"), "utf8");

export function published2027(): string {
  const f = JSON.parse(SHIPPED_HALSOVAL);
  f.validity.decided = [...f.validity.decided, 2027];
  f.parameters["5.1.1.pris"].values["2027-01-01"] = "2400";
  return JSON.stringify(f);
}
