// summitgraph's graph viewer: an SVG drawing of the graph embedded in the page
// (element #graph-data), with pan (drag), zoom (wheel, buttons), hover for
// the evidence, click to focus on an entity and its partners, and search.
// No library, no network: everything it needs is in the page.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var scene = document.createElementNS(SVG, "g");
  var tooltip = document.getElementById("tooltip");
  var view = {x: 0, y: 0, k: 1};
  var byId = {};
  var focused = null;
  svg.appendChild(scene);

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    (parent || scene).appendChild(node);
    return node;
  }

  function text(value) {
    return String(value === null || value === undefined ? "" : value);
  }

  function escapeHtml(value) {
    return text(value).replace(/[&<>"]/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"}[c];
    });
  }

  // --- drawing --------------------------------------------------------------
  var edgeLayer = el("g", {"class": "edges"});
  var labelLayer = el("g", {"class": "edge-labels"});
  var nodeLayer = el("g", {"class": "nodes"});
  data.nodes.forEach(function (n) { byId[n.id] = n; n.partners = []; n.edges = []; });
  data.edges.forEach(function (e, i) {
    var a = byId[e.source], b = byId[e.target];
    a.partners.push(b.id); b.partners.push(a.id);
    e.index = i;
    e.line = el("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: e.colour,
      "stroke-width": Math.min(6, 1 + 0.9 * (e.weight - 1)),
      "stroke-dasharray": e.happened ? "" : "5 4",
      "class": "edge", "data-index": i
    }, edgeLayer);
    a.edges.push(e); b.edges.push(e);
    if (e.dates) {
      var angle = Math.atan2(b.y - a.y, b.x - a.x) * 180 / Math.PI;
      if (angle > 90) { angle -= 180; } else if (angle < -90) { angle += 180; }
      var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
      e.label = el("text", {x: mx, y: my - 3, "class": "edge-label",
        transform: "rotate(" + angle.toFixed(1) + " " + mx + " " + my + ")"}, labelLayer);
      e.label.textContent = e.dates;
    }
  });
  data.nodes.forEach(function (n) {
    n.group = el("g", {"class": "node", "data-id": n.id}, nodeLayer);
    n.circle = el("circle", {cx: n.x, cy: n.y, r: n.radius, fill: n.colour}, n.group);
    n.text = el("text", {x: n.x, y: n.y + n.radius + 11, "class": "node-label"}, n.group);
    n.text.textContent = n.label;
  });

  // --- pan and zoom ----------------------------------------------------------
  function apply() {
    scene.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    svg.classList.toggle("zoomed-out", view.k < 0.6);
  }

  function fit() {
    var box = svg.getBoundingClientRect();
    var b = data.bounds;
    var k = Math.min(box.width / (b.width + 80), box.height / (b.height + 80));
    view.k = Math.max(0.05, Math.min(k, 3));
    view.x = box.width / 2 - (b.x + b.width / 2) * view.k;
    view.y = box.height / 2 - (b.y + b.height / 2) * view.k;
    apply();
  }

  function zoomAt(factor, px, py) {
    var k = Math.max(0.05, Math.min(view.k * factor, 12));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    apply();
  }

  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    var box = svg.getBoundingClientRect();
    zoomAt(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - box.left, event.clientY - box.top);
  }, {passive: false});

  var drag = null;
  svg.addEventListener("pointerdown", function (event) {
    drag = {x: event.clientX, y: event.clientY, vx: view.x, vy: view.y, moved: false};
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
    view.x = drag.vx + dx; view.y = drag.vy + dy;
    apply();
  });
  svg.addEventListener("pointerup", function (event) {
    var wasDrag = drag && drag.moved;
    drag = null;
    if (!wasDrag) { click(event); }
  });

  document.getElementById("zoom-in").onclick = function () {
    var box = svg.getBoundingClientRect(); zoomAt(1.4, box.width / 2, box.height / 2);
  };
  document.getElementById("zoom-out").onclick = function () {
    var box = svg.getBoundingClientRect(); zoomAt(1 / 1.4, box.width / 2, box.height / 2);
  };
  document.getElementById("zoom-fit").onclick = function () { focus(null); fit(); };

  // --- hover: what the graph knows about an entity or an interaction ---------
  function nodeCard(n) {
    var rows = [["kind", n.kind], ["mentions", n.mentions], ["also called", (n.aliases || []).join(", ")],
      ["seen", n.seen], ["where", n.where], ["met or linked with", n.partners.length + " entities"]];
    return "<h3>" + escapeHtml(n.label) + "</h3><dl>" + rows.filter(function (r) {
      return r[1] !== undefined && r[1] !== null && r[1] !== "";
    }).map(function (r) {
      return "<dt>" + escapeHtml(r[0]) + "</dt><dd>" + escapeHtml(r[1]) + "</dd>";
    }).join("") + "</dl>";
  }

  function edgeCard(e) {
    var items = e.items.map(function (i) {
      var what = i.contact && i.contact !== i.kind ? i.kind + " (" + i.contact + ")" : i.kind;
      var head = [what, i.date || "no date", i.status, i.place ? "in " + i.place : "", text(i.mode).replace("_", " ")]
        .filter(Boolean).join(" · ");
      return "<li><b>" + escapeHtml(head) + "</b><q>" + escapeHtml(i.evidence) + "</q><small>" +
        escapeHtml(i.article) + "</small></li>";
    }).join("");
    return "<h3>" + escapeHtml(byId[e.source].label) + " — " + escapeHtml(byId[e.target].label) +
      "</h3><ol>" + items + "</ol>";
  }

  function show(html, event) {
    tooltip.innerHTML = html;
    tooltip.hidden = false;
    var x = event.clientX + 14, y = event.clientY + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth - 8) { x = Math.max(8, event.clientX - w - 14); }
    if (y + h > window.innerHeight - 8) { y = Math.max(8, window.innerHeight - h - 8); }
    tooltip.style.left = x + "px"; tooltip.style.top = y + "px";
  }

  svg.addEventListener("mouseover", function (event) {
    var target = event.target;
    if (drag) { return; }
    if (target.closest && target.closest(".node")) {
      show(nodeCard(byId[target.closest(".node").getAttribute("data-id")]), event);
    } else if (target.classList.contains("edge")) {
      show(edgeCard(data.edges[+target.getAttribute("data-index")]), event);
    }
  });
  svg.addEventListener("mouseout", function () { tooltip.hidden = true; });

  // --- focus on one entity ---------------------------------------------------
  function focus(node) {
    focused = node;
    svg.classList.toggle("focusing", !!node);
    data.nodes.forEach(function (n) {
      n.group.classList.toggle("near", !!node && (n === node || node.partners.indexOf(n.id) >= 0));
    });
    data.edges.forEach(function (e) {
      var near = !!node && (e.source === node.id || e.target === node.id);
      e.line.classList.toggle("near", near);
      if (e.label) { e.label.classList.toggle("near", near); }
    });
  }

  function click(event) {
    var hit = event.target.closest && event.target.closest(".node");
    focus(hit ? byId[hit.getAttribute("data-id")] : null);
  }

  var search = document.getElementById("search");
  search.addEventListener("change", function () {
    var wanted = search.value.trim().toLowerCase();
    var found = data.nodes.filter(function (n) {
      return n.label.toLowerCase() === wanted || (n.aliases || []).some(function (a) { return a.toLowerCase() === wanted; });
    })[0] || data.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(wanted) >= 0; })[0];
    if (!found) { search.classList.add("missing"); return; }
    search.classList.remove("missing");
    focus(found);
    var box = svg.getBoundingClientRect();
    view.k = Math.max(view.k, 1.2);
    view.x = box.width / 2 - found.x * view.k; view.y = box.height / 2 - found.y * view.k;
    apply();
  });
  var names = document.getElementById("names");
  data.nodes.forEach(function (n) { var o = document.createElement("option"); o.value = n.label; names.appendChild(o); });

  window.addEventListener("resize", fit);
  fit();
  document.body.setAttribute("data-ready", "true");
})();
