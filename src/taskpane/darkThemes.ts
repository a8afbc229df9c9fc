// Office's dark and high-contrast themes as Fluent's web themes (theme.ts loads this chunk
// only when Office asks for one of them).
import { teamsHighContrastTheme, Theme, webDarkTheme } from "@fluentui/react-components";

export const DARK_THEMES: Record<"dark" | "contrast", Theme> = { dark: webDarkTheme, contrast: teamsHighContrastTheme };
