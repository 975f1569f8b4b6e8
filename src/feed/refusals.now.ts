/**
 * refusals.ts for dist/cop-widgets.js (rollup.config.mjs checksFromModel): the bundle carries
 * valibot and the model anyway (no dynamic import there, CONTRACT §1), so a refused value's issues
 * are worded at once, where it is refused, as validateFeed does.
 */
import type { refuseItem as refuse } from './refusals.js';
import { wordRefusal } from './wording.js';

export type { Refusal, SchemaName, Wording } from './refusals.js';

export const refuseItem: typeof refuse = (issues, pointer, schema, value, suffix = '') => {
  for (const issue of wordRefusal(pointer, { schema, value, suffix })) issues.push(issue);
};

export const needsWording = (): boolean => false;
export const wordRefusals = (): void => undefined;
export const loadWording = (): Promise<void> => Promise.resolve();
export const setWording = (): void => undefined;
