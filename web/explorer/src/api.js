// Talking to the server's own /query: one POST per view (gql), and live
// updates over the graphql-transport-ws protocol (subscribe). The key from
// the key bar (credentials.js, loaded before this bundle) goes with both.

export const endpoint = '/query';

function authorization() {
  const c = window.eventgraphCredentials;
  return (c && c.authorization()) || '';
}

// A GraphQL error with its extensions.code (NOT_FOUND, FORBIDDEN, …).
export class GraphQLError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

// gql runs one operation and returns its data; any error (HTTP, GraphQL)
// is thrown as a GraphQLError carrying the server's code.
export async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const auth = authorization();
  if (auth) headers.Authorization = auth;
  let res;
  try {
    res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (err) {
    throw new GraphQLError(`the server did not answer (${err.message})`, 'UNAVAILABLE');
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLError(`the server answered HTTP ${res.status} without GraphQL`, 'INTERNAL');
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    throw new GraphQLError(e.message, (e.extensions && e.extensions.code) || `HTTP ${res.status}`);
  }
  return body.data;
}

// subscribe opens a WebSocket to /query, starts one subscription and calls
// onNext(data) for each update. onFail(reason) is called once if the
// connection could not be made or ends early (the caller then polls
// instead). It returns a function that closes the subscription.
export function subscribe(query, variables, onNext, onFail) {
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${endpoint}`;
  let ws;
  let closedByUs = false;
  let failed = false;
  const fail = (reason) => {
    if (failed || closedByUs) return;
    failed = true;
    onFail && onFail(reason);
  };
  try {
    ws = new WebSocket(url, 'graphql-transport-ws');
  } catch (err) {
    setTimeout(() => fail(err.message), 0);
    return () => {};
  }
  ws.onopen = () => {
    const auth = authorization();
    ws.send(JSON.stringify({ type: 'connection_init', payload: auth ? { Authorization: auth } : {} }));
  };
  ws.onmessage = (msg) => {
    let m;
    try {
      m = JSON.parse(msg.data);
    } catch {
      return;
    }
    switch (m.type) {
      case 'connection_ack':
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        break;
      case 'ping':
        ws.send(JSON.stringify({ type: 'pong' }));
        break;
      case 'next':
        if (m.payload && m.payload.data) onNext(m.payload.data);
        else if (m.payload && m.payload.errors) fail(m.payload.errors[0].message);
        break;
      case 'error':
        fail((m.payload && m.payload[0] && m.payload[0].message) || 'subscription refused');
        break;
      case 'complete':
        fail('the server ended the subscription');
        break;
    }
  };
  ws.onerror = () => fail('WebSocket error');
  ws.onclose = (e) => fail(`WebSocket closed (${e.code})`);
  return () => {
    closedByUs = true;
    try {
      ws.close(1000);
    } catch { /* already closed */ }
  };
}

// live keeps a view fresh: it subscribes to timelineUpdated with filter and
// calls onChange(update) for each change after SUBSCRIBED (onLive() once
// that arrives); if subscriptions are not to be had, it polls, calling
// onPoll(pollMs) once and onChange(null) every pollMs. Returns a stop
// function.
export function live(filter, { onChange, onLive, onPoll, pollMs = 20000 }) {
  let timer = null;
  const stopSub = subscribe(
    `subscription Live($filter: TimelineUpdateFilter) { timelineUpdated(filter: $filter) { kind seq eventId articleId type event { id title } } }`,
    { filter },
    (data) => {
      const u = data.timelineUpdated;
      if (u.kind === 'SUBSCRIBED') onLive && onLive();
      else onChange(u);
    },
    () => {
      if (timer) return;
      timer = setInterval(() => onChange(null), pollMs);
      if (onPoll) onPoll(pollMs);
    },
  );
  return () => {
    stopSub();
    if (timer) clearInterval(timer);
  };
}
