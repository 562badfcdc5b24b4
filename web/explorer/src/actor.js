// The actor view: who it is (kind, aliases, offices), its timeline with
// the histogram strip above it (drag on the strip to pick a period), filters
// by type and period, the list of its events, and its counterparts with the
// cooperation/conflict balance. The first paint waits for one request
// (the actor, the first page, the strip); the counterparts come in a
// second, sent after it; "More" pages on with the timeline's cursor. New events arrive
// live.
import { gql, live } from './api.js';
import { h, replace, loading, errorBox, actorLink, typeNames, eventTypes, num } from './dom.js';
import { eventSummaryFields, eventList } from './events.js';
import { histogram } from './histogram.js';

// vis-timeline is a chunk of its own: the view asks for it when it sends
// its first request, so the two load side by side (and the start page, the
// search and the other views never wait for it).
let timelineChunk = null;
const loadTimeline = () => (timelineChunk ||= import('./timeline.js'));

// The first page is what the first paint waits for; "More" pages are
// larger.
const firstPage = 50;
const pageSize = 100;

// The first paint's request: who the actor is, the first page of its
// timeline and the strip. The counterparts and the stance links come in a
// second request (sideQuery), sent when the first is answered and drawn
// when they come: for a hub they cost more than the rest of the view
// together, and nothing on the timeline waits for them.
const actorQuery = `query ActorView($id: ID!, $types: [EventType!], $from: Date, $to: Date, $strip: TimelineFilter!, $first: Int!) {
  actor(id: $id) {
    id name kind aliases description
    roles { title of { id name } from { display } to { display } }
    timeline(first: $first, types: $types, from: $from, to: $to) {
      edges { node { ${eventSummaryFields} } }
      pageInfo { hasNextPage endCursor }
    }
  }
  timelineHistogram(filter: $strip, bucket: MONTH) { label start end count unknownDate byType { type count } }
}`;

const sideQuery = `query ActorSide($id: ID!) {
  actor(id: $id) {
    counterparts(first: 25) { actor { id name kind } events meetings interactions firstSeen lastSeen cooperation conflict balance }
    policyShifts(first: 50) { edges { node { ... on PolicyShift { topic actor { id name } } } } }
  }
}`;

const moreQuery = `query ActorMore($id: ID!, $types: [EventType!], $from: Date, $to: Date, $after: String, $first: Int!) {
  actor(id: $id) { timeline(first: $first, after: $after, types: $types, from: $from, to: $to) {
    edges { node { ${eventSummaryFields} } } pageInfo { hasNextPage endCursor } } }
}`;

const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function actorView({ root, params, setParams }, id) {
  const types = (params.get('types') || '').split(',').filter((t) => eventTypes.includes(t));
  const from = datePattern.test(params.get('from') || '') ? params.get('from') : null;
  const to = datePattern.test(params.get('to') || '') ? params.get('to') : null;
  const vars = { id, types: types.length ? types : null, from, to }; // from and to move with brushing
  let tl = null;
  let drawTimeline = null; // from the timeline's chunk
  let stopLive = null;
  let reloadTimer = null;
  let gone = false; // the user left before an answer came
  const status = h('p', { class: 'muted live-status', role: 'status' });

  const render = (data, side) => {
    const a = data.actor;
    document.title = `${a.name} — eventgraph`;
    const events = a.timeline.edges.map((e) => e.node);
    const stanceLinks = h('span', { class: 'stance-links' });
    const counterpartsBox = h('div', { class: 'table-wrap' });
    loading(counterpartsBox, 'the counterparts');
    side.then((d) => { if (!gone) drawSide(a, d.actor, stanceLinks, counterpartsBox); },
      (err) => { if (!gone) replace(counterpartsBox, errorBox(err)); });
    // Filters: event types and a period; applying them is a new URL.
    const typeBoxes = eventTypes.map((t) => h('label', { class: `filter type-${t}` },
      h('input', { type: 'checkbox', name: 'type', value: t, checked: types.length === 0 || types.includes(t) }), ` ${typeNames[t]}`));
    const fromIn = h('input', { name: 'from', value: vars.from || '', placeholder: 'from: 2025 or 2025-09', size: 12, pattern: datePattern.source });
    const toIn = h('input', { name: 'to', value: vars.to || '', placeholder: 'to: 2025-09-24', size: 12, pattern: datePattern.source });
    const filters = h('form', {
      class: 'filters',
      onsubmit: (e) => {
        e.preventDefault();
        const picked = typeBoxes.map((l) => l.firstChild).filter((c) => c.checked).map((c) => c.value);
        setParams({ types: picked.length === eventTypes.length ? '' : picked.join(','), from: fromIn.value.trim(), to: toIn.value.trim() });
      },
    }, h('fieldset', null, h('legend', null, 'Types'), typeBoxes),
    h('fieldset', null, h('legend', null, 'Period'), fromIn, ' – ', toIn),
    h('button', { type: 'submit' }, 'Apply'),
    (vars.from || vars.to || types.length) ? h('button', { type: 'button', onclick: () => setParams({}) }, 'Clear filters') : null);

    // Brushing the strip narrows the period in place: the strip, the
    // timeline and the list are redrawn from one request for the new page;
    // the view is not rebuilt. The URL still names the period (a new
    // history entry, so back returns to the wider one).
    const stripBox = h('div', { class: 'strip', title: 'Events per month; drag across it to pick a period' });
    const periodLabel = h('span', { class: 'muted period' });
    const drawStrip = () => {
      replace(stripBox, histogram(data.timelineHistogram, { from: vars.from, to: vars.to, onBrush: brush }));
      periodLabel.textContent = vars.from || vars.to ? ` ${vars.from || '…'} – ${vars.to || '…'}` : '';
      fromIn.value = vars.from || '';
      toIn.value = vars.to || '';
    };
    const timelineBox = h('div', { id: 'timeline', class: 'timeline' });
    const list = h('div', { class: 'event-list' });
    const more = h('button', { type: 'button', class: 'more' }, 'More events');
    let cursor = a.timeline.pageInfo.endCursor;
    more.hidden = !a.timeline.pageInfo.hasNextPage;
    let shown = [...events];
    const emptyText = () => (vars.from || vars.to || types.length ? 'No events match these filters.' : 'No events yet.');
    let brushed = 0; // the latest brush; an older answer is dropped
    const brush = async (f, t) => {
      const mine = ++brushed;
      vars.from = f;
      vars.to = t;
      setParams({ types: types.join(','), from: f, to: t }, { pushOnly: true });
      drawStrip();
      more.hidden = true;
      loading(list, 'the period');
      try {
        const page = await gql(moreQuery, { ...vars, after: null, first: firstPage });
        if (gone || mine !== brushed) return;
        shown = page.actor.timeline.edges.map((e) => e.node);
        cursor = page.actor.timeline.pageInfo.endCursor;
        more.hidden = !page.actor.timeline.pageInfo.hasNextPage;
        replace(list, eventList(shown, { empty: emptyText() }));
        timelineBox.hidden = shown.length === 0;
        if (tl) tl.set(shown);
        else if (shown.length) tl = drawTimeline(timelineBox, shown);
      } catch (err) {
        if (!gone && mine === brushed) replace(list, errorBox(err));
      }
    };
    more.onclick = async () => {
      more.disabled = true;
      try {
        const next = await gql(moreQuery, { ...vars, after: cursor, first: pageSize });
        const got = next.actor.timeline.edges.map((e) => e.node);
        shown.push(...got);
        cursor = next.actor.timeline.pageInfo.endCursor;
        more.hidden = !next.actor.timeline.pageInfo.hasNextPage;
        replace(list, eventList(shown));
        if (tl) tl.add(got);
      } catch (err) {
        list.append(errorBox(err));
      }
      more.disabled = false;
    };
    replace(list, eventList(events, { empty: emptyText() }));

    replace(root,
      h('header', { class: 'actor-head' },
        h('h1', null, a.name, ' ', h('span', { class: 'kind' }, a.kind.toLowerCase())),
        a.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', a.aliases.join(', ')) : null,
        a.description ? h('p', null, a.description) : null,
        a.roles.length ? h('ul', { class: 'roles' }, a.roles.map((r) => h('li', null, r.title, r.of ? [' of ', actorLink(r.of)] : null,
          r.from || r.to ? h('span', { class: 'muted' }, ` (${r.from ? r.from.display : '?'} – ${r.to ? r.to.display : 'now'})`) : null))) : null,
        h('nav', { class: 'actions' },
          h('a', { href: `#/graph/${encodeURIComponent(a.id)}` }, 'Neighbourhood graph'),
          h('a', { href: `#/paths?from=${encodeURIComponent(a.id)}` }, 'Paths from here'),
          stanceLinks)),
      h('section', { class: 'timeline-section', 'aria-label': 'Timeline' },
        h('h2', null, 'Timeline', periodLabel),
        filters,
        stripBox,
        h('p', { class: 'legend muted' }, eventTypes.map((t) => h('span', { class: `key type-${t}` }, typeNames[t])),
          h('span', { class: 'key unknown-date' }, 'date unknown (at the reported day)'),
          ' Month and year dates are drawn as ranges. Drag the strip to pick a period; Ctrl+wheel zooms the timeline.'),
        timelineBox, status, list, more),
      h('section', { 'aria-label': 'Counterparts' }, h('h2', null, 'Counterparts'), counterpartsBox));
    drawStrip();
    if (tl) tl.destroy();
    tl = null;
    if (events.length) {
      tl = drawTimeline(timelineBox, events);
    } else {
      timelineBox.hidden = true;
    }
  };

  const load = async () => {
    const first = gql(actorQuery, { ...vars, first: firstPage, strip: { actors: [id], types: vars.types } });
    loadTimeline().catch(() => {}); // beside the first request; awaited below
    try {
      const data = await first;
      // The counterparts are asked for once the first answer is in: sent
      // with it, they would take their share of a busy server's time from
      // the first paint.
      const side = gql(sideQuery, { id });
      side.catch(() => {}); // drawn, or shown as an error, by render
      drawTimeline = (await loadTimeline()).drawTimeline;
      if (!gone) render(data, side);
    } catch (err) {
      if (!gone) replace(root, h('h1', null, 'Actor'), errorBox(err));
    }
  };
  loading(root, 'the actor');
  load().then(() => {
    if (gone) return;
    stopLive = live({ actors: [id] }, {
      onLive: () => { status.textContent = 'Live: new events appear without a reload.'; },
      onPoll: (ms) => { status.textContent = `Live updates unavailable: looking for new events every ${ms / 1000} s.`; },
      onChange: () => {
        clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => load().then(() => { status.textContent = 'Updated with new events.'; }), 500);
      },
    });
  });
  return () => {
    gone = true;
    clearTimeout(reloadTimer);
    if (stopLive) stopLive();
    if (tl) tl.destroy();
  };
}

// drawSide fills in what the second request brings: the links to the
// stance histories the actor's shifts open (its own, and others' on it)
// and the counterparts table.
function drawSide(a, side, stanceLinks, counterpartsBox) {
  const stances = new Map();
  for (const { node } of side.policyShifts.edges) {
    if (node.topic && node.actor) stances.set(`${node.actor.id}\u0000${node.topic}`, node);
  }
  replace(stanceLinks, [...stances.values()].map((x) => h('a', { href: `#/stance/${encodeURIComponent(x.actor.id)}/${encodeURIComponent(x.topic)}` },
    x.actor.id === a.id ? `Stance: ${x.topic}` : `${x.actor.name}'s stance: ${x.topic}`)));
  const cps = side.counterparts;
  replace(counterpartsBox, cps.length === 0 ? h('p', { class: 'muted' }, 'No counterparts yet.')
    : h('table', { class: 'counterparts' },
      h('thead', null, h('tr', null, ['Counterpart', 'Events', 'Meetings', 'Interactions', 'First', 'Last', 'Cooperation', 'Conflict', 'Balance']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, cps.map((c) => h('tr', null,
        h('td', null, actorLink(c.actor), ' ', h('a', { href: `#/dyad/${encodeURIComponent(a.id)}/${encodeURIComponent(c.actor.id)}`, class: 'small', title: `Everything between ${a.name} and ${c.actor.name}` }, 'dyad')),
        h('td', { class: 'n' }, c.events), h('td', { class: 'n' }, c.meetings), h('td', { class: 'n' }, c.interactions),
        h('td', null, c.firstSeen.slice(0, 10)), h('td', null, c.lastSeen.slice(0, 10)),
        h('td', { class: 'n coop' }, num(c.cooperation)), h('td', { class: 'n conflict' }, num(c.conflict)),
        h('td', null, balanceBar(c.balance)))))));
}

// balanceBar draws cooperation minus conflict as a bar either side of zero.
function balanceBar(balance) {
  const w = Math.min(Math.abs(balance) / 20, 1) * 50;
  const bar = h('span', { class: `bar ${balance >= 0 ? 'coop' : 'conflict'}` });
  bar.style.width = `${w}%`;
  bar.style.left = balance >= 0 ? '50%' : `${50 - w}%`;
  return h('span', { class: 'balance', title: `balance ${num(balance)}` }, bar, h('span', { class: 'balance-n' }, num(balance)));
}
