// The neighbourhood graph (Cytoscape.js): the actor in the middle, the
// actors it shares events with around it, edges as thick as the events the
// pair shares. Drag and zoom; choose a node to open it, expand it (its own
// neighbours join the drawing) or see the dyad with the centre.
// Cytoscape is a chunk of its own, fetched when this view first opens.
import { gql } from './api.js';
import { h, replace, loading, errorBox } from './dom.js';

const neighborhoodQuery = `query Neighborhood($id: ID!, $hops: Int!, $limit: Int!) {
  neighborhood(actor: $id, hops: $hops, limit: $limit) {
    center { id name }
    nodes { id hop actor { id name kind } }
    edges { source target weight }
  }
}`;

// Rings around the centre: one ring per hop, the most connected nearest
// the top.
const ringLayout = {
  name: 'concentric',
  animate: false,
  fit: true,
  padding: 40,
  minNodeSpacing: 50,
  concentric: (node) => 10 - node.data('hop'),
  levelWidth: () => 1,
};

const kindColours = { PERSON: '#3b6fb6', ORGANIZATION: '#8a5cc2', COUNTRY: '#2f8f6b', GROUP: '#c27c2c' };

export function graphView({ root, params, setParams }, id) {
  const hops = Math.min(Math.max(parseInt(params.get('hops') || '1', 10) || 1, 1), 3);
  let cy = null;
  let gone = false;
  const panel = h('aside', { class: 'graph-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Choose a node: open it, expand it, or see what it shares with the centre.'));
  const box = h('div', { id: 'graph', class: 'graph', role: 'img' });
  const title = h('h1', null, 'Neighbourhood');
  const hopPick = h('select', { 'aria-label': 'Hops', onchange: (e) => setParams({ hops: e.target.value }) },
    [1, 2, 3].map((n) => h('option', { value: n, selected: n === hops }, `${n} hop${n > 1 ? 's' : ''}`)));
  replace(root, title, h('p', { class: 'actions' }, h('a', { href: `#/actor/${encodeURIComponent(id)}` }, 'Back to the actor'), ' ', hopPick),
    h('div', { class: 'graph-wrap' }, box, panel));
  loading(panel, 'the neighbourhood');

  (async () => {
    let n;
    let cytoscape;
    try {
      const lib = import('cytoscape');
      n = (await gql(neighborhoodQuery, { id, hops, limit: 60 })).neighborhood;
      cytoscape = (await lib).default;
    } catch (err) {
      replace(panel, errorBox(err));
      return;
    }
    if (gone) return;
    const center = n.center;
    title.textContent = `Neighbourhood of ${center.name}`;
    document.title = `${center.name}: neighbourhood — eventgraph`;
    box.setAttribute('aria-label', `${n.nodes.length} actors around ${center.name} and the events they share`);
    const elements = (nb) => [
      ...nb.nodes.map((x) => ({ group: 'nodes', data: { id: x.id, label: x.actor.name, kind: x.actor.kind, hop: x.hop } })),
      ...nb.edges.map((e) => ({ group: 'edges', data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, weight: e.weight } })),
    ];
    // Cytoscape adds a <style> element to the head unless one with its id
    // is there; the policy forbids inline styles, so a stand-in takes that
    // id and style.css carries its one rule.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      document.head.append(h('meta', { id: '__________cytoscape_stylesheet', name: 'cytoscape-style', content: 'in explorer.css' }));
    }
    cy = cytoscape({
      container: box,
      elements: elements(n),
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 1.6, // a few nodes are not blown up to fill the box
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': (ele) => kindColours[ele.data('kind')] || '#777', color: '#1b1f24', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18 } },
        { selector: `node[id = ${JSON.stringify(center.id)}]`, style: { width: 30, height: 30, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#1b1f24' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#e0a000' } },
        { selector: 'edge', style: { width: (ele) => 1 + Math.min(ele.data('weight'), 12), 'line-color': '#b8c0cc', 'curve-style': 'haystack', opacity: 0.8 } },
      ],
      layout: ringLayout,
    });
    box.dataset.nodes = String(cy.nodes().length);
    const choose = (node) => {
      const nid = node.id();
      const name = node.data('label');
      replace(panel, h('h2', null, name),
        h('p', { class: 'muted' }, `${node.data('kind').toLowerCase()}, ${node.degree()} link${node.degree() === 1 ? '' : 's'} drawn`),
        h('ul', { class: 'panel-actions' },
          h('li', null, h('a', { href: `#/actor/${encodeURIComponent(nid)}` }, 'Open the actor')),
          h('li', null, h('button', { type: 'button', onclick: () => expand(nid, name) }, 'Expand: draw its neighbours')),
          nid !== center.id ? h('li', null, h('a', { href: `#/dyad/${encodeURIComponent(center.id)}/${encodeURIComponent(nid)}` }, `Between ${center.name} and ${name}`)) : null,
          nid !== center.id ? h('li', null, h('a', { href: `#/paths?from=${encodeURIComponent(center.id)}&to=${encodeURIComponent(nid)}` }, 'Paths from the centre')) : null));
    };
    const expand = async (nid, name) => {
      try {
        const more = (await gql(neighborhoodQuery, { id: nid, hops: 1, limit: 30 })).neighborhood;
        const fresh = elements(more).filter((el) => cy.getElementById(el.data.id).length === 0
          && (el.group === 'nodes' || cy.getElementById(`${el.data.target}|${el.data.source}`).length === 0));
        cy.add(fresh);
        const hop = cy.getElementById(nid).data('hop');
        cy.nodes().forEach((x) => { if (x.data('hop') === undefined || fresh.some((f) => f.data.id === x.id())) x.data('hop', hop + 1); });
        cy.layout(ringLayout).run();
        box.dataset.nodes = String(cy.nodes().length);
        panel.append(h('p', { class: 'muted' }, `${name}: ${fresh.filter((x) => x.group === 'nodes').length} actors added.`));
      } catch (err) {
        panel.append(errorBox(err));
      }
    };
    cy.on('tap', 'node', (e) => choose(e.target));
    cy.on('tap', 'edge', (e) => {
      const d = e.target.data();
      location.hash = `/dyad/${encodeURIComponent(d.source)}/${encodeURIComponent(d.target)}`;
    });
    replace(panel, h('p', { class: 'muted' }, `${n.nodes.length} actors, ${n.edges.length} links. Choose a node: open it, expand it, or see what it shares with ${center.name}. Choose an edge for the dyad.`),
      h('ul', { class: 'node-list' }, n.nodes.filter((x) => x.hop > 0).slice(0, 30).map((x) => h('li', null,
        h('button', { type: 'button', class: 'linkish', onclick: () => { const node = cy.getElementById(x.id); cy.elements().unselect(); node.select(); choose(node); } }, x.actor.name)))));
  })();
  return () => {
    gone = true;
    if (cy) cy.destroy();
  };
}
