// Add an article: paste its text (or a page's HTML) with what is known of
// it; ingestArticle extracts and writes its facts, and the report says what
// it found, created and merged, with links to the events as the live
// updates name them. Needs a writer's key (the key bar).
import { gql, subscribe } from './api.js';
import { h, replace, errorBox, eventLink, typeBadge } from './dom.js';

const ingestMutation = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    articleId skipped created merged actorsCreated warnings
    facts { actors statements meetings interactions policyShifts otherEvents }
    article { id title url publishedAt }
  }
}`;

const updatesSubscription = `subscription Ingested { timelineUpdated { kind articleId eventId type event { id type title } } }`;

export function ingestView({ root }) {
  const field = (label, input, hint) => h('p', { class: 'field' }, h('label', { for: input.id }, label), input, hint ? h('small', { class: 'muted' }, hint) : null);
  const text = h('textarea', { id: 'ingest-text', rows: 12, required: true, placeholder: 'Paste the article\'s text, or the page\'s HTML with the format set to HTML.' });
  const format = h('select', { id: 'ingest-format' }, h('option', { value: 'TEXT' }, 'Text'), h('option', { value: 'HTML' }, 'HTML page'));
  const title = h('input', { id: 'ingest-title', type: 'text' });
  const url = h('input', { id: 'ingest-url', type: 'url', placeholder: 'https://…' });
  const publisher = h('input', { id: 'ingest-publisher', type: 'text' });
  const published = h('input', { id: 'ingest-published', type: 'date' });
  const language = h('input', { id: 'ingest-language', type: 'text', value: 'en', size: 4 });
  const submit = h('button', { type: 'submit' }, 'Ingest');
  const report = h('div', { class: 'report', 'aria-live': 'polite' });
  let stop = null;

  const form = h('form', {
    class: 'ingest',
    onsubmit: async (e) => {
      e.preventDefault();
      submit.disabled = true;
      replace(report, h('p', { class: 'muted' }, 'Extracting and writing…'));
      // Listen before writing, so no event of this article is missed.
      const seen = new Map();
      const heard = [];
      let listening = Promise.resolve();
      if (stop) stop();
      listening = new Promise((resolve) => {
        const timer = setTimeout(resolve, 2000); // no subscriptions: go on without
        stop = subscribe(updatesSubscription, {}, (data) => {
          const u = data.timelineUpdated;
          if (u.kind === 'SUBSCRIBED') { clearTimeout(timer); resolve(); return; }
          heard.push(u);
          showEvents();
        }, () => { clearTimeout(timer); resolve(); });
      });
      await listening;
      let r;
      const input = {
        text: text.value,
        format: format.value,
        url: url.value.trim() || null,
        title: title.value.trim() || null,
        publisher: publisher.value.trim() || null,
        publishedAt: published.value ? `${published.value}T12:00:00Z` : null,
        language: language.value.trim() || null,
      };
      try {
        r = (await gql(ingestMutation, { input })).ingestArticle;
      } catch (err) {
        replace(report, errorBox(err));
        submit.disabled = false;
        return;
      }
      submit.disabled = false;
      const eventsBox = h('div', { class: 'ingested-events' });
      function showEvents() {
        if (!r) return;
        for (const u of heard) if (u.articleId === r.articleId && u.event && (u.kind === 'CREATED' || u.kind === 'UPDATED')) seen.set(u.eventId, u);
        replace(eventsBox, seen.size === 0 ? h('p', { class: 'muted' }, r.skipped ? '' : 'Waiting for the events to be announced…')
          : h('ul', { class: 'events' }, [...seen.values()].map((u) => h('li', null, typeBadge(u.event.type), ' ', eventLink(u.event),
            h('span', { class: 'muted' }, u.kind === 'UPDATED' ? ' (known before: merged)' : ' (new)')))));
      }
      const f = r.facts;
      replace(report,
        h('h2', null, r.skipped ? 'Already ingested: nothing changed' : 'Ingested'),
        r.article ? h('p', null, r.article.title || r.article.url || r.articleId) : null,
        h('table', { class: 'facts-table' },
          h('thead', null, h('tr', null, ['Actors', 'Statements', 'Meetings', 'Interactions', 'Policy shifts', 'Other events'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', null, h('tr', null, [f.actors, f.statements, f.meetings, f.interactions, f.policyShifts, f.otherEvents].map((n) => h('td', { class: 'n' }, n))))),
        h('p', { class: 'counts' }, `Events created: ${r.created}. Merged into events the graph had: ${r.merged}. Actors created: ${r.actorsCreated}.`),
        r.warnings.length ? h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', null, w))) : h('p', { class: 'muted' }, 'No warnings.'),
        h('h3', null, 'Its events'), eventsBox);
      showEvents();
    },
  },
  field('Article', text),
  h('div', { class: 'meta' },
    field('Format', format),
    field('Title', title),
    field('URL', url, 'kept as its link; the server does not fetch it'),
    field('Publisher', publisher),
    field('Published', published, 'leave empty if unknown: relative dates then stay unknown'),
    field('Language', language)),
  h('p', null, submit, h('small', { class: 'muted' }, ' Needs a writer\'s key: paste it under Key, top right.')));

  replace(root, h('h1', null, 'Add an article'), form, report);
  return () => { if (stop) stop(); };
}
