// DOM and API helpers. Every piece of data reaches the page as a text node or an attribute
// value set through the DOM, never parsed as HTML, so article text cannot become markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) throw new Error("event handlers are added with addEventListener");
    node.setAttribute(name, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A link to a place inside this UI (a hash route); the route is built from encoded parts.
export function route(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const text = query.toString();
  return "#/" + path.split("/").map(encodeURIComponent).join("/") + (text ? "?" + text : "");
}

export function link(path, params, ...children) {
  return el("a", { href: route(path, params) }, ...children);
}

// Only http(s) URLs become links; anything else (javascript:, data: ...) stays plain text.
export function safeUrl(value) {
  try {
    const url = new URL(String(value));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (_) {
    return null;
  }
}

export class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.message || `HTTP ${status}`);
    this.status = status;
    this.code = error.code || "";
    this.hint = error.hint || "";
  }
}

const TOKEN_KEY = "newsgraph-token";

export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const headers = { Accept: "application/json" };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = "Bearer " + token;
  const text = query.toString();
  const response = await fetch("/api/" + path + (text ? "?" + text : ""), { headers, credentials: "same-origin" });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export function saveToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

// The view of an error: its code and message, and a token form when the server wants one.
export function errorView(error, retry) {
  const box = el("div", { class: "error", role: "alert" }, el("strong", {}, error.code || "error"), " ", error.message);
  if (error.hint) box.append(el("div", { class: "muted" }, error.hint));
  if (error.status === 401) {
    const input = el("input", { type: "password", "aria-label": "API token", placeholder: "API token" });
    const form = el("form", { class: "token" }, input, el("button", { type: "submit" }, "Use token"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      saveToken(input.value);
      retry();
    });
    box.append(form);
  }
  return box;
}

export function pager(page, go) {
  const bar = el("div", { class: "pager" });
  if (page.offset > 0) {
    const prev = el("button", { type: "button" }, "← Previous");
    prev.addEventListener("click", () => go(Math.max(0, page.offset - page.limit)));
    bar.append(prev);
  }
  bar.append(el("span", { class: "muted" }, `rows ${page.offset + 1}–${page.offset + page.items.length}`));
  if (page.next_offset !== null) {
    const next = el("button", { type: "button" }, "Next →");
    next.addEventListener("click", () => go(page.next_offset));
    bar.append(next);
  }
  return bar;
}

// One colour per PLOVER type, the same in every chart; other types share grey.
const TYPE_COLOURS = {
  AGREE: "#2ca02c", CONSULT: "#1f77b4", COOPERATE: "#17becf", SUPPORT: "#98c94d", AID: "#6bb5a3",
  CONCEDE: "#bcbd22", RETREAT: "#c7b46a", REQUEST: "#9467bd", ACCUSE: "#ff7f0e", REJECT: "#e377c2",
  THREATEN: "#d4a017", PROTEST: "#8c564b", SANCTION: "#a05195", MOBILIZE: "#7f7f7f", COERCE: "#e0475b", ASSAULT: "#b2182b",
};

export function typeColour(type) {
  return TYPE_COLOURS[String(type).toUpperCase()] || "#777777";
}

export function actorLabel(name, country) {
  return name ? (country ? `${name} (${country})` : name) : country || "?";
}
