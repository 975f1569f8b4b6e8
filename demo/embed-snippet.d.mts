/** Types for demo/embed-snippet.mjs (imported by the tests). */
export const PRESETS: Record<string, string[]>;
export function buildSnippet(choice: {
  tag: string;
  feedUrl: string;
  scriptUrl: string;
  integrity?: string;
  lang?: string;
  presets?: Record<string, string | undefined>;
  theme?: string;
  accent?: string;
}): string;
