/** Types for scripts/feed-json-schema.mjs (imported by the tests). */
export function feedJsonSchema(model: typeof import('../src/feed/model.js')): Record<string, unknown>;
