// Server commands for the tests of the demo (tests/demo-receiver.test.ts): a demo of its own,
// demo/server.mjs with its receiver, as `npm start` runs it (tests/server/demo.mjs).
//   demo-start                         starts one in the background (its embedded database takes
//                                      seconds, longer than a command may); { id }
//   demo-url { id }                    { url } once it listens, { url: null } after 10 s: ask again
//   demo-export { id, consultation }   stops it, then its stored responses to `consultation`
//                                      (`cop-widgets-receiver export --format json`), and
//                                      deletes its data
// The middleware's demo (/api/responses) also starts with the run, in the background, for the
// same reason. When the run ends, every demo still running is stopped and its data deleted.
import { setTimeout as sleep } from 'node:timers/promises';
import { exportFrom, sharedDemo, startDemo, stopSharedDemo } from '../demo.mjs';

export default function demoPlugin() {
  const demos = new Map();
  let next = 0;
  return {
    name: 'cop-widgets-demo',
    serverStart() {
      // A failure to start is reported by the middleware, to the request that needs the demo.
      sharedDemo().catch(() => {});
    },
    async executeCommand({ command, payload }) {
      if (command === 'demo-start') {
        const id = String((next += 1));
        const starting = startDemo();
        starting.catch(() => {}); // reported by demo-url
        demos.set(id, starting);
        return { id };
      }
      if (command === 'demo-url') {
        const demo = await Promise.race([demos.get(payload.id), sleep(10_000)]);
        return { url: demo?.url ?? null }; // (a command answering null is taken as unknown)
      }
      if (command === 'demo-export') {
        const demo = await demos.get(payload.id);
        demos.delete(payload.id);
        await demo.stop();
        try {
          return await exportFrom(demo.dataDir, payload.consultation);
        } finally {
          demo.remove();
        }
      }
      return undefined;
    },
    async serverStop() {
      const stopping = [...demos.values()].map(async (starting) => {
        const demo = await starting.catch(() => undefined);
        await demo?.stop();
        demo?.remove();
      });
      await Promise.all([...stopping, stopSharedDemo()]);
    },
  };
}
