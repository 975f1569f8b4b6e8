// Test endpoints for <cop-consultation-form>: a consultation endpoint that follows a script of
// answers per key, and stores responses idempotently by Idempotency-Key, as a real one must.
//   POST /test-consultation/<script>/<key>   answers each request with the next step of <script>
//                                            (comma-separated; the last step repeats):
//       201          store the response and answer 201 (409 when the key is stored already)
//       503, 500, 408, 400 …   answer that status without storing (400: { message })
//       429:<s>      429 with Retry-After: <s> seconds
//       422:<id>     422 with { errors: { <id>: "…" }, message } (422 alone: only a message)
//       slow:<ms>    store the response, then answer 201 only after <ms> milliseconds
//       hang         never answer (until the client gives up)
//       reset        destroy the socket (a network error)
//   GET /test-consultation/stored/<key>      { requests, stored, keys, bodies, times, headers }
const scripts = new Map();

function stateOf(key) {
  let state = scripts.get(key);
  if (!state) {
    state = { requests: 0, stored: new Map(), bodies: [], times: [], headers: [] };
    scripts.set(key, state);
  }
  return state;
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function answer(req, res, [script, key]) {
  const state = stateOf(key);
  const steps = decodeURIComponent(script).split(',');
  const step = steps[Math.min(state.requests, steps.length - 1)];
  state.requests += 1;
  state.times.push(Date.now());
  const text = await readBody(req);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  const idempotencyKey = req.headers['idempotency-key'];
  state.bodies.push(body);
  state.headers.push({
    method: req.method,
    contentType: req.headers['content-type'] ?? null,
    idempotencyKey: idempotencyKey ?? null,
    cookie: req.headers.cookie ?? null,
  });
  const store = () => {
    if (state.stored.has(idempotencyKey)) return false;
    state.stored.set(idempotencyKey, text);
    return true;
  };
  const [name, arg] = step.split(':');
  switch (name) {
    case '201':
      return store() ? json(res, 201, { status: 'accepted' }) : json(res, 409, { status: 'duplicate' });
    case '429':
      return json(res, 429, { error: 'slow down' }, { 'Retry-After': arg ?? '1' });
    case '422':
      if (arg === undefined) return json(res, 422, { message: 'Unprocessable response.' });
      return json(res, 422, {
        errors: { [arg]: 'The endpoint does not accept this answer.' },
        message: 'Check the answers.',
      });
    case '400':
      return json(res, 400, { message: 'The endpoint could not read the response.' });
    case 'slow':
      store();
      return new Promise((done) =>
        setTimeout(() => done(json(res, 201, { status: 'accepted' })), Number(arg)),
      );
    case 'reset':
      return req.socket.destroy();
    case 'hang':
      return new Promise((done) => res.on('close', done));
    default:
      return json(res, Number(name), { error: `scripted ${name}` });
  }
}

export const routes = [
  [
    /^\/test-consultation\/stored\/([\w-]+)$/,
    (req, res, [key]) => {
      const state = stateOf(key);
      json(res, 200, {
        requests: state.requests,
        stored: state.stored.size,
        keys: [...new Set(state.headers.map((h) => h.idempotencyKey))],
        bodies: state.bodies,
        times: state.times,
        headers: state.headers,
      });
    },
  ],
  [/^\/test-consultation\/([^/]+)\/([\w-]+)$/, answer],
];
