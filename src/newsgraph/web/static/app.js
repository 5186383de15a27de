// The newsgraph viewer: a hash router over the views. Plain JavaScript modules, no framework,
// nothing loaded from another origin.

import { articleView } from "./article.js";
import { networkView, timelineView } from "./charts.js";
import { corpusView } from "./corpus.js";
import { api, clear, el, errorView, link, pager } from "./dom.js";
import { mapView } from "./map.js";

async function articlesView(main, params) {
  const search = params.get("search") || "";
  const offset = Number(params.get("offset") || 0);
  const page = await api("articles", { search, offset, limit: 20 });
  main.append(el("h2", {}, search ? `Articles matching “${search}”` : "Articles"));
  if (!page.items.length) {
    main.append(el("p", { class: "muted" }, "No articles found."));
    if (search) await quotesFound(main, search);
    return;
  }
  const rows = page.items.map((a) => el("tr", {},
    el("td", {}, a.date || "undated"),
    el("td", {}, link("article/" + a.id, {}, a.title || a.id)),
    el("td", {}, a.outlet || ""),
    el("td", { class: "num" }, a.entities), el("td", { class: "num" }, a.quotes), el("td", { class: "num" }, a.events)));
  main.append(el("table", { class: "articles" },
    el("thead", {}, el("tr", {}, ["Date", "Title", "Outlet", "Entities", "Quotes", "Events"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows)));
  main.append(pager(page, (next) => {
    const query = new URLSearchParams(params);
    query.set("offset", next);
    location.hash = "#/?" + query;
  }));
  if (search && !offset) await quotesFound(main, search);
}

// Who said it: quotes holding the searched text, each a link to the quote in its article.
async function quotesFound(main, search) {
  const quotes = await api("quotes", { search, limit: 10 });
  if (!quotes.items.length) return;
  main.append(el("h3", {}, "Quotes"), el("ul", { class: "quote-list" }, quotes.items.map((q) =>
    el("li", {}, el("strong", { class: "speaker" }, q.speaker_name || "unknown speaker"), ": ",
      link("article/" + q.article_id, { quote: q.quote_id }, "“" + q.content + "”"),
      el("span", { class: "muted" }, " · " + [q.outlet, q.date].filter(Boolean).join(" · "))))));
}

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query || "") };
}

async function render() {
  const main = document.getElementById("main");
  const { parts, params } = parseHash();
  clear(main);
  document.getElementById("search-text").value = params.get("search") || "";
  try {
    if (parts[0] === "article" && parts[1]) await articleView(main, parts[1], params);
    else if (parts[0] === "timeline") await timelineView(main, params);
    else if (parts[0] === "network") await networkView(main, params);
    else if (parts[0] === "map") await mapView(main, params);
    else if (parts[0] === "corpus") await corpusView(main, params);
    else await articlesView(main, params);
  } catch (error) {
    clear(main).append(errorView(error, render));
  }
  main.setAttribute("data-ready", parts[0] || "articles");
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = document.getElementById("search-text").value.trim();
  location.hash = text ? "#/?" + new URLSearchParams({ search: text }) : "#/";
});
window.addEventListener("hashchange", render);
render();
