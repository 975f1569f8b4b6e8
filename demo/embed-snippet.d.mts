/** Types for demo/embed-snippet.mjs (imported by the tests). */
export interface EmbedChoice {
  tag: string;
  scriptUrl?: string;
  feedUrl?: string;
  cssUrl?: string;
  integrity?: string;
  lang?: string;
  presets?: Record<string, string | undefined>;
  theme?: string;
  /** 'lazy': the element loads its feed once the reader scrolls near it. */
  loading?: string;
  accent?: string;
  /** 'screen': 100vh; 'rem' (or left out): loadingHeight rem; 'none': no room. */
  loadingRoom?: 'screen' | 'rem' | 'none' | '';
  loadingHeight?: number | string;
}
export const PRESETS: Record<string, string[]>;
export const DEFAULT_PLACES: { scriptUrl: string; feedUrl: string; cssUrl: string };
export function buildSnippet(choice: EmbedChoice): { html: string; css: string };
export function encodeChoice(choice: EmbedChoice): string;
export function decodeChoice(segment: string): EmbedChoice;
