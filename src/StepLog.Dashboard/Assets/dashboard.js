// StepLog dashboard: refreshes the parts of a page that are still moving (elements with data-live="seconds" and an
// id) by fetching the same page and swapping in those elements, so a running run or batch updates without a reload.
// Values arrive as text the server already encoded; nothing here parses data as markup into the page.
(function () {
  'use strict';

  var refreshed = document.getElementById('refreshed');

  function liveRegions() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-live][id]'));
  }

  function interval(regions) {
    var seconds = 60;
    regions.forEach(function (region) {
      var value = parseInt(region.getAttribute('data-live'), 10);
      if (value > 0 && value < seconds) { seconds = value; }
    });
    return seconds * 1000;
  }

  function schedule() {
    var regions = liveRegions();
    if (regions.length > 0) { window.setTimeout(refresh, interval(regions)); }
  }

  function refresh() {
    if (document.hidden) { schedule(); return; }
    fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        if (text === null) { return; }
        var fresh = new DOMParser().parseFromString(text, 'text/html');
        liveRegions().forEach(function (region) {
          var replacement = fresh.getElementById(region.id);
          if (replacement) { region.replaceWith(document.importNode(replacement, true)); }
        });
        if (refreshed) { refreshed.textContent = ' · refreshed ' + new Date().toISOString().replace(/\.\d+Z$/, 'Z'); }
      })
      .catch(function () {
        if (refreshed) { refreshed.textContent = ' · refresh failed, retrying'; }
      })
      .then(schedule);
  }

  schedule();
}());
