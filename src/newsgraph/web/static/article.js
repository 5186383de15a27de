// The article view: the text with entities, quotes, times and events marked on it, and lists
// of each beside it. Clicking an event (or opening #/article/ID?event=v1) marks its evidence.

import { actorLabel, api, el, link, safeUrl, typeColour } from "./dom.js";

// Characters, not UTF-16 units: the document's offsets count code points.
function sliceChars(chars, start, end) {
  return chars.slice(start, end).join("");
}

function safeClass(value) {
  return String(value || "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

// The spans to mark: one record per span, with a CSS class, a tooltip and the ids it stands for.
function annotations(doc) {
  const spans = [];
  for (const entity of doc.entities || []) {
    for (const m of entity.mentions || []) {
      spans.push({ start: m.start, end: m.end, cls: "ent ent-" + safeClass(entity.type), tip: `${entity.name} (${entity.type}${entity.country ? ", " + entity.country : ""})` });
    }
  }
  for (const t of doc.times || []) spans.push({ start: t.span.start, end: t.span.end, cls: "time", tip: `time: ${t.value}` });
  for (const q of doc.quotes || []) {
    const parts = q.parts && q.parts.length ? q.parts : [q.content];
    for (const p of parts) spans.push({ start: p.start, end: p.end, cls: "quote", tip: `quote by ${q.speaker_name || "unknown"}`, quote: q.id });
  }
  for (const ev of doc.events || []) {
    spans.push({ start: ev.trigger.start, end: ev.trigger.end, cls: "trigger", tip: `event ${ev.id}: ${ev.type}`, event: ev.id });
    for (const s of [ev.evidence, ...(ev.mentions || [])]) spans.push({ start: s.start, end: s.end, cls: "", tip: "", event: ev.id });
  }
  return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
}

// The text cut at every span boundary; each piece carries the classes of the spans over it.
export function markedText(text, spans) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, s.start)));
    cuts.add(Math.max(0, Math.min(chars.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const body = el("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = sliceChars(chars, a, b);
    if (!over.length) {
      body.append(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(over.map((s) => s.cls).filter(Boolean));
    const events = [...new Set(over.filter((s) => s.event).map((s) => s.event))];
    const quotes = [...new Set(over.filter((s) => s.quote).map((s) => s.quote))];
    if (events.length) classes.add("has-event");
    const tip = [...new Set(over.map((s) => s.tip).filter(Boolean))].join("\n");
    body.append(el("span", { class: [...classes].join(" ") || null, title: tip || null, "data-events": events.join(" ") || null, "data-quotes": quotes.join(" ") || null }, piece));
  }
  return body;
}

function focus(root, attr, id) {
  for (const node of root.querySelectorAll(".focus")) node.classList.remove("focus");
  const hits = [...root.querySelectorAll(`[${attr}]`)].filter((n) => n.getAttribute(attr).split(" ").includes(id));
  for (const node of hits) node.classList.add("focus");
  if (hits.length) hits[0].scrollIntoView({ block: "center" });
  return hits.length;
}

function names(doc) {
  return Object.fromEntries((doc.entities || []).map((e) => [e.id, e.name]));
}

function eventItem(ev, byId, onPick) {
  const actor = actorLabel(ev.actor && ev.actor.name, ev.actor && ev.actor.country);
  const recipient = ev.recipient ? actorLabel(ev.recipient.name, ev.recipient.country) : null;
  const button = el("button", { type: "button", class: "pick", "data-event": ev.id },
    el("span", { class: "badge", "data-type": ev.type }, ev.type), " ", actor, recipient ? ` → ${recipient}` : "");
  button.querySelector(".badge").style.background = typeColour(ev.type);
  button.addEventListener("click", () => onPick(ev.id));
  const details = [ev.date, ev.place ? byId[ev.place] || ev.place : null, ev.modality !== "asserted" ? ev.modality : null, (ev.reported_by || []).length ? "according to " + ev.reported_by.join(", ") : null].filter(Boolean);
  return el("li", {}, button, el("div", { class: "muted" }, details.join(" · ")));
}

function side(doc, root) {
  const byId = names(doc);
  const pickEvent = (id) => focus(root, "data-events", id);
  const pickQuote = (id) => focus(root, "data-quotes", id);
  const events = el("ol", { class: "events" }, (doc.events || []).map((ev) => eventItem(ev, byId, pickEvent)));
  const quotes = el("ol", { class: "quotes" }, (doc.quotes || []).map((q) => {
    const b = el("button", { type: "button", class: "pick", "data-quote": q.id }, el("strong", { class: "speaker" }, q.speaker_name || "unknown speaker"), ": “", q.content.text, "”");
    b.addEventListener("click", () => pickQuote(q.id));
    return el("li", {}, b);
  }));
  const entities = el("ul", { class: "entities" }, (doc.entities || []).map((e) =>
    el("li", {}, el("span", { class: "ent ent-" + safeClass(e.type) }, e.name), ` ${e.type}${e.country ? " · " + e.country : ""} · ${(e.mentions || []).length}×`)));
  const times = el("ul", { class: "times" }, (doc.times || []).map((t) => el("li", {}, el("span", { class: "time" }, t.span.text), ` = ${t.value}`)));
  const flags = el("ul", { class: "flags" }, (doc.flags || []).map((f) => el("li", {}, el("strong", {}, f.kind), ": ", f.message)));
  return el("aside", { class: "side" },
    el("h3", {}, `Events (${(doc.events || []).length})`), events,
    el("h3", {}, `Quotes (${(doc.quotes || []).length})`), quotes,
    el("h3", {}, `Entities (${(doc.entities || []).length})`), entities,
    el("h3", {}, `Times (${(doc.times || []).length})`), times,
    (doc.flags || []).length ? [el("h3", {}, `Flags (${doc.flags.length})`), flags] : null);
}

function header(article) {
  const date = article.date ? article.date.value + (article.date.inferred ? " (inferred)" : "") : "undated";
  const meta = [article.outlet, article.byline, date].filter(Boolean).join(" · ");
  const url = article.url ? safeUrl(article.url) : null;
  const source = article.url ? (url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, article.url) : el("span", { class: "muted" }, article.url)) : null;
  return el("div", { class: "article-head" }, el("h2", {}, article.title || "(untitled)"), el("div", { class: "muted" }, meta), source);
}

const LEGEND = [["ent ent-person", "person"], ["ent ent-org", "organization"], ["ent ent-outlet", "outlet"], ["ent ent-country", "country"], ["ent ent-place", "place"], ["ent ent-weapon", "weapon or event"], ["time", "time"], ["quote", "quote"], ["trigger", "event"]];

export async function articleView(main, id, params) {
  const doc = await api("articles/" + encodeURIComponent(id));
  const text = markedText(doc.article.text, annotations(doc));
  const legend = el("div", { class: "legend" }, LEGEND.map(([cls, label]) => el("span", { class: cls }, label)));
  const body = el("section", { class: "article" }, header(doc.article), legend, text);
  const layout = el("div", { class: "article-layout" }, body);
  layout.append(side(doc, text));
  main.append(link("", {}, "← Articles"), layout);
  if (params.get("event")) focus(text, "data-events", params.get("event"));
  else if (params.get("quote")) focus(text, "data-quotes", params.get("quote"));
}
