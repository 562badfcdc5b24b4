// An actor's stance on a topic over time: the positions (each since the
// shift that opened it, until the one that closed it) and the shifts with
// their sources and the statements that evidence them.
import { gql } from './api.js';
import { h, replace, loading, errorBox, actorLink, eventLink, dateText } from './dom.js';

const stanceQuery = `query Stance($actor: ID!, $topic: String!) {
  stanceHistory(actor: $actor, topic: $topic) {
    actor { id name } topic { id name }
    positions { stance since { display precision text } until { display precision text } }
    shifts {
      shift { id type title when { display precision text } reported { display } from to direction sources { sentence article { title } } }
      evidence { id type title quote paraphrase when { display precision text } reported { display } speaker { id name } }
    }
  }
}`;

const d = (x) => (x ? (x.precision === 'UNKNOWN' ? `unknown${x.text ? ` ("${x.text}")` : ''}` : x.display) : null);

// period says when a position held: "since X", "until Y", "X to Y", or
// "throughout" when no shift bounds it.
function period(p) {
  const since = d(p.since);
  const until = d(p.until);
  if (since && until) return `${since} to ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return 'throughout';
}

export async function stanceView({ root }, actor, topic) {
  loading(root, 'the stance history');
  try {
    const st = (await gql(stanceQuery, { actor, topic })).stanceHistory;
    document.title = `${st.actor.name} on ${st.topic.name} — eventgraph`;
    replace(root,
      h('h1', null, actorLink(st.actor), ' on ', st.topic.name),
      h('section', { 'aria-label': 'Positions' }, h('h2', null, 'Positions'),
        st.positions.length === 0 ? h('p', { class: 'muted' }, 'No positions recorded.')
          : h('ol', { class: 'positions' }, st.positions.map((p) => h('li', { class: 'position' },
            h('span', { class: 'period muted' }, period(p)),
            h('strong', { class: 'stance' }, p.stance))))),
      h('section', { 'aria-label': 'Shifts' }, h('h2', null, 'Shifts'),
        st.shifts.length === 0 ? h('p', { class: 'muted' }, 'No shifts recorded.')
          : h('ol', { class: 'shifts' }, st.shifts.map(({ shift, evidence }) => h('li', { class: 'shift' },
            h('p', null, h('span', { class: 'when' }, dateText(shift.when, shift.reported)), ' ', eventLink(shift)),
            h('p', null, h('span', { class: 'from' }, shift.from || '?'), ' → ', h('span', { class: 'to' }, shift.to || '?'), shift.direction ? h('span', { class: 'muted' }, ` (${shift.direction})`) : null),
            shift.sources.map((s) => h('blockquote', { class: 'sentence' }, s.sentence, h('footer', { class: 'muted' }, s.article.title || ''))),
            evidence.length ? h('div', null, h('h3', null, 'Evidence'), h('ul', { class: 'evidence' }, evidence.map((e) => h('li', null,
              h('span', { class: 'when' }, dateText(e.when, e.reported)), ' ', actorLink(e.speaker), ': ',
              eventLink(e, e.quote ? `“${e.quote}”` : (e.paraphrase || e.title)))))) : null)))));
  } catch (err) {
    replace(root, h('h1', null, 'Stance history'), errorBox(err));
  }
}
