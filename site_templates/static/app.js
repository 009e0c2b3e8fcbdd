/* chronology: filters, search and permalinks. No framework, no network; the page is complete
   without it. The filter state lives in the query string, so a filtered view can be shared. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var names = ["q", "tag", "actor", "place"];
  var timeline = document.getElementById("timeline");
  // The order the page was built in (the site's `order` setting): the URL names only a change.
  var builtOrder = timeline ? timeline.getAttribute("data-order") : "oldest";
  var entries = [].slice.call(document.querySelectorAll(".entry"));
  // Case, and each language's letter and digit variants (ي/ی, ё/е, ۱/1, ZWNJ): one form.
  var foldMap = JSON.parse(document.documentElement.getAttribute("data-fold") || "{}");
  function fold(s) {
    return s.toLowerCase().replace(/[^\x00-\x7f]/g, function (c) {
      return Object.prototype.hasOwnProperty.call(foldMap, c) ? foldMap[c] : c;
    });
  }
  // Each entry's tags, actors and places: JSON arrays, so a value may hold any character.
  var lists = entries.map(function (li) {
    var out = {};
    names.slice(1).forEach(function (n) { out[n] = JSON.parse(li.getAttribute("data-" + n) || "[]"); });
    return out;
  });
  var texts = entries.map(function (li) {
    return fold([].map.call(li.querySelectorAll(".event-title, .js-text"), function (n) {
      return n.textContent;
    }).join(" "));
  });

  function field(name) { return form ? form.elements.namedItem(name) : null; }

  function state() {
    var s = {};
    names.forEach(function (n) { var f = field(n); s[n] = f ? f.value.trim() : ""; });
    return s;
  }

  function matches(i, s, words) {
    for (var k = 1; k < names.length; k++) {
      var n = names[k];
      if (s[n] && lists[i][n].indexOf(s[n]) < 0) return false;
    }
    return words.every(function (w) { return texts[i].indexOf(w) >= 0; });
  }

  function reverse(parent, selector) {
    var items = [].filter.call(parent.children, function (c) { return c.matches(selector); });
    if (items.length < 2) return;
    var after = items[items.length - 1].nextSibling;
    for (var i = items.length - 1; i >= 0; i--) parent.insertBefore(items[i], after);
  }

  function setOrder(want) {
    if (!timeline || (want !== "oldest" && want !== "newest")) return;
    if (want === timeline.getAttribute("data-order")) return;
    reverse(timeline, ".year");
    [].forEach.call(document.querySelectorAll("ol.events"), function (ol) { reverse(ol, ".entry"); });
    [].forEach.call(document.querySelectorAll(".year-nav ul"), function (ul) { reverse(ul, ".nav-year"); });
    timeline.setAttribute("data-order", want);
  }

  function apply(updateUrl) {
    var s = state();
    var order = field("order");
    if (order) setOrder(order.value);
    var words = fold(s.q).split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (li, i) {
      var ok = matches(i, s, words);
      li.hidden = !ok;
      if (ok) shown++;
    });
    var active = names.some(function (n) { return s[n]; });
    [].forEach.call(document.querySelectorAll(".year, .background"), function (sec) {
      sec.hidden = !sec.querySelector(".entry:not([hidden])");
      // Matches in the collapsed Background would be easy to miss: show them.
      var details = sec.querySelector("details");
      if (details && active && !sec.hidden) details.open = true;
    });
    var status = document.getElementById("filter-status");
    if (status) {
      status.textContent = active ? "Showing " + shown + " of " + entries.length + " events."
                                  : entries.length + " events.";
    }
    var none = document.getElementById("no-match");
    if (none) none.hidden = shown > 0;
    if (updateUrl) writeUrl(s);
  }

  function writeUrl(s) {
    var params = new URLSearchParams();
    names.forEach(function (n) { if (s[n]) params.set(n, s[n]); });
    var order = field("order");
    if (order && order.value !== builtOrder) params.set("order", order.value);
    var query = params.toString();
    var url = location.pathname + (query ? "?" + query : "") + location.hash;
    try { history.replaceState(null, "", url); } catch (e) { /* some file:// setups refuse */ }
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    names.concat(["order"]).forEach(function (n) {
      var f = field(n);
      var v = params.get(n);
      if (!f || v === null) return;
      if (f.tagName === "SELECT" && ![].some.call(f.options, function (o) { return o.value === v; })) return;
      f.value = v;
    });
  }

  function reveal() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var target = id && document.getElementById(id);
    if (!target) return;
    var entry = target.closest(".entry");
    if (entry && entry.hidden && form) { form.reset(); apply(true); }
    var details = target.closest("details");
    if (!details && target.matches(".background")) details = target.querySelector("details");
    if (details && !details.open) { details.open = true; }
    if (entry || details) target.scrollIntoView();
  }

  if (form) {
    readUrl();
    // A plain visit changes nothing on the page: skip the work, so the first paint stays cheap.
    var status = document.getElementById("filter-status");
    var order = field("order");
    if (names.some(function (n) { var f = field(n); return f && f.value; })) apply(false);
    else if (status) status.textContent = entries.length + " events.";
    if (order) setOrder(order.value);
    form.addEventListener("input", function () { apply(true); });
    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(true); });
    form.addEventListener("reset", function () {
      // "Clear filters" keeps the order the reader chose.
      var keep = order ? order.value : "";
      setTimeout(function () { if (order) order.value = keep; apply(true); }, 0);
    });
  }
  var site = document.getElementById("site-search");
  if (site) searchAllYears(site);

  // Big sites are split by year; the overview page searches every year through an index
  // script, loaded on first use (a script, because fetch() does not work from file://).
  function searchAllYears(box) {
    var q = box.elements.namedItem("q"), out = document.getElementById("site-results");
    var status = document.getElementById("site-status"), loading = false;
    box.hidden = false;
    function run(updateUrl) {
      var index = window.chronologyIndex, text = q.value.trim();
      if (updateUrl) {
        var p = new URLSearchParams(location.search);
        if (text) p.set("q", text); else p.delete("q");
        history.replaceState(null, "", "?" + p.toString() + location.hash);
      }
      if (!index) { load(); return; }
      var words = fold(text).split(/\s+/).filter(Boolean);
      var hits = words.length ? index.filter(function (e) {
        return words.every(function (w) { return e[3].indexOf(w) >= 0; });
      }) : [];
      out.textContent = "";
      hits.slice(0, 100).forEach(function (e) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = e[0];
        a.textContent = e[2];
        li.appendChild(document.createTextNode(e[1] + ": "));
        li.appendChild(a);
        out.appendChild(li);
      });
      status.textContent = !words.length ? "" : hits.length + (hits.length === 1 ? " event" : " events") +
        (hits.length > 100 ? ", the first 100 shown." : ".");
    }
    function load() {
      if (loading) return;
      loading = true;
      var s = document.createElement("script");
      s.src = box.getAttribute("data-index");
      s.onload = function () { run(false); };
      document.head.appendChild(s);
    }
    q.addEventListener("input", function () { run(true); });
    box.addEventListener("submit", function (e) { e.preventDefault(); run(true); });
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) { q.value = initial; run(false); }
  }

  reveal();
  window.addEventListener("hashchange", reveal);
  window.addEventListener("beforeprint", function () {
    [].forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
})();
