// How two actors relate: paths between them (the events behind each hop),
// and the dyad page (a monthly cooperation/conflict chart and the events
// between the two).
import { gql } from './api.js';
import { h, replace, loading, errorBox, actorLink, eventLink, dateText, num } from './dom.js';
import { eventSummaryFields, eventList } from './events.js';
import { attachSuggestions } from './search.js';

const pathsQuery = `query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  a: actor(id: $from) { id name }
  b: actor(id: $to) { id name }
  paths(from: $from, to: $to, maxHops: $maxHops, first: 5, eventsPerHop: 3) {
    actors { id name }
    hops { from { id name } to { id name } events { id type title when { display precision text } reported { display } } }
  }
}`;

const namesQuery = `query Names($id: ID!) { actor(id: $id) { id name } }`;

// actorPicker is a text box that suggests actors; its value is the
// chosen actor's id (dataset.id).
function actorPicker(id, label, initial) {
  const input = h('input', { id, type: 'search', placeholder: 'type a name', required: true, size: 22 });
  if (initial) {
    input.dataset.id = initial;
    input.value = initial;
    gql(namesQuery, { id: initial }).then((d) => { if (input.value === initial) input.value = d.actor.name; }).catch(() => {});
  }
  input.addEventListener('input', () => { delete input.dataset.id; });
  const wrap = h('span', { class: 'picker' }, h('label', { for: id }, label), ' ', input);
  attachSuggestions(input, { kinds: ['ACTOR'], first: 6, onPick: (hit) => { input.value = hit.node.name; input.dataset.id = hit.node.id; } });
  return { wrap, input };
}

export function pathsView({ root, params, setParams }) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const maxHops = Math.min(Math.max(parseInt(params.get('hops') || '4', 10) || 4, 1), 6);
  const a = actorPicker('path-from', 'From', from);
  const b = actorPicker('path-to', 'To', to);
  const out = h('div', { class: 'paths' });
  const form = h('form', {
    class: 'path-form',
    onsubmit: (e) => {
      e.preventDefault();
      const fa = a.input.dataset.id;
      const fb = b.input.dataset.id;
      if (!fa || !fb) {
        replace(out, h('p', { class: 'error' }, 'Pick both actors from the suggestions.'));
        return;
      }
      setParams({ from: fa, to: fb, hops: maxHops === 4 ? '' : maxHops });
    },
  }, a.wrap, ' ', b.wrap, ' ', h('button', { type: 'submit' }, 'Find paths'));
  replace(root, h('h1', null, 'How are they connected?'), form, out);
  if (!from || !to) {
    out.append(h('p', { class: 'muted' }, 'Pick two actors: the shortest chains of actors that link them through shared events are shown, with the events behind each hop.'));
    return;
  }
  loading(out, 'paths');
  (async () => {
    try {
      const d = await gql(pathsQuery, { from, to, maxHops });
      document.title = `${d.a.name} to ${d.b.name} — eventgraph`;
      if (d.paths.length === 0) {
        replace(out, h('p', { class: 'muted' }, `${d.a.name} and ${d.b.name} are not connected within ${maxHops} hops.`));
        return;
      }
      replace(out, h('p', null, `${d.paths.length} shortest path${d.paths.length > 1 ? 's' : ''} from `, actorLink(d.a), ' to ', actorLink(d.b), ':'),
        h('ol', { class: 'path-list' }, d.paths.map((p) => h('li', { class: 'path' },
          h('p', { class: 'chain' }, p.actors.map((x, i) => [i ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → ') : null, actorLink(x)])),
          h('ol', { class: 'hops' }, p.hops.map((hop) => h('li', null,
            actorLink(hop.from), ' — ', actorLink(hop.to), ' ',
            h('a', { class: 'small', href: `#/dyad/${encodeURIComponent(hop.from.id)}/${encodeURIComponent(hop.to.id)}` }, '(dyad)'),
            h('ul', { class: 'hop-events' }, hop.events.map((e) => h('li', null, h('span', { class: 'when' }, dateText(e.when, e.reported)), ' ', eventLink(e)))))))))));
    } catch (err) {
      replace(out, errorBox(err));
    }
  })();
}

const dyadPage = 50;

const dyadQuery = `query Dyad($a: ID!, $b: ID!, $from: Date, $to: Date, $first: Int!) {
  dyad(a: $a, b: $b, from: $from, to: $to) {
    a { id name } b { id name }
    series { month start events interactions unknownDate score cooperation conflict }
    events(first: $first) { edges { node { ${eventSummaryFields} } } pageInfo { hasNextPage endCursor } }
  }
}`;

// The next page of the events between them, after the cursor: the series
// is not asked for again.
const dyadMoreQuery = `query DyadMore($a: ID!, $b: ID!, $from: Date, $to: Date, $first: Int!, $after: String) {
  dyad(a: $a, b: $b, from: $from, to: $to) {
    events(first: $first, after: $after) { edges { node { ${eventSummaryFields} } } pageInfo { hasNextPage endCursor } }
  }
}`;

export async function dyadView({ root, params }, a, b) {
  loading(root, 'the dyad');
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  try {
    const d = (await gql(dyadQuery, { a, b, from, to, first: dyadPage })).dyad;
    document.title = `${d.a.name} and ${d.b.name} — eventgraph`;
    const events = d.events.edges.map((e) => e.node);
    const list = h('div', { class: 'event-list' }, eventList(events, { empty: 'No shared events.' }));
    const more = h('button', { type: 'button', class: 'more' }, 'More events');
    more.hidden = !d.events.pageInfo.hasNextPage;
    let cursor = d.events.pageInfo.endCursor;
    more.onclick = async () => {
      more.disabled = true;
      try {
        const next = (await gql(dyadMoreQuery, { a, b, from, to, first: dyadPage, after: cursor })).dyad.events;
        events.push(...next.edges.map((e) => e.node));
        cursor = next.pageInfo.endCursor;
        more.hidden = !next.pageInfo.hasNextPage;
        replace(list, eventList(events));
      } catch (err) {
        list.append(errorBox(err));
      }
      more.disabled = false;
    };
    const totals = d.series.reduce((t, m) => ({ coop: t.coop + m.cooperation, conflict: t.conflict + m.conflict, n: t.n + m.events }), { coop: 0, conflict: 0, n: 0 });
    replace(root,
      h('h1', null, actorLink(d.a), ' and ', actorLink(d.b)),
      h('p', { class: 'muted' }, `${totals.n} shared event${totals.n === 1 ? '' : 's'}${from || to ? ` from ${from || '…'} to ${to || '…'}` : ''}; cooperation ${num(totals.coop)}, conflict ${num(totals.conflict)}.`),
      h('p', { class: 'actions' }, h('a', { href: `#/paths?from=${encodeURIComponent(d.a.id)}&to=${encodeURIComponent(d.b.id)}` }, 'Paths between them')),
      h('section', { 'aria-label': 'Monthly cooperation and conflict' }, h('h2', null, 'Cooperation and conflict by month'), monthlyChart(d.series)),
      h('section', { 'aria-label': 'Events between them' }, h('h2', null, 'Events between them'),
        list, more));
  } catch (err) {
    replace(root, h('h1', null, 'Dyad'), errorBox(err));
  }
}

const svgNS = 'http://www.w3.org/2000/svg';
function s(tag, attrs, text) {
  const el = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

// monthlyChart: per month, cooperation above the line and conflict below
// (sums of interaction scores), with the number of shared events on top.
function monthlyChart(series) {
  if (series.length === 0) return h('p', { class: 'muted' }, 'No months with shared events.');
  const W = Math.max(series.length * 60, 300);
  const H = 160;
  const mid = H / 2;
  const max = Math.max(1, ...series.map((m) => Math.max(m.cooperation, -m.conflict)));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H + 30}`, class: 'dyad-chart', role: 'img', 'aria-label': 'Monthly cooperation and conflict' });
  svg.append(s('line', { x1: 0, x2: W, y1: mid, y2: mid, class: 'axis' }));
  series.forEach((m, i) => {
    const x = i * 60 + 15;
    const up = (m.cooperation / max) * (mid - 14);
    const down = (-m.conflict / max) * (mid - 14);
    const g = s('g', { class: 'month' });
    g.append(s('title', {}, `${m.month}: ${m.events} events, ${m.interactions} interactions; cooperation ${num(m.cooperation)}, conflict ${num(m.conflict)}, score ${num(m.score)}${m.unknownDate ? `; ${m.unknownDate} of unknown date` : ''}`));
    g.append(s('rect', { x, y: mid - up, width: 30, height: Math.max(up, 0), class: 'coop' }));
    g.append(s('rect', { x, y: mid, width: 30, height: Math.max(down, 0), class: 'conflict' }));
    g.append(s('text', { x: x + 15, y: 11, class: 'count' }, String(m.events)));
    g.append(s('text', { x: x + 15, y: H + 14, class: 'tick' }, m.month));
    svg.append(g);
  });
  return h('div', { class: 'chart-wrap' }, svg,
    h('p', { class: 'legend muted' }, h('span', { class: 'key coop' }, 'cooperation'), h('span', { class: 'key conflict' }, 'conflict'), ' (sums of interaction scores); the number on top counts every shared event.'));
}
