(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var text = $("f-text"), status = $("f-status"), severity = $("f-severity"),
      citation = $("f-citation"), account = $("f-account"), count = $("f-count"), none = $("no-match");
  if (!text) { return; }
  var controls = Array.prototype.slice.call(document.querySelectorAll("details.control"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding"));
  var total = rows.length;
  var opened = new WeakMap();

  // Filter choices come from the embedded JSON (never parsed as HTML).
  var data = {};
  try { data = JSON.parse($("report-data").textContent || "{}"); } catch (e) { data = {}; }
  function fill(select, values) {
    (values || []).forEach(function (v) {
      var opt = document.createElement("option");
      opt.value = String(v);
      opt.textContent = String(v);
      select.appendChild(opt);
    });
  }
  fill(citation, data.citations);
  fill(account, data.accounts);

  function matches(tr, q, st, sev, cit, acct) {
    var d = tr.dataset;
    if (st && d.status !== st) { return false; }
    if (sev && d.severity !== sev) { return false; }
    if (acct && d.account !== acct) { return false; }
    if (cit && (" " + d.citations + " ").indexOf(" " + cit + " ") < 0) { return false; }
    if (q && d.search.indexOf(q) < 0) { return false; }
    return true;
  }

  function apply() {
    var q = text.value.trim().toLowerCase(), st = status.value, sev = severity.value,
        cit = citation.value, acct = account.value;
    var active = !!(q || st || sev || cit || acct);
    var shown = 0;
    controls.forEach(function (det) {
      var visible = 0;
      var trs = det.querySelectorAll("tr.finding");
      for (var i = 0; i < trs.length; i++) {
        var ok = matches(trs[i], q, st, sev, cit, acct);
        trs[i].hidden = !ok;
        if (ok) { visible++; }
      }
      shown += visible;
      det.hidden = visible === 0;
      if (active && visible > 0) {
        if (!opened.has(det)) { opened.set(det, det.open); }
        det.open = true;
      } else if (!active && opened.has(det)) {
        det.open = opened.get(det);
        opened.delete(det);
      }
    });
    count.textContent = shown + " of " + total + " findings shown";
    none.hidden = shown !== 0;
  }

  var timer = null;
  text.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(apply, 120);
  });
  [status, severity, citation, account].forEach(function (el) { el.addEventListener("change", apply); });
  $("f-reset").addEventListener("click", function () {
    text.value = ""; status.value = ""; severity.value = ""; citation.value = ""; account.value = "";
    apply();
  });
  $("f-expand").addEventListener("click", function () { controls.forEach(function (d) { d.open = true; }); });
  $("f-collapse").addEventListener("click", function () { controls.forEach(function (d) { d.open = false; }); });

  // Links into a collapsed control open it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") { el.hidden = false; el.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // Printing shows every control expanded.
  var before = [];
  window.addEventListener("beforeprint", function () {
    before = controls.map(function (d) { return d.open; });
    controls.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    controls.forEach(function (d, i) { if (i < before.length) { d.open = before[i]; } });
  });

  document.documentElement.setAttribute("data-ready", "1");
})();
