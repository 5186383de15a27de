// The event timeline and the actor network, drawn as SVG from /api/timeline and /api/network.

import { actorLabel, api, clear, el, link, pager, svg, typeColour } from "./dom.js";

const DAY = 86400000;

function dayNumber(iso) {
  return Math.round(Date.parse(iso + "T00:00:00Z") / DAY);
}

function isoDay(n) {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

// A list of events (paged) with links to their evidence in the article.
export async function eventList(box, filters, offset = 0) {
  const page = await api("events", { ...filters, limit: 25, offset });
  clear(box);
  if (!page.items.length) {
    box.append(el("p", { class: "muted" }, "No events."));
    return;
  }
  const rows = page.items.map((ev) => {
    const badge = el("span", { class: "badge" }, ev.type);
    badge.style.background = typeColour(ev.type);
    const who = actorLabel(ev.actor_name, ev.actor_country) + (ev.recipient_name || ev.recipient_country ? " → " + actorLabel(ev.recipient_name, ev.recipient_country) : "");
    return el("li", {}, badge, " ", el("span", { class: "muted" }, ev.date || ev.date_value || "undated"), " ", who,
      ev.place ? ` · ${ev.place}` : "", el("div", {}, link("article/" + ev.article_id, { event: ev.event_id }, ev.evidence)),
      el("div", { class: "muted" }, [ev.outlet, ev.title].filter(Boolean).join(" · ")));
  });
  box.append(el("ol", { class: "event-list" }, rows), pager(page, (next) => eventList(box, filters, next)));
}

export async function timelineView(main, params) {
  const filters = Object.fromEntries(["type", "country", "since", "until"].map((k) => [k, params.get(k) || ""]));
  const data = await api("timeline", filters);
  const index = await api("");
  main.append(el("h2", {}, "Event timeline"), filterForm("timeline", filters, index.facets));
  const list = el("div", { class: "events-box" });
  if (!data.days.length) {
    main.append(el("p", { class: "muted" }, "No dated events."));
  } else {
    main.append(timelineChart(data.days, (day) => eventList(list, { ...filters, since: day, until: day }), Boolean(filters.since || filters.until)));
  }
  main.append(el("h3", {}, "Events"), list);
  await eventList(list, filters);
}

function filterForm(view, filters, facets) {
  const select = (name, options, label) => el("label", {}, label + " ",
    el("select", { name }, el("option", { value: "" }, "any"), Object.entries(options).map(([k, n]) => el("option", { value: k, selected: filters[name] === k ? "selected" : null }, `${k} (${n})`))));
  const form = el("form", { class: "filters" }, select("type", facets.event_types, "Type"), select("country", facets.countries, "Country"),
    el("label", {}, "Since ", el("input", { name: "since", type: "date", value: filters.since || null })),
    el("label", {}, "Until ", el("input", { name: "until", type: "date", value: filters.until || null })),
    el("button", { type: "submit" }, "Apply"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new URLSearchParams(new FormData(form));
    for (const [k, v] of [...data]) if (!v) data.delete(k);
    location.hash = "#/" + view + (data.toString() ? "?" + data : "");
  });
  return form;
}

// The days that hold all but the first and last ``share`` of the events: a few dates far off
// (a history recalled in one article) would otherwise squeeze the rest into one bar.
function coreRange(numbers, byDay, share) {
  const total = numbers.reduce((s, n) => s + byDay.get(n).reduce((t, r) => t + r.events, 0), 0);
  let [seen, first, last] = [0, numbers[0], numbers[numbers.length - 1]];
  for (const n of numbers) {
    seen += byDay.get(n).reduce((t, r) => t + r.events, 0);
    if (seen <= total * share) first = n;
    if (seen < total * (1 - share)) last = n;
  }
  const after = numbers.find((n) => n > last);
  return [numbers.find((n) => n >= first), after === undefined ? last : Math.max(last, after)];
}

export function timelineChart(days, onDay, whole = false) {
  const byDay = new Map();
  for (const row of days) {
    const n = dayNumber(row.date);
    if (!byDay.has(n)) byDay.set(n, []);
    byDay.get(n).push(row);
  }
  const all = [...byDay.keys()].sort((a, b) => a - b);
  const [first, last] = whole || all.length < 20 ? [all[0], all[all.length - 1]] : coreRange(all, byDay, 0.01);
  const numbers = all.filter((n) => n >= first && n <= last);
  const left = all.filter((n) => n < first || n > last).reduce((s, n) => s + byDay.get(n).reduce((t, r) => t + r.events, 0), 0);
  const span = Math.max(1, last - first + 1);
  const [W, H, pad] = [900, 220, 30];
  const most = Math.max(...numbers.map((n) => byDay.get(n).reduce((s, r) => s + r.events, 0)));
  const barWidth = Math.max(6, Math.min(24, (W - 2 * pad) / span - 1));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H + 40}`, class: "timeline", role: "img", "aria-label": "events per day" });
  chart.append(svg("line", { x1: pad, y1: H, x2: W - pad, y2: H, class: "axis" }));
  const types = new Set();
  for (const n of numbers) {
    const x = pad + ((n - first) / span) * (W - 2 * pad);
    let y = H;
    const group = svg("g", { class: "day", "data-day": isoDay(n), tabindex: 0 });
    for (const row of byDay.get(n)) {
      const h = (row.events / most) * (H - pad);
      y -= h;
      types.add(row.type);
      group.append(svg("rect", { x, y, width: barWidth, height: Math.max(1, h), fill: typeColour(row.type) }, svg("title", {}, `${row.date}: ${row.events} ${row.type}`)));
    }
    group.addEventListener("click", () => onDay(isoDay(n)));
    chart.append(group);
  }
  for (let k = 0; k <= 4; k++) {  // five dates along the axis
    const n = first + Math.round(((span - 1) * k) / 4);
    const anchor = k === 0 ? "start" : k === 4 ? "end" : "middle";
    chart.append(svg("text", { x: pad + ((n - first) / span) * (W - 2 * pad) + (k === 4 ? barWidth : 0), y: H + 18, class: "tick", "text-anchor": anchor }, isoDay(n)));
    if (span === 1) break;
  }
  const legend = el("div", { class: "legend" }, [...types].sort().map((t) => {
    const chip = el("span", { class: "badge" }, t);
    chip.style.background = typeColour(t);
    return chip;
  }));
  const note = left ? ` ${left} events dated before ${isoDay(first)} or after ${isoDay(last)} are not drawn: choose Since and Until to see them.` : "";
  return el("div", { class: "chart" }, chart, legend, el("p", { class: "muted" }, "Click a day to list its events." + note));
}

export async function networkView(main, params) {
  const filters = Object.fromEntries(["type", "country", "since", "until"].map((k) => [k, params.get(k) || ""]));
  const [graph, index] = await Promise.all([api("network", { ...filters, limit: 35 }), api("")]);
  main.append(el("h2", {}, "Who acts on whom"), filterForm("network", filters, index.facets));
  const list = el("div", { class: "events-box" });
  if (!graph.edges.length) main.append(el("p", { class: "muted" }, "No events with both an actor and a recipient."));
  else main.append(networkChart(graph, (edge) => eventList(list, { ...filters, actor: edge.source, recipient: edge.target })));
  main.append(el("h3", {}, "Events"), list);
}

// The point at distance ``by`` from the centre of ``p`` towards (qx, qy).
function rim(p, qx, qy, by) {
  const [dx, dy] = [qx - p.x, qy - p.y];
  const length = Math.hypot(dx, dy) || 1;
  return [p.x + (dx / length) * by, p.y + (dy / length) * by];
}

// Actors on a circle (most active first), an arrow per direction, its width the event count.
export function networkChart(graph, onEdge) {
  const [W, H] = [900, 640];
  const [cx, cy, r] = [W / 2, H / 2, Math.min(W, H) / 2 - 130];
  const place = new Map(graph.nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / graph.nodes.length - Math.PI / 2;
    return [n.id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), angle, node: n }];
  }));
  const most = Math.max(...graph.edges.map((e) => e.events));
  const mostNode = Math.max(...graph.nodes.map((n) => n.events));
  const radius = (node) => 4 + (8 * node.events) / mostNode;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "actor network" },
    svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrow-head" }))));
  for (const edge of graph.edges) {
    const [a, b] = [place.get(edge.source), place.get(edge.target)];
    // bend each arrow to its left, so A→B and B→A do not overlap; stop it at the node's rim
    const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const [qx, qy] = [mx - dy * 0.15, my + dx * 0.15];
    const [sx, sy] = rim(a, qx, qy, radius(a.node) + 1);
    const [ex, ey] = rim(b, qx, qy, radius(b.node) + 2);
    const types = Object.entries(edge.types).map(([t, n]) => `${t} ${n}`).join(", ");
    const path = svg("path", { d: `M ${sx} ${sy} Q ${qx} ${qy} ${ex} ${ey}`, class: "edge", "stroke-width": 1 + (5 * edge.events) / most, "marker-end": "url(#arrow)", "data-source": edge.source, "data-target": edge.target, tabindex: 0 },
      svg("title", {}, `${edge.source} → ${edge.target}: ${edge.events} events (${types})`));
    path.addEventListener("click", () => onEdge(edge));
    chart.append(path);
  }
  for (const { x, y, angle, node } of place.values()) {
    // labels point away from the centre, so neighbours on the circle do not overlap
    const right = Math.cos(angle) >= 0;
    const [lx, ly] = [x + (radius(node) + 4) * Math.cos(angle), y + (radius(node) + 4) * Math.sin(angle)];
    const degrees = (angle * 180) / Math.PI + (right ? 0 : 180);
    chart.append(svg("g", { class: "node" },
      svg("circle", { cx: x, cy: y, r: radius(node) }, svg("title", {}, `${node.id}: ${node.events} events`)),
      svg("text", { x: lx, y: ly, dy: "0.35em", "text-anchor": right ? "start" : "end", transform: `rotate(${degrees.toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})` }, node.id)));
  }
  return el("div", { class: "chart" }, chart, el("p", { class: "muted" }, "Actors are countries where known, else names. Click an arrow to list its events."));
}
