// The event view: what happened (type, date as the source gives it,
// participants and their roles, place, quote, from/to of a shift) and every
// source: the article's text with the sentence highlighted where the
// extractor read it (Source.start/end, in code points), the extractor and
// its confidence, and the article's link.
import { gql } from './api.js';
import { h, replace, loading, errorBox, actorLink, typeBadge, dateText, num } from './dom.js';

const eventQuery = `query EventView($id: ID!) {
  event(id: $id) {
    __typename id type title summary
    when { start end precision text display }
    reported { display }
    involvements { role actor { id name kind } }
    sources { sentence start end extractor confidence article { id url title publisher publishedAt text } }
    ... on Meeting { place { name } occasion }
    ... on Statement { speaker { id name } onBehalfOf { id name } quote paraphrase venue about { id name } }
    ... on Interaction { source { id name } target { id name } kind code score }
    ... on PolicyShift { actor { id name } topic onActor { id name } from to direction }
  }
}`;

const roleNames = {
  PARTICIPATED_IN: 'participant', SAID: 'speaker', ON_BEHALF_OF: 'on behalf of', ABOUT: 'spoken about',
  SOURCE: 'source', TARGET: 'target', SHIFTED: 'shifted', ON: 'shift on',
};

export async function eventView({ root }, id) {
  loading(root, 'the event');
  let e;
  try {
    e = (await gql(eventQuery, { id })).event;
  } catch (err) {
    replace(root, h('h1', null, 'Event'), errorBox(err));
    return;
  }
  document.title = `${e.title} — eventgraph`;
  const facts = [];
  const fact = (label, ...value) => facts.push(h('dt', null, label), h('dd', null, ...value));
  fact('When', h('span', { class: e.when && e.when.precision !== 'UNKNOWN' ? null : 'unknown' }, dateText(e.when, e.reported)),
    e.when && e.when.precision !== 'DAY' && e.when.precision !== 'UNKNOWN' ? h('span', { class: 'muted' }, ` (${e.when.precision.toLowerCase()} precision)`) : null,
    e.when && e.when.text ? h('span', { class: 'muted' }, ` — "${e.when.text}"`) : null);
  fact('Reported', e.reported.display);
  switch (e.__typename) {
    case 'Meeting':
      if (e.place) fact('Place', e.place.name);
      if (e.occasion) fact('Occasion', e.occasion);
      break;
    case 'Statement':
      fact('Speaker', actorLink(e.speaker), e.onBehalfOf ? [' for ', actorLink(e.onBehalfOf)] : null);
      if (e.quote) fact('Quote', h('blockquote', { class: 'quote' }, `“${e.quote}”`));
      if (e.paraphrase) fact('Paraphrase', e.paraphrase);
      if (e.venue) fact('Venue', e.venue);
      if (e.about.length) fact('About', e.about.map((a, i) => [i ? ', ' : '', actorLink(a)]));
      break;
    case 'Interaction':
      fact('Who', actorLink(e.source), ` ${e.kind.toLowerCase()} `, actorLink(e.target),
        ' ', h('a', { href: `#/dyad/${encodeURIComponent(e.source.id)}/${encodeURIComponent(e.target.id)}` }, '(dyad)'));
      fact('Score', h('span', { class: e.score >= 0 ? 'coop' : 'conflict' }, num(e.score)), h('span', { class: 'muted' }, ` (code ${e.code}; −10 hostile … +10 cooperative)`));
      break;
    case 'PolicyShift':
      fact('Who', actorLink(e.actor), e.onActor ? [' on ', actorLink(e.onActor)] : null);
      fact('Topic', h('a', { href: `#/stance/${encodeURIComponent(e.actor.id)}/${encodeURIComponent(e.topic)}` }, e.topic), h('span', { class: 'muted' }, ' (stance history)'));
      fact('From', e.from || h('span', { class: 'muted' }, 'not said'));
      fact('To', e.to || h('span', { class: 'muted' }, 'not said'));
      if (e.direction) fact('Direction', e.direction);
      break;
  }
  fact('Participants', h('ul', { class: 'involvements' }, e.involvements.map((i) => h('li', null, actorLink(i.actor), h('span', { class: 'muted' }, ` — ${roleNames[i.role] || i.role.toLowerCase()}`)))));

  replace(root,
    h('header', null, typeBadge(e.type), h('h1', null, e.title), e.summary ? h('p', null, e.summary) : null),
    h('dl', { class: 'facts' }, facts),
    h('section', { 'aria-label': 'Sources' }, h('h2', null, e.sources.length === 1 ? 'Source' : `Sources (${e.sources.length})`),
      e.sources.length === 0 ? h('p', { class: 'muted' }, 'Recorded by hand, without an article.') : e.sources.map(sourceView)));
  // Bring each highlighted sentence into view inside its article box.
  for (const box of root.querySelectorAll('.article-text')) {
    const mark = box.querySelector('mark');
    if (mark) box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
  }
}

function sourceView(s) {
  const a = s.article;
  // start and end count Unicode code points, not UTF-16 units.
  const cps = Array.from(a.text);
  const okSpan = s.start >= 0 && s.end <= cps.length && s.start < s.end;
  const text = okSpan
    ? h('div', { class: 'article-text', tabindex: '0', 'aria-label': 'Article text' },
      cps.slice(0, s.start).join(''), h('mark', { class: 'source-sentence' }, cps.slice(s.start, s.end).join('')), cps.slice(s.end).join(''))
    : h('div', { class: 'article-text' }, a.text);
  return h('article', { class: 'source' },
    h('h3', null, a.title || a.url || 'Untitled article'),
    h('p', { class: 'muted' }, [a.publisher, a.publishedAt ? a.publishedAt.slice(0, 10) : 'no publication date'].filter(Boolean).join(', '),
      a.url ? [' — ', h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'the article')] : null),
    h('blockquote', { class: 'sentence' }, s.sentence),
    h('p', { class: 'muted' }, `Read by ${s.extractor}, confidence ${s.confidence.toFixed(2)}; characters ${s.start}–${s.end} of the article.`),
    text);
}
