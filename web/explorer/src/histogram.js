// The strip above a timeline: one bar per bucket of timelineHistogram,
// stacked by event type, drawn to scale in time (SVG). Dragging across it
// (or clicking a bar) picks a period: onBrush(firstLabel, lastLabel).
// Events of unknown date count where they sort (their reported day); the
// part of a bar they make is drawn hatched.
import { typeNames, eventTypes } from './dom.js';

const svgNS = 'http://www.w3.org/2000/svg';
function s(tag, attrs) {
  const el = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
}

export function histogram(buckets, { from = null, to = null, onBrush = null } = {}) {
  const W = 1000;
  const H = 60;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H + 14}`, class: 'histogram', role: 'img', preserveAspectRatio: 'none' });
  const total = buckets.reduce((n, b) => n + b.count, 0);
  svg.setAttribute('aria-label', `${total} events in ${buckets.length} periods`);
  if (buckets.length === 0) return svg;
  const t0 = Date.parse(buckets[0].start);
  const t1 = Date.parse(buckets[buckets.length - 1].end);
  const span = Math.max(t1 - t0, 1);
  const x = (t) => ((t - t0) / span) * W;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  // Compare dates at the coarser of the two precisions: 2025-09 is in
  // from 2025 and in to 2025-09-30.
  const cut = (p, q) => [p.slice(0, Math.min(p.length, q.length)), q.slice(0, Math.min(p.length, q.length))];
  const inPeriod = (b) => (!from || cut(b.label, from)[0] >= cut(b.label, from)[1])
    && (!to || cut(b.label, to)[0] <= cut(b.label, to)[1]);
  const bars = [];
  for (const b of buckets) {
    const bx = x(Date.parse(b.start));
    const bw = Math.max(x(Date.parse(b.end)) - bx - 1, 2);
    const g = s('g', { class: `bucket${inPeriod(b) ? '' : ' dimmed'}`, 'data-label': b.label });
    const title = s('title');
    title.textContent = `${b.label}: ${b.count} event${b.count === 1 ? '' : 's'}`
      + (b.byType.length ? ` (${b.byType.map((t) => `${t.count} ${typeNames[t.type] || t.type}`).join(', ')})` : '')
      + (b.unknownDate ? `, ${b.unknownDate} of unknown date` : '');
    g.append(title);
    let y = H;
    const order = [...b.byType].sort((p, q) => eventTypes.indexOf(p.type) - eventTypes.indexOf(q.type));
    for (const t of order) {
      const hgt = (t.count / max) * (H - 4);
      y -= hgt;
      g.append(s('rect', { x: bx, y, width: bw, height: hgt, class: `type-${t.type}` }));
    }
    if (b.unknownDate) {
      const hgt = (b.unknownDate / max) * (H - 4);
      g.append(s('rect', { x: bx, y, width: bw, height: hgt, class: 'unknown-date' }));
    }
    // A full-height hit area, so a bar of one event is as easy to click.
    g.append(s('rect', { x: bx, y: 0, width: bw, height: H, class: 'hit' }));
    bars.push({ b, x0: bx, x1: bx + bw });
    svg.append(g);
  }
  // Year ticks along the bottom.
  const y0 = new Date(t0).getUTCFullYear();
  const y1 = new Date(t1).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
  for (let yr = y0; yr <= y1; yr += step) {
    const tx = Math.max(0, x(Date.UTC(yr, 0, 1)));
    const label = s('text', { x: tx + 2, y: H + 12, class: 'tick' });
    label.textContent = String(yr);
    svg.append(label, s('line', { x1: tx, x2: tx, y1: 0, y2: H, class: 'tick-line' }));
  }
  if (!onBrush) return svg;

  // Brushing: drag to select a span of buckets.
  const sel = s('rect', { x: 0, y: 0, width: 0, height: H, class: 'brush', visibility: 'hidden' });
  svg.append(sel);
  const toX = (e) => {
    const r = svg.getBoundingClientRect();
    return ((e.clientX - r.left) / r.width) * W;
  };
  let start = null;
  svg.addEventListener('pointerdown', (e) => {
    start = toX(e);
    svg.setPointerCapture(e.pointerId);
    sel.setAttribute('x', start);
    sel.setAttribute('width', 0);
    sel.setAttribute('visibility', 'visible');
  });
  svg.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const cur = toX(e);
    sel.setAttribute('x', Math.min(start, cur));
    sel.setAttribute('width', Math.abs(cur - start));
  });
  svg.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const a = Math.min(start, toX(e));
    const b = Math.max(start, toX(e));
    start = null;
    sel.setAttribute('visibility', 'hidden');
    let hit = bars.filter((r) => r.x1 >= a && r.x0 <= b);
    if (hit.length === 0) { // a click between bars: the nearest one
      const mid = (a + b) / 2;
      hit = [bars.reduce((best, r) => (Math.abs((r.x0 + r.x1) / 2 - mid) < Math.abs((best.x0 + best.x1) / 2 - mid) ? r : best))];
    }
    onBrush(hit[0].b.label, hit[hit.length - 1].b.label);
  });
  return svg;
}
