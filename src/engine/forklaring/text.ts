// Förklaring in plain Swedish: numbers as a Swedish reader writes them (3 543,54) and a
// trace rendered as indented lines, the text the task pane's "Förklara" view shows.
import { dec, type DecimalInput } from "../money";
import type { Forklaring, ParameterPost } from "./typ";

/** "3 543,54": space between thousands, decimal comma; at most `max` decimals, trailing zeros dropped. */
export function tal(x: DecimalInput, max = 6, fixed = false): string {
  const d = dec(x).toDecimalPlaces(max);
  const [int, frac] = (fixed ? d.abs().toFixed(max) : d.abs().toFixed()).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${d.isNegative() ? "−" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** Kronor to the öre, as the sheets show them: "3 543,54 kr". */
export function kr(x: DecimalInput): string {
  return `${tal(dec(x), 2, true)} kr`;
}

/** A rule-set value written with a decimal point ("0.015"), as a Swedish reader writes it. */
export function varde(v: string): string {
  return /^-?\d+(\.\d+)?$/.test(v) ? tal(v, 10) : v;
}

function resultat(f: Forklaring): string {
  if (f.text !== undefined) return f.text;
  if (f.belopp === null) return "";
  return f.enhet === "kr" ? kr(f.belopp) : `${tal(f.belopp)}${f.enhet && f.enhet !== "vikt" && f.enhet !== "andel" ? ` ${f.enhet}` : ""}`;
}

function parameterRad(p: ParameterPost): string {
  const flags = [p.preliminar ? "preliminärt" : "", p.indata ? "indata" : "", p.gallerFran ? `gäller från ${p.gallerFran}` : ""].filter(Boolean);
  return `${p.beskrivning} (${p.nyckel}): ${varde(p.varde)} ${p.enhet}. Källa: ${p.kalla.dokument}, avsnitt ${p.kalla.avsnitt}${flags.length ? ` (${flags.join(", ")})` : ""}.`;
}

/**
 * The trace as Swedish lines, two spaces of indent per level: the figure and its formula,
 * the inputs, the parameters with their sources, the readings, the intermediate amounts
 * and the parts.
 */
export function renderaForklaring(f: Forklaring, niva = 0): string[] {
  const ind = "  ".repeat(niva);
  const lines = [`${ind}${f.rubrik}: ${resultat(f)}`.trimEnd()];
  if (f.formel) lines.push(`${ind}  Beräkning: ${f.formel}`);
  for (const i of f.indata) lines.push(`${ind}  Indata: ${i.namn} = ${i.varde}`);
  for (const p of f.parametrar) lines.push(`${ind}  Parameter: ${parameterRad(p)}`);
  for (const t of f.tolkningar)
    lines.push(`${ind}  Tolkning ${t.nyckel} = ${t.varde}: ${t.beskrivning} Källa: ${t.kalla.dokument}, avsnitt ${t.kalla.avsnitt}.`);
  if (f.steg.length) lines.push(`${ind}  Mellanled:`);
  for (const s of f.steg) lines.push(...renderaForklaring(s, niva + 2));
  if (f.delar.length) lines.push(`${ind}  Delar (summerar till ${resultat(f)}):`);
  for (const d of f.delar) lines.push(...renderaForklaring(d, niva + 2));
  return lines;
}
