// The zoomable timeline (vis-timeline): one item per event, coloured by
// type. A day-precision date is a point; a month or a year is drawn as the
// range it is; an event of unknown date stands at its reported day, marked
// "date unknown". Choosing an item opens the event.
import { Timeline } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import { typeNames, dateText } from './dom.js';

export function itemOf(e) {
  const known = e.when && e.when.precision !== 'UNKNOWN' && e.when.start;
  const content = document.createElement('span');
  content.textContent = (known ? '' : '? ') + e.title;
  const item = {
    id: e.id,
    content,
    title: `${typeNames[e.type] || e.type}: ${e.title} — ${dateText(e.when, e.reported)}`,
    className: `type-${e.type}${known ? '' : ' unknown-date'}`,
  };
  if (known && e.when.precision !== 'DAY' && e.when.end) {
    item.type = 'range';
    item.start = new Date(e.when.start);
    item.end = new Date(e.when.end);
  } else {
    item.type = 'point';
    item.start = new Date(known ? e.when.start : e.reported.start);
  }
  return item;
}

// drawTimeline fills container with events; returns { add(events),
// set(events) (instead of those shown, the window fitted to them), fit(),
// destroy() }.
export function drawTimeline(container, events) {
  const items = new DataSet(events.map(itemOf));
  const timeline = new Timeline(container, items, {
    stack: true,
    zoomable: true,
    zoomKey: 'ctrlKey',
    horizontalScroll: true,
    verticalScroll: true,
    maxHeight: 360,
    minHeight: 120,
    orientation: 'top',
    zoomMin: 1000 * 60 * 60 * 24 * 2,
    tooltip: { followMouse: true },
    selectable: true,
  });
  timeline.on('select', ({ items: ids }) => {
    if (ids.length === 1) location.hash = `/event/${encodeURIComponent(ids[0])}`;
  });
  return {
    add(more) {
      items.update(more.map(itemOf));
    },
    set(events) {
      items.clear();
      items.add(events.map(itemOf));
      timeline.fit({ animation: false });
    },
    fit() {
      timeline.fit({ animation: false });
    },
    destroy() {
      timeline.destroy();
    },
  };
}
