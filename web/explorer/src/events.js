// The event list every view shares, and the fields it needs.
import { h, eventLink, typeBadge, dateText } from './dom.js';

export const eventSummaryFields = `__typename id type title
  when { start end precision text display }
  reported { start display }
  participants { id name }`;

// eventList renders events (nodes) newest first as the server ordered
// them: date as the source gives it, type, title and participants.
export function eventList(events, { empty = 'No events.' } = {}) {
  if (events.length === 0) return h('p', { class: 'muted empty' }, empty);
  return h('ol', { class: 'events' }, events.map((e) => h('li', { class: `event-row type-${e.type}`, dataset: { id: e.id } },
    h('span', { class: `when${e.when && e.when.precision !== 'UNKNOWN' ? '' : ' unknown'}` }, dateText(e.when, e.reported)),
    typeBadge(e.type),
    eventLink(e),
    e.participants.length ? h('span', { class: 'who muted' }, e.participants.slice(0, 6).map((a) => a.name).join(', ')
      + (e.participants.length > 6 ? ` and ${e.participants.length - 6} more` : '')) : null)));
}
