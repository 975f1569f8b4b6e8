// The test runner's dev-server middleware: real HTTP endpoints the browser tests call.
//   /api/responses   the demo's consultation endpoint (demo/responses-endpoint.mjs), writing
//                    to a temporary folder removed when the run ends
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleResponse } from '../../demo/responses-endpoint.mjs';

export function testServer() {
  const responsesDir = mkdtempSync(join(tmpdir(), 'cop-widgets-responses-'));
  process.on('exit', () => rmSync(responsesDir, { recursive: true, force: true }));

  return async (ctx, next) => {
    if (ctx.path === '/api/responses') {
      ctx.respond = false; // the handler writes the Node response itself
      await handleResponse(ctx.req, ctx.res, { dir: responsesDir });
      return;
    }
    await next();
  };
}
