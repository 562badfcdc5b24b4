// The start page (latest events, or what to do on an empty graph), the
// full search results page, and the events on a topic.
import { gql, live } from './api.js';
import { h, replace, loading, errorBox } from './dom.js';
import { eventSummaryFields, eventList } from './events.js';
import { runSearch, hitHref, hitView } from './search.js';

// Latest means most recently added (recentEvents), not latest by event
// date: an article about last year shows up here the day it is added.
const homeQuery = `query Home { actors(first: 1) { edges { node { id } } }
  recentEvents(first: 25) { ${eventSummaryFields} } }`;

export function homeView({ root }) {
  const body = h('div');
  const status = h('p', { class: 'muted live-status', role: 'status' });
  replace(root, h('h1', null, 'Latest events'), status, body);
  const load = async () => {
    try {
      const data = await gql(homeQuery);
      if (data.actors.edges.length === 0) {
        replace(body, h('div', { class: 'empty-graph' },
          h('p', null, 'The graph is empty: no actors, no events yet.'),
          h('p', null, 'Add a news article with ', h('a', { href: '#/ingest' }, 'Add article'),
            ' (it needs a writer\'s key: paste it under Key, top right), or from a shell: ',
            h('code', null, 'eventgraph ingest article.txt'), '. ',
            h('code', null, 'make run'), ' loads the sample article into an empty graph.')));
        return;
      }
      replace(body, h('p', { class: 'muted' }, 'Most recently added first.'), eventList(data.recentEvents),
        h('p', { class: 'muted' }, 'Search above (press / to jump there) for an actor, a quote or a topic.'));
    } catch (err) {
      replace(body, errorBox(err));
    }
  };
  loading(body, 'the latest events');
  load();
  return live(null, {
    onLive: () => { status.textContent = 'Live: new events appear here as they are added.'; },
    onPoll: (ms) => { status.textContent = `Live updates unavailable: looking for new events every ${ms / 1000} s.`; },
    onChange: () => load(),
  });
}

export async function searchView({ root, params }) {
  const q = params.get('q') || '';
  const body = h('div');
  replace(root, h('h1', null, `Search: ${q}`), body);
  if (!q) return;
  loading(body, 'results');
  try {
    const hits = await runSearch(q, { first: 50 });
    replace(body, hits.length === 0 ? h('p', { class: 'muted' }, 'Nothing found.')
      : h('ul', { class: 'hits' }, hits.map((hit) => h('li', null, h('a', { href: hitHref(hit) }, hitView(hit))))));
  } catch (err) {
    replace(body, errorBox(err));
  }
}

const topicQuery = `query Topic($topic: String!) {
  timeline(filter: {topics: [$topic]}, first: 50) { edges { node { ${eventSummaryFields}
    ... on PolicyShift { actor { id name } topic } } } } }`;

export async function topicView({ root }, topic) {
  const body = h('div');
  replace(root, h('h1', null, `Topic: ${topic}`), body);
  loading(body, 'events on the topic');
  try {
    const data = await gql(topicQuery, { topic });
    const events = data.timeline.edges.map((e) => e.node);
    const shifters = new Map();
    for (const e of events) if (e.__typename === 'PolicyShift') shifters.set(e.actor.id, e.actor);
    replace(body,
      shifters.size ? h('p', null, 'Stance histories: ', [...shifters.values()].map((a, i) => [i ? ', ' : '',
        h('a', { href: `#/stance/${encodeURIComponent(a.id)}/${encodeURIComponent(topic)}` }, a.name)])) : null,
      eventList(events, { empty: 'No events on this topic.' }));
  } catch (err) {
    replace(body, errorBox(err));
  }
}
