// The explorer: a single page whose URL hash is the view, so every view
// is a deep link and back/forward work:
//   #/                        home: latest events (or how to fill an empty graph)
//   #/search?q=TEXT           every search hit
//   #/actor/ID?types=…&from=…&to=…   an actor, its timeline and counterparts
//   #/event/ID                an event and its sources
//   #/graph/ID                the actor's neighbourhood
//   #/paths?from=A&to=B       how A and B are connected
//   #/dyad/A/B                everything between A and B
//   #/stance/ACTOR/TOPIC      an actor's stance on a topic over time
//   #/topic/NAME              events on a topic
//   #/ingest                  add an article
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './style.css';
import { h, replace } from './dom.js';
import { attachSuggestions } from './search.js';
import { homeView, searchView, topicView } from './home.js';
import { actorView } from './actor.js';
import { eventView } from './event.js';
import { graphView } from './graph.js';
import { pathsView, dyadView } from './relations.js';
import { stanceView } from './stance.js';
import { ingestView } from './ingest.js';

const routes = [
  [/^\/?$/, homeView, 'home'],
  [/^\/search$/, searchView, 'search'],
  [/^\/actor\/([^/]+)$/, actorView, 'actor'],
  [/^\/event\/([^/]+)$/, eventView, 'event'],
  [/^\/graph\/([^/]+)$/, graphView, 'graph'],
  [/^\/paths$/, pathsView, 'paths'],
  [/^\/dyad\/([^/]+)\/([^/]+)$/, dyadView, 'dyad'],
  [/^\/stance\/([^/]+)\/([^/]+)$/, stanceView, 'stance'],
  [/^\/topic\/([^/]+)$/, topicView, 'topic'],
  [/^\/ingest$/, ingestView, 'ingest'],
];

// parseHash splits "#/actor/x?types=MEETING" into its path and parameters.
export function parseHash(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  return { path, params };
}

const root = document.getElementById('view');
let cleanup = null;
let rendered = null;

function route() {
  if (location.hash === rendered) return;
  rendered = location.hash;
  if (cleanup) {
    try { cleanup(); } catch { /* a view's teardown must not stop the next */ }
    cleanup = null;
  }
  const { path, params } = parseHash(location.hash);
  for (const [re, view, name] of routes) {
    const m = path.match(re);
    if (m) {
      const args = m.slice(1).map(decodeURIComponent);
      root.replaceChildren();
      root.dataset.view = name;
      const ctx = { root, params, setParams };
      cleanup = view(ctx, ...args) || null;
      if (cleanup && typeof cleanup.then === 'function') {
        const p = cleanup;
        cleanup = null;
        p.then((c) => { if (rendered === location.hash) cleanup = c || null; else if (c) c(); });
      }
      root.focus({ preventScroll: true });
      window.scrollTo(0, 0);
      return;
    }
  }
  replace(root, h('h1', null, 'No such page'), h('p', null, h('a', { href: '#/' }, 'Back to the start')));
}

// setParams rewrites the current view's query parameters (filters,
// period) as a new history entry that renders the view again; with
// pushOnly, a new history entry the view has already drawn itself (back
// and forward to it render it); with replaceOnly, the same entry, not
// rendered again.
function setParams(next, { replaceOnly = false, pushOnly = false } = {}) {
  const { path } = parseHash(location.hash);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) if (v !== null && v !== undefined && v !== '') p.set(k, v);
  const hash = `#${path}${[...p].length ? `?${p}` : ''}`;
  if (replaceOnly) {
    history.replaceState(null, '', hash);
    rendered = location.hash;
  } else if (pushOnly) {
    history.pushState(null, '', hash);
    rendered = location.hash;
  } else {
    location.hash = hash;
  }
}

attachSuggestions(document.getElementById('search'));
document.addEventListener('keydown', (e) => {
  // "/" jumps to the search box from anywhere but a text field.
  if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
    e.preventDefault();
    document.getElementById('search').focus();
  }
});
window.addEventListener('hashchange', route);
route();
