// iosim lab dashboard: topology (Cytoscape.js), live state over one WebSocket (the server pushes
// only changes), router consoles (xterm.js, each over its own WebSocket). No polling.
'use strict';

const token = new URLSearchParams(location.search).get('token') || '';
const wsBase = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host;
const COLORS = { up: '#3fb950', negotiating: '#d29922', down: '#f85149' };

// what tests and the benchmark read
const iosim = window.iosim = {
  messages: 0, bytes: 0, seq: -1, topologies: 0,
  handlerMs: [], layoutMs: 0, frameMs: [], measureFrames: false,
  state: { routers: {}, links: {}, tunnels: {} },
  topology: null, consoles: {},
};

let cy = null;
let topoKey = '';
let selected = null; // {kind:'router'|'link'|'tunnel', id}
let retryMs = 500;
let tunnelEnds = {};     // tunnel id -> [a, b]
let routerTunnels = {};  // router -> its tunnel ids

// ---------------------------------------------------------------------------------------------
// helpers

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k.startsWith('data-')) e.setAttribute(k, v);
    else if (k === 'text') e.textContent = v; else e[k] = v;
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

function shortIf(name) {
  if (!name) return '';
  return name.replace(/^GigabitEthernet/, 'Gi').replace(/^FastEthernet/, 'Fa').replace(/^Loopback/, 'Lo')
    .replace(/^Tunnel/, 'Tu');
}

function fmt(n) { return (n || 0).toLocaleString('en-US'); }

function routerTotals(r) {
  const t = { ikeUp: 0, ike: 0, flowsUp: 0, flows: 0, enc: 0, dec: 0 };
  if (!r) return t;
  for (const s of r.ike) { t.ike++; if (s.status === 'READY') t.ikeUp++; }
  for (const f of r.ipsec) { t.flows++; if (f.spiIn) t.flowsUp++; t.enc += f.encaps; t.dec += f.decaps; }
  return t;
}

// ---------------------------------------------------------------------------------------------
// state socket

function connect() {
  if (!token) { notice('This page needs the URL printed by ./iosim lab --web (it carries the token).'); return; }
  const ws = new WebSocket(wsBase + '/ws/state?token=' + encodeURIComponent(token));
  setConn('connecting');
  ws.onopen = () => { setConn('live'); retryMs = 500; };
  ws.onmessage = (e) => {
    const t0 = performance.now();
    iosim.messages++;
    iosim.bytes += e.data.length;
    const m = JSON.parse(e.data);
    if (m.type === 'topology') drawTopology(m.topology);
    else if (m.type === 'state') applyState(m);
    const dt = performance.now() - t0;
    iosim.handlerMs.push(dt);
    if (iosim.measureFrames) {
      // message to painted: the frame after the next one has drawn what this message changed
      requestAnimationFrame(() => requestAnimationFrame(() => iosim.frameMs.push(performance.now() - t0)));
    }
    if (iosim.handlerMs.length > 5000) iosim.handlerMs.splice(0, 1000);
  };
  ws.onclose = () => {
    setConn('closed');
    setTimeout(connect, retryMs); // reconnect after a drop (the lab may have been restarted)
    retryMs = Math.min(retryMs * 2, 10000);
  };
}

function setConn(s) {
  const c = document.getElementById('conn');
  c.dataset.state = s;
  c.querySelector('span').textContent = s === 'live' ? 'live' : s === 'closed' ? 'disconnected' : 'connecting';
}

function notice(text) {
  const n = document.getElementById('notice');
  n.textContent = text;
  n.hidden = !text;
}

// ---------------------------------------------------------------------------------------------
// topology

function drawTopology(topo) {
  iosim.topology = topo;
  iosim.topologies++;
  document.getElementById('lab-name').textContent = topo.lab;
  document.title = topo.lab + ' · iosim';
  const key = JSON.stringify([topo.nodes.map(n => n.id), topo.links.map(l => [l.a, l.b]), topo.tunnels.map(t => t.id)]);
  const els = [];
  for (const n of topo.nodes) {
    els.push({ group: 'nodes', data: { id: n.id, label: n.label, name: n.label, kind: n.kind }, classes: n.kind });
  }
  for (const l of topo.links) {
    els.push({ group: 'edges', data: {
      id: l.id, source: l.a, target: l.b,
      srcLabel: shortIf(l.aIf) + (l.aAddr ? '\n' + l.aAddr : ''),
      dstLabel: shortIf(l.bIf) + (l.bAddr ? '\n' + l.bAddr : ''),
    }, classes: 'link down' });
  }
  for (const t of topo.tunnels) {
    els.push({ group: 'edges', data: { id: t.id, source: t.a, target: t.b, label: 'IPsec' }, classes: 'tunnel down' });
  }
  if (cy && key === topoKey) {
    // same graph, new addresses: update labels only (keeps the user's layout)
    cy.batch(() => { for (const e of els) if (e.group === 'edges' && e.data.srcLabel !== undefined) {
      cy.getElementById(e.data.id).data({ srcLabel: e.data.srcLabel, dstLabel: e.data.dstLabel });
    } });
    renderTables();
    return;
  }
  topoKey = key;
  tunnelEnds = {};
  routerTunnels = {};
  for (const t of topo.tunnels) {
    tunnelEnds[t.id] = [t.a, t.b];
    (routerTunnels[t.a] = routerTunnels[t.a] || []).push(t.id);
    (routerTunnels[t.b] = routerTunnels[t.b] || []).push(t.id);
  }
  const t0 = performance.now();
  if (cy) cy.destroy();
  cy = cytoscape({
    container: document.getElementById('graph'),
    elements: els,
    wheelSensitivity: 0.3,
    minZoom: 0.1, maxZoom: 3,
    style: graphStyle(topo.nodes.length),
    layout: { name: 'preset' },
  });
  layout(topo);
  iosim.layoutMs = performance.now() - t0;
  cy.on('tap', 'node.router', (e) => { select('router', e.target.id()); openConsole(e.target.id()); });
  cy.on('tap', 'node.host, node.external', (e) => select('node', e.target.id()));
  cy.on('tap', 'edge.link', (e) => select('link', e.target.id()));
  cy.on('tap', 'edge.tunnel', (e) => select('tunnel', e.target.id()));
  applyColours(Object.keys(iosim.state.links), Object.keys(iosim.state.tunnels), Object.keys(iosim.state.routers));
  renderTables();
}

function layout(topo) {
  const cabled = cy.elements().not('.tunnel');
  const big = topo.nodes.length > 60;
  let opts;
  if (big) {
    // large labs: rings around the best-connected router, one ring per hop (hub-and-spoke labs read well)
    let root = null, best = -1;
    cy.nodes('.router').forEach(n => { const d = n.connectedEdges('.link').length; if (d > best) { best = d; root = n; } });
    const depth = {};
    const kids = {};
    if (root) {
      depth[root.id()] = 0;
      const queue = [root.id()];
      while (queue.length) {
        const id = queue.shift();
        cy.getElementById(id).connectedEdges('.link').connectedNodes().forEach(m => {
          if (!(m.id() in depth)) { depth[m.id()] = depth[id] + 1; (kids[id] = kids[id] || []).push(m.id()); queue.push(m.id()); }
        });
      }
    }
    // a radial tree: leaves share the circle in depth-first order, a router sits at the mean angle
    // of its children, one ring per hop (no link crosses another)
    const angle = {};
    const leaves = [];
    const visit = (id) => { const k = kids[id] || []; if (!k.length) leaves.push(id); k.forEach(visit); };
    if (root) visit(root.id());
    leaves.forEach((id, i) => { angle[id] = 2 * Math.PI * i / Math.max(1, leaves.length); });
    const place = (id) => {
      const k = kids[id] || [];
      if (k.length) { k.forEach(place); angle[id] = k.reduce((a, c) => a + angle[c], 0) / k.length; }
    };
    if (root) place(root.id());
    const perRing = {};
    for (const id in depth) perRing[depth[id]] = (perRing[depth[id]] || 0) + 1;
    const radius = [0];
    for (let d = 1; d in perRing; d++) radius[d] = Math.max(radius[d - 1] + 110, perRing[d] * 56 / (2 * Math.PI));
    const pos = {};
    let spare = 0;
    cy.nodes().forEach(n => {
      const id = n.id();
      pos[id] = id in depth ? { x: radius[depth[id]] * Math.cos(angle[id] || 0), y: radius[depth[id]] * Math.sin(angle[id] || 0) }
        : { x: (spare++) * 60, y: -(radius[radius.length - 1] || 0) - 120 };
    });
    opts = { name: 'preset', positions: (n) => pos[n.id()], fit: true, padding: 30 };
  } else {
    opts = { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 14000, idealEdgeLength: () => 150,
      edgeElasticity: () => 80, gravity: 0.25, numIter: 1500, fit: true, padding: 60, componentSpacing: 120 };
    if (topo.nodes.length <= 24 && isChain(topo)) opts = chainLayout(topo);
  }
  cabled.layout(opts).run();
}

// small labs whose routers form a chain (site - ISP - site) are drawn as engineers draw them:
// routers left to right, each router's hosts and outside ends below it
function isChain(topo) {
  const routers = new Set(topo.nodes.filter(n => n.kind === 'router').map(n => n.id));
  const deg = {};
  let edges = 0;
  for (const l of topo.links) {
    if (routers.has(l.a) && routers.has(l.b)) { deg[l.a] = (deg[l.a] || 0) + 1; deg[l.b] = (deg[l.b] || 0) + 1; edges++; }
  }
  const ends = [...routers].filter(r => (deg[r] || 0) <= 1).length;
  return routers.size >= 1 && edges === routers.size - 1 && [...routers].every(r => (deg[r] || 0) <= 2)
    && (routers.size === 1 || ends === 2);
}

function chainLayout(topo) {
  const routers = new Set(topo.nodes.filter(n => n.kind === 'router').map(n => n.id));
  const adj = {};
  const leaves = {};
  for (const l of topo.links) {
    if (routers.has(l.a) && routers.has(l.b)) {
      (adj[l.a] = adj[l.a] || []).push(l.b); (adj[l.b] = adj[l.b] || []).push(l.a);
    } else {
      const r = routers.has(l.a) ? l.a : l.b;
      const other = r === l.a ? l.b : l.a;
      (leaves[r] = leaves[r] || []).push(other);
    }
  }
  const ends = [...routers].filter(r => (adj[r] || []).length <= 1).sort();
  const order = [];
  let prev = null, cur = ends[0];
  while (cur && order.length < routers.size) {
    order.push(cur);
    const next = (adj[cur] || []).find(x => x !== prev);
    prev = cur; cur = next;
  }
  const pos = {};
  const gap = 340;
  order.forEach((id, i) => {
    pos[id] = { x: i * gap, y: 0 };
    const below = leaves[id] || [];
    below.forEach((leaf, k) => { pos[leaf] = { x: i * gap + (k - (below.length - 1) / 2) * 170, y: 250 }; });
  });
  let spare = 0;
  for (const n of topo.nodes) if (!pos[n.id]) pos[n.id] = { x: (spare++) * 160, y: 360 };
  return { name: 'preset', positions: (n) => pos[n.id()], fit: true, padding: 80 };
}

function graphStyle(count) {
  const small = count <= 60;
  return [
    { selector: 'node', style: {
      'label': 'data(label)', 'color': '#d7dee7', 'font-size': small ? 12 : 9, 'text-wrap': 'wrap',
      'text-valign': 'center', 'text-halign': 'center', 'font-family': 'DejaVu Sans, sans-serif',
      'border-width': 2, 'border-color': '#3b4656', 'background-color': '#1c2330' } },
    { selector: 'node.router', style: {
      'shape': 'round-rectangle', 'width': small ? 118 : 40, 'height': small ? 46 : 18, 'border-width': small ? 2 : 3,
      'background-color': '#13294b', 'border-color': '#58a6ff', 'font-weight': 600 } },
    { selector: 'node.router.t-up', style: { 'border-color': COLORS.up } },
    { selector: 'node.router.t-negotiating', style: { 'border-color': COLORS.negotiating } },
    { selector: 'node.router.t-down', style: { 'border-color': COLORS.down } },
    { selector: 'node.host', style: {
      'shape': 'rectangle', 'width': small ? 104 : 54, 'height': small ? 38 : 22, 'background-color': '#1c2330',
      'font-size': small ? 11 : 8 } },
    { selector: 'node.external', style: {
      'shape': 'ellipse', 'width': 120, 'height': 40, 'border-style': 'dashed', 'background-color': '#161b22',
      'font-size': 10, 'color': '#8b97a6' } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f0f6fc' } },
    { selector: 'edge.link', style: {
      'width': 3, 'line-color': COLORS.down, 'curve-style': 'bezier',
      'source-label': small ? 'data(srcLabel)' : '', 'target-label': small ? 'data(dstLabel)' : '',
      'source-text-offset': 66, 'target-text-offset': 66, 'text-wrap': 'wrap', 'font-size': 10,
      'source-text-margin-y': -15, 'target-text-margin-y': 15,
      'font-family': 'DejaVu Sans Mono, monospace', 'color': '#c3ccd6',
      'text-background-color': '#0d1117', 'text-background-opacity': 0.85, 'text-background-padding': 2,
      'text-background-shape': 'roundrectangle' } },
    { selector: 'edge.link.up', style: { 'line-color': COLORS.up } },
    { selector: 'edge.link.down', style: { 'line-color': COLORS.down, 'line-style': 'solid' } },
    { selector: 'edge.tunnel', style: {
      'width': 2.5, 'line-style': 'dashed', 'line-dash-pattern': [7, 5], 'curve-style': 'unbundled-bezier',
      'control-point-distances': small ? [-90] : [-30], 'control-point-weights': [0.5],
      'line-color': COLORS.down, 'label': small ? 'data(label)' : '', 'font-size': 11, 'color': '#e6d5ff',
      'text-background-color': '#0d1117', 'text-background-opacity': 0.9, 'text-background-padding': 3,
      'text-background-shape': 'roundrectangle', 'text-wrap': 'wrap' } },
    { selector: 'edge.tunnel.up', style: { 'line-color': COLORS.up } },
    // large labs: tunnels are not drawn (a hub would be a star of 200 curves); each router's border
    // shows its tunnels instead, and the Tunnels table lists them
    ...(small ? [] : [{ selector: 'edge.tunnel', style: { 'display': 'none' } },
      { selector: 'edge.link', style: { 'curve-style': 'haystack', 'width': 2 } }]),
    { selector: 'edge.tunnel.negotiating', style: { 'line-color': COLORS.negotiating } },
    { selector: 'edge:selected', style: { 'width': 5 } },
  ];
}

// ---------------------------------------------------------------------------------------------
// live state

function applyState(m) {
  const s = iosim.state;
  if (m.full) { s.routers = {}; s.links = {}; s.tunnels = {}; }
  Object.assign(s.routers, m.routers);
  Object.assign(s.links, m.links);
  Object.assign(s.tunnels, m.tunnels);
  iosim.seq = m.seq;
  document.body.dataset.seq = m.seq;
  if (!cy) return;
  applyColours(Object.keys(m.links), Object.keys(m.tunnels), Object.keys(m.routers));
  renderTables(m.full ? null : m);
}

function setClass(e, all, one) {
  if (!e.hasClass(one)) { e.removeClass(all); e.addClass(one); }
}

function setData(e, key, value) {
  if (e.data(key) !== value) e.data(key, value);
}

// only what changed is touched: every style change costs Cytoscape a recalculation
function applyColours(linkIds, tunnelIds, routerIds) {
  const s = iosim.state;
  const labels = iosim.topology.nodes.length <= 60; // large labs draw no edge labels
  cy.batch(() => {
    for (const id of linkIds) {
      const e = cy.getElementById(id);
      if (e.nonempty()) setClass(e, 'up down', s.links[id] === 'up' ? 'up' : 'down');
    }
    for (const id of tunnelIds) {
      const e = cy.getElementById(id);
      const t = s.tunnels[id];
      if (e.nonempty() && t) {
        setClass(e, 'up down negotiating', t.state);
        if (labels) setData(e, 'label', t.state === 'up' ? 'IPsec up · ' + fmt(t.aEncaps + t.bEncaps) + ' pkts'
          : t.state === 'negotiating' ? 'IKE negotiating' : 'IPsec down');
      }
    }
    for (const id of routerIds) {
      const n = cy.getElementById(id);
      const r = s.routers[id];
      if (n.nonempty() && r) {
        const t = routerTotals(r);
        setData(n, 'label', id + (t.ike && labels ? '\nIKE ' + t.ikeUp + ' · IPsec ' + t.flowsUp : ''));
      }
    }
    // a router's border: green when all its tunnels are up, red when none is, amber in between
    const touched = new Set();
    for (const id of tunnelIds) {
      const t = tunnelEnds[id];
      if (t) { touched.add(t[0]); touched.add(t[1]); }
    }
    for (const r of touched) {
      const ids = routerTunnels[r];
      const n = cy.getElementById(r);
      if (!ids || !n.nonempty() || !n.hasClass('router')) continue;
      let up = 0;
      for (const tid of ids) if (s.tunnels[tid] && s.tunnels[tid].state === 'up') up++;
      setClass(n, 't-up t-negotiating t-down', up === ids.length ? 't-up' : up === 0 ? 't-down' : 't-negotiating');
    }
  });
}

// ---------------------------------------------------------------------------------------------
// side panel

function renderTables(delta) {
  const topo = iosim.topology;
  if (!topo) return;
  const s = iosim.state;
  // tunnels: rows rebuilt on a full state, else only the changed ones
  const tb = document.querySelector('#tunnels tbody');
  if (!delta || tb.children.length !== topo.tunnels.length) {
    tb.replaceChildren(...topo.tunnels.map(tunnelRow));
    document.getElementById('no-tunnels').hidden = topo.tunnels.length > 0;
  } else {
    for (const id of Object.keys(delta.tunnels)) {
      const old = tb.querySelector('tr[data-tunnel="' + CSS.escape(id) + '"]');
      const t = topo.tunnels.find(x => x.id === id);
      if (old && t) old.replaceWith(tunnelRow(t));
    }
  }
  // routers
  const rb = document.querySelector('#routers tbody');
  const names = topo.nodes.filter(n => n.kind === 'router').map(n => n.id);
  document.querySelector('#routers').closest('.panel').querySelector('h2').textContent = 'Routers (' + names.length + ')';
  if (!delta || rb.children.length !== names.length) {
    rb.replaceChildren(...names.map(routerRow));
  } else {
    for (const id of Object.keys(delta.routers)) {
      const old = rb.querySelector('tr[data-router="' + CSS.escape(id) + '"]');
      if (old) old.replaceWith(routerRow(id));
    }
  }
  if (!delta || !selected || selected.id in delta.routers || selected.id in delta.tunnels || selected.id in delta.links) {
    renderDetails();
  }
  const up = Object.values(s.tunnels).filter(t => t.state === 'up').length;
  const hosts = topo.nodes.filter(n => n.kind === 'host').length;
  document.getElementById('summary').textContent = names.length + ' routers · ' + hosts + ' hosts · ' + topo.links.length
    + ' links · ' + up + '/' + topo.tunnels.length + ' tunnels up';
}

function tunnelRow(t) {
  const v = iosim.state.tunnels[t.id] || { state: 'down', aEncaps: 0, aDecaps: 0, bEncaps: 0, bDecaps: 0 };
  const tr = el('tr', { 'data-tunnel': t.id, 'data-state': v.state },
    el('td', { text: t.a + ' ⇄ ' + t.b.replace(/^peer:/, '') }),
    el('td', {}, el('span', { class: 'badge ' + v.state, text: v.state })),
    el('td', { class: 'num aenc', text: fmt(v.aEncaps) + ' / ' + fmt(v.aDecaps) }),
    el('td', { class: 'num benc', text: fmt(v.bEncaps) + ' / ' + fmt(v.bDecaps) }));
  tr.onclick = () => select('tunnel', t.id);
  if (selected && selected.id === t.id) tr.classList.add('selected');
  return tr;
}

function routerRow(id) {
  const t = routerTotals(iosim.state.routers[id]);
  const tr = el('tr', { 'data-router': id },
    el('td', { text: id }),
    el('td', { class: 'num', text: t.ikeUp + '/' + t.ike }),
    el('td', { class: 'num', text: t.flowsUp + '/' + t.flows }),
    el('td', { class: 'num', text: fmt(t.enc) + ' / ' + fmt(t.dec) }));
  tr.onclick = () => { select('router', id); reveal(id); };
  tr.ondblclick = () => openConsole(id);
  if (selected && selected.id === id) tr.classList.add('selected');
  return tr;
}

/** Brings a node into view when it is outside it (large labs). */
function reveal(id) {
  if (!cy) return;
  const n = cy.getElementById(id);
  const e = cy.extent();
  const p = n.position();
  if (n.nonempty() && (p.x < e.x1 || p.x > e.x2 || p.y < e.y1 || p.y > e.y2)) cy.center(n);
}

function select(kind, id) {
  selected = { kind, id };
  if (cy) { cy.elements().unselect(); cy.getElementById(id).select(); }
  document.querySelectorAll('tr.selected').forEach(r => r.classList.remove('selected'));
  const row = document.querySelector('tr[data-router="' + CSS.escape(id) + '"], tr[data-tunnel="' + CSS.escape(id) + '"]');
  if (row) row.classList.add('selected');
  renderDetails();
}

function kv(pairs) {
  const d = el('div', { class: 'kv' });
  for (const [k, v] of pairs) d.append(el('span', { text: k }), el('span', { text: v == null ? '—' : String(v) }));
  return d;
}

function table(head, rows) {
  return el('table', { class: 'grid' }, el('thead', {}, el('tr', {}, ...head.map(h => el('th', { text: h })))),
    el('tbody', {}, ...rows));
}

function renderDetails() {
  const title = document.getElementById('details-title');
  const box = document.getElementById('details');
  const topo = iosim.topology;
  if (!selected || !topo) return;
  const s = iosim.state;
  box.replaceChildren();
  if (selected.kind === 'router') {
    const r = s.routers[selected.id];
    title.textContent = 'Router ' + selected.id;
    if (!r) return;
    const ifs = r.ifs.filter(i => i.addr || i.state === 'up');
    box.append(el('h3', { text: 'Interfaces' }), table(['Interface', 'Address', 'Status'], ifs.map(i =>
      el('tr', {}, el('td', { text: shortIf(i.name) }), el('td', { text: i.addr || 'unassigned' }),
        el('td', {}, el('span', { class: 'dot ' + i.state }), i.state)))));
    box.append(el('h3', { text: 'IKEv2 SAs' }), r.ike.length ? table(['Local', 'Remote', 'Status', 'Cipher'],
      r.ike.map(a => el('tr', { 'data-ike': a.remote }, el('td', { text: a.local }), el('td', { text: a.remote }),
        el('td', {}, el('span', { class: 'badge ' + a.status, text: a.status })),
        el('td', { text: (a.encr || '').toLowerCase().replace(/_/g, '-') + (a.group ? ' · ' + a.group.replace('group ', 'g') : '') }))))
      : el('p', { class: 'muted', text: 'none' }));
    box.append(el('h3', { text: 'IPsec SAs' }), r.ipsec.length ? table(['Peer', 'SPI in / out', '#enc', '#dec', 'err'],
      r.ipsec.map(f => el('tr', { 'data-flow': f.peer, title: f.local + ' → ' + f.remote + ' on ' + f.ifName },
        el('td', { text: f.peer }), el('td', { text: f.spiIn ? f.spiIn + ' / ' + f.spiOut : 'no SA' }),
        el('td', { class: 'num encaps', text: fmt(f.encaps) }), el('td', { class: 'num decaps', text: fmt(f.decaps) }),
        el('td', { class: 'num', text: fmt(f.errors) })))) : el('p', { class: 'muted', text: 'none' }));
    box.append(el('div', { class: 'actions' }, el('button', { text: 'Open console', onclick: () => openConsole(selected.id) })));
  } else if (selected.kind === 'link') {
    const l = topo.links.find(x => x.id === selected.id);
    if (!l) return;
    title.textContent = 'Link ' + l.a + ' — ' + l.b.replace(/^ext:/, '');
    box.append(kv([[l.a, shortIf(l.aIf) + '  ' + (l.aAddr || '')], [l.b.replace(/^ext:/, ''), l.bIf ? shortIf(l.bIf) + '  ' + (l.bAddr || '') : ''],
      ['state', s.links[l.id] || 'down']]));
    box.append(captureControls(l));
  } else if (selected.kind === 'tunnel') {
    const t = topo.tunnels.find(x => x.id === selected.id);
    const v = s.tunnels[selected.id];
    if (!t || !v) return;
    title.textContent = 'Tunnel ' + t.a + ' ⇄ ' + t.b.replace(/^peer:/, '');
    box.append(kv([['state', v.state], [t.a, (t.aAddr || '') + '   enc ' + fmt(v.aEncaps) + ' / dec ' + fmt(v.aDecaps)],
      [t.b.replace(/^peer:/, ''), (t.bAddr || '') + '   enc ' + fmt(v.bEncaps) + ' / dec ' + fmt(v.bDecaps)]]));
  } else {
    const n = topo.nodes.find(x => x.id === selected.id);
    title.textContent = n ? n.label.split('\n')[0] : selected.id;
    if (n) box.append(kv([['kind', n.kind], ['', n.label.split('\n').slice(1).join(' ')]]));
  }
}

// ---------------------------------------------------------------------------------------------
// lab actions: packet capture on a link, the scenario check (the lab's own APIs, token-guarded)

const captures = { running: {}, done: [] }; // running: link id -> file

async function api(method, path, params) {
  const q = new URLSearchParams(Object.assign({}, params || {}, { token }));
  const r = await fetch(path + '?' + q.toString(), { method });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || (r.status + ' ' + r.statusText));
  return body;
}

/** Where a link is captured: its router end (a host has no capture point of its own). */
function captureEnd(l) {
  const kind = (id) => (iosim.topology.nodes.find(n => n.id === id) || {}).kind;
  if (kind(l.a) === 'router') return { router: l.a, ifName: l.aIf };
  if (kind(l.b) === 'router') return { router: l.b, ifName: l.bIf };
  return null;
}

function captureControls(l) {
  const box = el('div', { class: 'capture', 'data-capture': l.id });
  const end = captureEnd(l);
  if (!end) return box;
  const file = captures.running[l.id];
  if (file) {
    box.append(el('span', { class: 'rec', text: '● capturing' }), el('span', { class: 'muted', text: file }),
      el('button', { text: 'Stop capture', onclick: () => stopCaptures(l.id) }));
  } else {
    box.append(el('button', { text: 'Capture on ' + end.router + ' ' + shortIf(end.ifName), onclick: () => startCapture(l) }));
  }
  for (const f of captures.done) {
    box.append(el('a', { class: 'download', href: '/api/capture/file?' + new URLSearchParams({ name: f, token }),
      download: f + '.zip', text: '⤓ ' + f + ' + keys' }));
  }
  return box;
}

async function startCapture(l) {
  const end = captureEnd(l);
  try {
    const r = await api('POST', '/api/capture', { router: end.router, if: end.ifName });
    captures.running[l.id] = r.file;
  } catch (e) { notice('Capture: ' + e.message); setTimeout(() => notice(''), 5000); }
  renderDetails();
}

async function stopCaptures() {
  try {
    const r = await api('POST', '/api/capture/stop');
    captures.running = {};
    captures.done = r.files;
  } catch (e) { notice('Capture: ' + e.message); setTimeout(() => notice(''), 5000); }
  renderDetails();
}

async function setUpCheck() {
  try {
    const r = await api('GET', '/api/check');
    document.getElementById('check-panel').hidden = !r.present;
  } catch (e) { /* no check */ }
}

async function runCheck() {
  const verdict = document.getElementById('check-verdict');
  const list = document.getElementById('check-items');
  verdict.className = 'muted';
  verdict.textContent = 'checking the live lab…';
  try {
    const r = await api('POST', '/api/check');
    verdict.className = r.fixed ? 'verdict-fixed' : 'verdict-not';
    verdict.textContent = r.fixed ? 'FIXED' : 'NOT FIXED';
    document.getElementById('check-panel').dataset.fixed = r.fixed;
    list.replaceChildren(...(r.items || []).map(i => el('li', { class: i.passed ? 'pass' : 'fail' },
      el('span', { class: 'mark', text: i.passed ? '✓' : '✗' }), i.what, i.detail ? el('span', { class: 'detail', text: i.detail }) : null)));
  } catch (e) {
    verdict.className = 'verdict-not';
    verdict.textContent = e.message;
  }
}

document.getElementById('check-run').onclick = runCheck;

// ---------------------------------------------------------------------------------------------
// consoles

function openConsole(name) {
  const have = iosim.consoles[name];
  if (have && !have.closed) { showConsole(name); return; }
  if (have) closeConsole(name);
  const dock = document.getElementById('dock');
  if (dock.hidden) { dock.hidden = false; requestAnimationFrame(refit); }
  const box = el('div', { class: 'term', 'data-console': name });
  document.getElementById('terms').append(box);
  const term = new Terminal({ fontFamily: 'DejaVu Sans Mono, Menlo, Consolas, monospace', fontSize: 13,
    cursorBlink: true, scrollback: 5000, theme: { background: '#000000', foreground: '#d7dee7' } });
  const fit = new FitAddon.FitAddon();
  term.loadAddon(fit);
  term.open(box);
  const ws = new WebSocket(wsBase + '/ws/console?router=' + encodeURIComponent(name) + '&token=' + encodeURIComponent(token));
  ws.binaryType = 'arraybuffer';
  const enc = new TextEncoder();
  const c = { name, term, fit, ws, box, closed: false, tab: null };
  iosim.consoles[name] = c;
  ws.onmessage = (e) => { if (typeof e.data !== 'string') term.write(new Uint8Array(e.data)); };
  ws.onopen = () => { sendSize(c); ws.send(enc.encode('\r')); };
  ws.onclose = (e) => {
    c.closed = true;
    term.write('\r\n\x1b[2m[console closed' + (e.reason ? ': ' + e.reason : '') + ' — click the router to reconnect]\x1b[0m\r\n');
    if (c.tab) c.tab.classList.add('closed');
  };
  term.onData((d) => { if (ws.readyState === WebSocket.OPEN) ws.send(enc.encode(d)); });
  const tab = el('span', { class: 'tab', 'data-tab': name }, el('span', { class: 'name', text: name }),
    el('span', { class: 'x', text: '×', title: 'close this console' }));
  tab.onclick = (e) => { if (e.target.classList.contains('x')) closeConsole(name); else showConsole(name); };
  c.tab = tab;
  document.getElementById('tabs').append(tab);
  showConsole(name);
}

function sendSize(c) {
  try { c.fit.fit(); } catch (e) { /* not visible yet */ }
  if (c.ws.readyState === WebSocket.OPEN) c.ws.send(JSON.stringify({ type: 'resize', cols: c.term.cols, rows: c.term.rows }));
}

function showConsole(name) {
  for (const [n, c] of Object.entries(iosim.consoles)) {
    c.box.hidden = n !== name;
    c.tab.classList.toggle('active', n === name);
  }
  const c = iosim.consoles[name];
  requestAnimationFrame(() => { sendSize(c); c.term.focus(); });
}

/** The graph pane changed size (the console dock opened or closed): fit the drawing again. */
function refit() {
  if (!cy) return;
  cy.resize();
  cy.fit(undefined, 40);
}

function closeConsole(name) {
  const c = iosim.consoles[name];
  if (!c) return;
  try { c.ws.close(); } catch (e) { /* already closed */ }
  c.term.dispose();
  c.box.remove();
  c.tab.remove();
  delete iosim.consoles[name];
  const rest = Object.keys(iosim.consoles);
  if (rest.length) showConsole(rest[rest.length - 1]);
  else { document.getElementById('dock').hidden = true; requestAnimationFrame(refit); }
}

/** The visible text of a console (tests read it). */
iosim.consoleText = (name) => {
  const c = iosim.consoles[name];
  if (!c) return null;
  const b = c.term.buffer.active;
  const lines = [];
  for (let i = 0; i < b.length; i++) lines.push(b.getLine(i).translateToString(true));
  return lines.join('\n');
};

window.addEventListener('resize', () => {
  for (const c of Object.values(iosim.consoles)) if (!c.box.hidden) sendSize(c);
});

connect();
setUpCheck();
