// After rollup: writes dist/feed.schema.json from the built feed model, and copies the default
// feed beside it. Run by `npm run build`.
import { copyFileSync, writeFileSync } from 'node:fs';
import * as model from '../dist/esm/feed/model.js';
import { feedJsonSchema } from './feed-json-schema.mjs';

writeFileSync('dist/feed.schema.json', `${JSON.stringify(feedJsonSchema(model), null, 2)}\n`);
copyFileSync('feeds/cwg-cop.json', 'dist/cwg-cop.json');
