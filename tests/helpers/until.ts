/** Polls `check` until it returns a truthy value; throws after `timeout` ms, naming `what`. */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  timeout = 5000,
): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
