// The map of event places: an equirectangular SVG (x = longitude + 180, y = 90 - latitude)
// over the bundled coarse world outline (world.json, from Natural Earth; see README.md).

import { api, el, link, svg, typeColour } from "./dom.js";

async function outline() {
  const response = await fetch("/static/world.json");
  return response.ok ? (await response.json()).rings : [];
}

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i ? "L" : "M"}${(lon + 180).toFixed(1)} ${(90 - lat).toFixed(1)}`).join(" ") + " Z";
}

export function mapChart(rings, places, onPlace) {
  const chart = svg("svg", { viewBox: "0 0 360 180", class: "map", role: "img", "aria-label": "map of event places" },
    svg("rect", { x: 0, y: 0, width: 360, height: 180, class: "sea" }),
    svg("path", { d: rings.map(ringPath).join(" "), class: "land" }));
  const most = Math.max(1, ...places.map((p) => p.events));
  for (const p of places) {
    const top = Object.entries(p.types).sort((a, b) => b[1] - a[1])[0][0];
    const dot = svg("circle", { cx: p.lon + 180, cy: 90 - p.lat, r: 1.2 + (3 * Math.sqrt(p.events)) / Math.sqrt(most), fill: typeColour(top), class: "place", tabindex: 0, "data-place": p.name },
      svg("title", {}, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} events`));
    dot.addEventListener("click", () => onPlace(p));
    chart.append(dot);
  }
  return chart;
}

export async function mapView(main) {
  const [rings, data] = await Promise.all([outline(), api("places")]);
  const details = el("div", { class: "events-box" }, el("p", { class: "muted" }, "Click a place to list its events."));
  const show = (p) => {
    details.replaceChildren(el("h3", {}, `${p.name}: ${p.events} events`),
      el("ul", {}, p.examples.map((x) => el("li", {}, link("article/" + x.article_id, { event: x.event_id }, `${x.type} (${x.event_id}) in article ${x.article_id}`)))));
  };
  main.append(el("h2", {}, "Where events happened"), el("div", { class: "chart" }, mapChart(rings, data.places, show)));
  main.append(el("p", { class: "muted" }, `${data.places.length} places with coordinates.`), details);
}
