// Server command for tests that must not hold the main thread long (issue 20, S4):
//   main-thread-trace { start: true }
//     Starts tracing the browser (one trace at a time: only one test file uses it).
//   main-thread-trace { stop: true, mark }
//     Stops, and returns the tasks of the calling page's main thread (the thread on which
//     performance.mark(mark) ran while tracing) that took over 50 ms, as { wall, cpu } in ms. `cpu`
//     is the thread's own time: what other processes on a loaded machine take from it (a wall-clock
//     long task, and PerformanceObserver's 'longtask', include it) does not count.
export default function mainThreadPlugin() {
  return {
    name: 'cop-widgets-main-thread',
    async executeCommand({ command, payload, session }) {
      if (command !== 'main-thread-trace') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.start) {
        await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
        return true;
      }
      const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
      const mark = traceEvents.find((event) => event.name === payload?.mark);
      if (!mark) throw new Error(`main-thread-trace: no mark ${payload?.mark} in the trace`);
      return traceEvents
        .filter(
          (event) =>
            event.pid === mark.pid &&
            event.tid === mark.tid &&
            event.name === 'ThreadControllerImpl::RunTask' &&
            event.dur > 50_000,
        )
        .map((event) => ({ wall: event.dur / 1000, cpu: (event.tdur ?? event.dur) / 1000 }));
    },
  };
}
