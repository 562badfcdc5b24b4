// The search box with suggestions: as the user types, search (actors,
// statements, topics) answers with ranked hits and highlighted fragments,
// shown as text with the matched words marked. Arrow keys move through the
// suggestions, Enter opens one, Escape closes the list.
import { gql } from './api.js';
import { h, replace, fragment, typeNames } from './dom.js';

const searchQuery = `query Search($text: String!, $kinds: [SearchKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    kind score
    node {
      __typename
      ... on Actor { id name kind }
      ... on Statement { id type title when { display } speaker { id name } }
      ... on Topic { id name }
    }
    highlights { field fragment }
  }
}`;

export async function runSearch(text, { kinds = null, first = 8 } = {}) {
  const data = await gql(searchQuery, { text, kinds, first });
  return data.search;
}

// hitHref is where a hit leads: an actor's page, a statement's, or the
// events on a topic.
export function hitHref(hit) {
  const n = hit.node;
  switch (n.__typename) {
    case 'Actor': return `#/actor/${encodeURIComponent(n.id)}`;
    case 'Statement': return `#/event/${encodeURIComponent(n.id)}`;
    default: return `#/topic/${encodeURIComponent(n.name)}`;
  }
}

export function hitView(hit) {
  const n = hit.node;
  const label = n.__typename === 'Actor' ? n.name
    : n.__typename === 'Statement' ? `${n.speaker.name}: ${n.title}`
      : n.name;
  const kind = n.__typename === 'Actor' ? n.kind.toLowerCase()
    : n.__typename === 'Statement' ? `statement, ${n.when ? n.when.display : 'no date'}` : 'topic';
  const hl = hit.highlights.find((x) => x.fragment);
  return [
    h('span', { class: 'hit-label' }, label),
    h('span', { class: 'hit-kind muted' }, ` ${kind}`),
    hl ? h('span', { class: 'hit-fragment' }, hl.field === 'name' ? null : `${hl.field}: `, fragment(hl.fragment)) : null,
  ];
}

// attachSuggestions turns input into a search box: list is the element
// the suggestions go in, onPick(hit) is called for the chosen one (by
// default the browser goes to its page). kinds limits what is suggested.
export function attachSuggestions(input, { kinds = null, onPick = null, first = 8 } = {}) {
  const list = h('ul', { class: 'suggestions', role: 'listbox', id: `${input.id}-suggestions`, hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  let hits = [];
  let active = -1;
  let seq = 0;
  let timer = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit) => {
    close();
    if (onPick) onPick(hit);
    else location.hash = hitHref(hit).slice(1);
  };
  const show = () => {
    replace(list, hits.length === 0
      ? h('li', { class: 'muted', role: 'option' }, `Nothing found for "${input.value.trim()}"`)
      : hits.map((hit, i) => h('li', {
        role: 'option',
        id: `${list.id}-${i}`,
        class: i === active ? 'active' : null,
        'aria-selected': i === active ? 'true' : 'false',
        onmousedown: (e) => { e.preventDefault(); pick(hit); },
      }, hitView(hit))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const update = async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (text.length < 2) {
      close();
      return;
    }
    try {
      const got = await runSearch(text, { kinds, first });
      if (mine !== seq) return; // a newer keystroke's answer wins
      hits = got;
      active = -1;
      show();
    } catch (err) {
      if (mine !== seq) return;
      replace(list, h('li', { class: 'error' }, err.message));
      list.hidden = false;
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden || hits.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0 && hits[active]) pick(hits[active]);
      else if (hits.length > 0 && !list.hidden) pick(hits[0]);
      else if (!onPick && input.value.trim()) location.hash = `/search?q=${encodeURIComponent(input.value.trim())}`;
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
