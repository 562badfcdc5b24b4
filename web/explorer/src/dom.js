// Small DOM helpers: the explorer builds its pages with these, never with
// innerHTML, so text from the graph can never become markup.

// h('a', {href: '#/x', class: 'y'}, 'text', child…) makes an element.
// Attributes starting with "on" are listeners; null/false ones are left out.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

// replace empties el and puts children in it.
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

// fragment turns a search highlight ("… the <em>killing</em> to stop …")
// into text with the matched words marked: the fragment is parsed in an
// inert document, entities become characters, and only <em> survives (as
// <mark>); nothing else of it is taken as markup.
export function fragment(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  const walk = (node, marked) => {
    for (const n of node.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        out.append(marked ? h('mark', null, n.textContent) : n.textContent);
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        walk(n, marked || n.tagName === 'EM');
      }
    }
  };
  walk(doc.body, false);
  return out;
}

export function actorLink(a) {
  return a ? h('a', { href: `#/actor/${encodeURIComponent(a.id)}`, class: 'actor' }, a.name) : null;
}

export function eventLink(e, text) {
  return h('a', { href: `#/event/${encodeURIComponent(e.id)}`, class: `event type-${e.type}` }, text || e.title);
}

export const typeNames = {
  MEETING: 'Meeting',
  STATEMENT: 'Statement',
  INTERACTION: 'Interaction',
  POLICY_SHIFT: 'Policy shift',
  ELECTION: 'Election',
  OTHER: 'Other',
};
export const eventTypes = Object.keys(typeNames);

// dateText says when an event happened as the source gives it: its
// display (2025-09-24, 2025-09, 2025), "date unknown" with the source's
// words, or "no date" — each with the reported day when it is not dated.
export function dateText(when, reported) {
  if (!when) return `no date (reported ${reported ? reported.display : '?'})`;
  if (when.precision === 'UNKNOWN') {
    return `date unknown${when.text ? ` ("${when.text}")` : ''}, reported ${reported ? reported.display : '?'}`;
  }
  return when.display;
}

export function typeBadge(type) {
  return h('span', { class: `badge type-${type}` }, typeNames[type] || type);
}

export function loading(el, what) {
  return replace(el, h('p', { class: 'muted', 'aria-busy': 'true' }, `Loading ${what}…`));
}

export function errorBox(err) {
  const code = err.code ? `${err.code}: ` : '';
  let hint = '';
  if (err.code === 'UNAUTHENTICATED' || err.code === 'FORBIDDEN') hint = ' Paste a key with the right role into the key bar (Key, top right).';
  return h('p', { class: 'error', role: 'alert' }, `${code}${err.message}.${hint}`);
}

// A round number with one decimal when it has one.
export function num(x) {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
