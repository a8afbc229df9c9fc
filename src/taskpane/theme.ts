// Follow Office's theme (Microsoft's add-in guidelines): light, dark or high contrast,
// chosen from Office.context.officeTheme; Fluent's web themes stand for them. Only the light
// theme is in the first bundle: the dark and high-contrast ones (their colour ramps are a
// fifth of it) load before the first render when Office asks for them (issue 12: the first
// screen in under 500 ms).
import { Theme, webLightTheme } from "@fluentui/react-components";

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white); null if unreadable. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export type ThemeName = "light" | "dark" | "contrast";

export function themeName(office: OfficeThemeLike | null | undefined, forcedColors = false): ThemeName {
  if (forcedColors) return "contrast";
  if (!office) return "light";
  const bg = luminance(office.bodyBackgroundColor);
  const fg = luminance(office.bodyForegroundColor);
  // Office's high-contrast themes are pure black on white or white/yellow on black.
  if (bg !== null && fg !== null && Math.abs(bg - fg) > 0.95) return "contrast";
  if (office.isDarkTheme || (bg !== null && bg < 0.5)) return "dark";
  return "light";
}

export const LIGHT: Theme = webLightTheme;

/** The Fluent theme for a theme name: the light one at once, the others from their chunk. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === "light") return LIGHT;
  const { DARK_THEMES } = await import(/* webpackChunkName: "tema" */ "./darkThemes");
  return DARK_THEMES[name];
}
