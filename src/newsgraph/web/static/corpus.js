// Corpus events: one happening with all its reports, and where the outlets disagree.

import { actorLabel, api, el, link, pager, typeColour } from "./dom.js";

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function reportItem(r) {
  return el("li", {}, el("span", { class: "muted" }, [r.outlet || "unknown outlet", r.date || "undated", r.place].filter(Boolean).join(" · ")), " ",
    link("article/" + r.article_id, { event: r.event_id }, r.evidence));
}

function corpusItem(ev) {
  const badge = el("span", { class: "badge" }, ev.type);
  badge.style.background = typeColour(ev.type);
  const who = actorLabel(ev.actor_name, ev.actor_country) + (ev.recipient_name || ev.recipient_country ? " → " + actorLabel(ev.recipient_name, ev.recipient_country) : "");
  const counts = `${plural(ev.articles, "article")}, ${plural(ev.outlets, "outlet")}${ev.date ? " · " + ev.date : ""}${ev.place ? " · " + ev.place : ""}`;
  const flags = (ev.flags || []).map((f) => el("div", { class: "disagreement" }, el("strong", {}, f.kind), ": ", f.message, (f.values || []).length ? ` (${f.values.join("; ")})` : ""));
  return el("li", { class: "corpus-event" }, badge, " ", who, el("div", { class: "muted" }, counts), flags, el("ul", {}, ev.reports.map(reportItem)));
}

export async function corpusView(main, params) {
  const offset = Number(params.get("offset") || 0);
  const filters = Object.fromEntries(["type", "country", "since", "until"].map((k) => [k, params.get(k) || ""]));
  const page = await api("corpus-events", { ...filters, offset, limit: 20 });
  main.append(el("h2", {}, "Happenings across articles"), el("p", { class: "muted" }, "Reports of one happening merged, most outlets first; where outlets disagree, who said what."));
  if (!page.items.length) {
    main.append(el("p", { class: "muted" }, "No corpus events."));
    return;
  }
  main.append(el("ol", { class: "corpus-list" }, page.items.map(corpusItem)), pager(page, (next) => {
    const query = new URLSearchParams(params);
    query.set("offset", next);
    location.hash = "#/corpus?" + query;
  }));
}
