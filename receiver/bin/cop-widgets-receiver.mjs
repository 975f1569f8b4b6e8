#!/usr/bin/env node
// The receiver's command line (receiver/src/cli.ts, built into receiver/dist by `npm run build`).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`cop-widgets-receiver: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
