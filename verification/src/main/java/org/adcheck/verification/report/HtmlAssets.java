package org.adcheck.verification.report;

/**
 * The inline style sheet and scripts of {@code index.html}. They live in Java text blocks, not in
 * resource files, so that the page stays one self-contained file however the jar is packaged.
 */
final class HtmlAssets {

    private HtmlAssets() {}

    /**
     * Runs first, in {@code <head>}: records any later script error as
     * {@code <html data-script-error="message at line:column">}, for people and for the render test.
     */
    static final String ERROR_TRAP = """
            window.onerror = function (message, source, line, column) {
              document.documentElement.setAttribute('data-script-error', message + ' at ' + line + ':' + column);
            };
            """;

    static final String CSS = """
            :root {
              --fg: #1f2328; --muted: #656d76; --border: #d0d7de; --line: #eaeef2; --panel: #f6f8fa;
              --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --info: #0969da; --accent: #0969da;
            }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f3f5f8; color: var(--fg);
              font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
            main { max-width: 1360px; margin: 0 auto; padding: 24px 28px 40px; }
            h1 { font-size: 26px; margin: 0; letter-spacing: -0.01em; }
            h2 { font-size: 17px; margin: 0 0 6px; }
            h4 { margin: 14px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
            code, pre { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            .muted { color: var(--muted); }
            .small { font-size: 12px; }
            .subtitle { margin: 2px 0 14px; color: var(--muted); }
            .status { padding: 12px 16px; border-radius: 8px; font-weight: 600; font-size: 16px; border: 1px solid; }
            .status.pass { background: #dafbe1; color: #116329; border-color: #aceebb; }
            .status.warn { background: #fff8c5; color: #7d4e00; border-color: #eac54f; }
            .status.fail { background: #ffebe9; color: #a40e26; border-color: #ffcecb; }
            .attention { margin: 10px 2px 0; }
            .attention a { color: var(--accent); font-weight: 600; text-decoration: none; }
            .attention a:hover { text-decoration: underline; }
            .attention a.disagree { color: var(--bad); }
            dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 6px 18px;
              margin: 16px 0; padding: 14px 18px; background: #fff; border: 1px solid var(--border); border-radius: 8px; }
            dl.meta dt { color: var(--muted); }
            dl.meta dd { margin: 0; }
            dd.backends { grid-column: span 3; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
            .chip { display: inline-block; padding: 1px 9px; border-radius: 12px; background: var(--panel);
              border: 1px solid var(--border); font-size: 12.5px; }
            .cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; }
            .card { background: #fff; border: 1px solid var(--border); border-left: 4px solid var(--border);
              border-radius: 8px; padding: 10px 14px; }
            .card .label { font-size: 11.5px; letter-spacing: .06em; color: var(--muted); font-weight: 600; }
            .card .n { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
            .card .share { font-size: 12px; color: var(--muted); }
            .card.v-AGREE { border-left-color: var(--ok); }
            .card.v-NON_FINITE { border-left-color: #8250df; }
            .card.v-KINK { border-left-color: var(--info); }
            .card.v-INCONCLUSIVE { border-left-color: #d4a72c; }
            .card.v-DISAGREE { border-left-color: var(--bad); }
            .card.v-DISAGREE:not(.none) .n { color: var(--bad); }
            .card.v-INCONCLUSIVE:not(.none) .n { color: var(--warn); }
            .card.none .n { color: #8c959f; }
            section { background: #fff; border: 1px solid var(--border); border-radius: 8px; padding: 16px 20px;
              margin-top: 18px; }
            section > p.muted { margin: 0 0 8px; }
            svg.chart { display: block; max-width: 100%; height: auto; font-size: 11px; }
            svg.chart .grid { stroke: #eaeef2; }
            svg.chart .axis { stroke: #8c959f; }
            svg.chart .tick { fill: #57606a; font-size: 10.5px; }
            svg.chart .legend { fill: var(--fg); font-size: 12px; }
            svg.chart .axis-title { fill: var(--muted); font-size: 11.5px; }
            svg.chart .empty { fill: var(--muted); font-size: 13px; }
            svg.chart rect:hover { opacity: .75; }
            .toolbar { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 8px 0 12px; }
            .toolbar input[type=search] { width: 320px; padding: 6px 10px; border: 1px solid var(--border);
              border-radius: 6px; font: inherit; }
            .toolbar input[type=search]:focus { outline: 2px solid #0969da33; border-color: var(--accent); }
            .toolbar button { font: inherit; font-size: 12.5px; padding: 4px 10px; border: 1px solid var(--border);
              border-radius: 6px; background: var(--panel); cursor: pointer; }
            .toolbar button:hover { background: #eaeef2; }
            #shown { margin-left: auto; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            #fixtures > thead th { background: var(--panel); text-align: left; font-weight: 600; padding: 8px;
              border-bottom: 1px solid var(--border); cursor: pointer; user-select: none; vertical-align: bottom;
              white-space: nowrap; font-size: 12px; }
            #fixtures > thead th:hover { background: #eaeef2; }
            #fixtures > thead th::after { content: " \\2195"; color: #afb8c1; }
            #fixtures > thead th[aria-sort=ascending]::after { content: " \\25B2"; color: var(--accent); }
            #fixtures > thead th[aria-sort=descending]::after { content: " \\25BC"; color: var(--accent); }
            #fixtures > thead th.vertical { text-align: center; padding: 8px 4px; }
            #fixtures > thead th.vertical > span { writing-mode: vertical-rl; transform: rotate(180deg);
              white-space: nowrap; display: inline-block; font-size: 11.5px; }
            #fixtures > thead th.vertical::after { display: block; margin-top: 4px; }
            #fixtures > thead th.vertical .swatch { margin: 0 0 5px 0; }
            th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
            #fixtures > tbody > tr.row > td { padding: 7px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            #fixtures > tbody > tr.row { cursor: pointer; }
            #fixtures > tbody > tr.row:hover { background: #f6f8fa; }
            #fixtures > tbody.open > tr.row { background: #ddf4ff55; }
            #fixtures > tbody > tr.detail { display: none; }
            #fixtures > tbody.open > tr.detail { display: table-row; }
            #fixtures > tbody > tr.detail > td { padding: 12px 16px 18px 28px; background: #fbfcfd;
              border-bottom: 1px solid var(--border); }
            button.toggle { all: unset; cursor: pointer; font-weight: 600; color: var(--fg); }
            button.toggle:focus-visible { outline: 2px solid var(--accent); border-radius: 3px; }
            .caret { display: inline-block; width: 14px; color: var(--muted); transition: transform .12s; }
            tbody.open .caret { transform: rotate(90deg); }
            .tags { margin: 2px 0 0 14px; }
            .tag { display: inline-block; font-size: 11px; padding: 0 7px; border-radius: 10px; background: #ddf4ff;
              color: #0550ae; margin: 2px 3px 0 0; }
            code.expr { display: inline-block; max-width: 300px; overflow: hidden; text-overflow: ellipsis;
              white-space: nowrap; vertical-align: top; font-size: 12px; color: #24292f; }
            .zero { color: #afb8c1; }
            .c-AGREE { color: var(--ok); }
            .c-NON_FINITE { color: #8250df; }
            .c-KINK { color: var(--info); }
            .c-INCONCLUSIVE { color: var(--warn); font-weight: 700; background: #fff8c5; }
            .c-DISAGREE { color: #fff; font-weight: 700; background: var(--bad); }
            td.err { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; font-size: 12px; }
            .e-ok { color: #24292f; }
            .e-warn { color: var(--warn); font-weight: 600; }
            .e-bad { color: var(--bad); font-weight: 700; }
            .odd { display: inline-block; padding: 0 7px; border-radius: 10px; background: #ffebe9; color: #a40e26;
              font-weight: 600; font-size: 12px; }
            .swatch { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 5px; }
            .detail-grid { display: grid; grid-template-columns: 620px 1fr; gap: 24px; align-items: start; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0 0 12px; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; word-break: break-word; }
            table.worst { width: auto; font-size: 12.5px; }
            table.worst th { text-align: left; color: var(--muted); font-weight: 600; padding: 4px 10px 4px 0;
              border-bottom: 1px solid var(--border); }
            table.worst td { padding: 4px 10px 4px 0; border-bottom: 1px solid var(--line); }
            table.worst th, table.worst td:not(:last-child) { white-space: nowrap; }
            table.worst td:last-child code { font-size: 11.5px; }
            pre.finding { background: #fff; border: 1px solid var(--border); border-left: 3px solid var(--bad);
              border-radius: 6px; padding: 10px 12px; margin: 0 0 8px; overflow-x: auto; font-size: 12px; line-height: 1.4; }
            footer { margin-top: 18px; color: var(--muted); font-size: 12px; text-align: center; }
            @media (max-width: 1000px) {
              .cards { grid-template-columns: repeat(2, 1fr); }
              .detail-grid { grid-template-columns: 1fr; }
              dl.meta { grid-template-columns: max-content 1fr; }
              dd.backends { grid-column: auto; }
            }
            """;

    /**
     * Sorting (click a header; numbers first descending, text first ascending), filtering (text
     * box and "only problems"), row details, and the self-test run with {@code ?selftest}.
     */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var table = document.getElementById('fixtures');
              var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
              var filter = document.getElementById('filter');
              var onlyProblems = document.getElementById('only-problems');
              var shown = document.getElementById('shown');
              var noMatch = document.getElementById('no-match');

              function bodies() { return Array.prototype.slice.call(table.tBodies); }

              function key(body, column) {
                var cell = body.rows[0].cells[column];
                var text = cell.getAttribute('data-sort');
                if (text === null) { text = cell.textContent; }
                return headers[column].getAttribute('data-type') === 'number' ? parseFloat(text) : text.toLowerCase();
              }

              function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

              function byIndex(a, b) {
                return parseInt(a.getAttribute('data-index'), 10) - parseInt(b.getAttribute('data-index'), 10);
              }

              function sortBy(column, direction) {
                var sorted = bodies().sort(function (a, b) {
                  return compare(key(a, column), key(b, column)) * direction || byIndex(a, b);
                });
                sorted.forEach(function (body) { table.appendChild(body); });
                headers.forEach(function (th, i) {
                  if (i === column) {
                    th.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
                  } else {
                    th.removeAttribute('aria-sort');
                  }
                });
              }

              function restoreOrder() {
                bodies().sort(byIndex).forEach(function (body) { table.appendChild(body); });
                headers.forEach(function (th) { th.removeAttribute('aria-sort'); });
              }

              headers.forEach(function (th, column) {
                th.addEventListener('click', function () {
                  var current = th.getAttribute('aria-sort');
                  var first = th.getAttribute('data-type') === 'number' ? -1 : 1;
                  sortBy(column, current === null ? first : current === 'ascending' ? -1 : 1);
                });
              });

              function matches(body) {
                var text = filter.value.trim().toLowerCase();
                var words = text === '' ? [] : text.split(/ +/);
                var search = body.getAttribute('data-search');
                var textOk = words.every(function (w) { return search.indexOf(w) >= 0; });
                return textOk && (!onlyProblems.checked || body.getAttribute('data-problem') === '1');
              }

              function applyFilter() {
                var visible = 0;
                bodies().forEach(function (body) {
                  body.hidden = !matches(body);
                  if (!body.hidden) { visible++; }
                });
                shown.textContent = visible + ' of ' + bodies().length + ' fixtures shown';
                noMatch.hidden = visible > 0;
                return visible;
              }

              filter.addEventListener('input', applyFilter);
              onlyProblems.addEventListener('change', applyFilter);

              function setOpen(body, open) {
                body.classList.toggle('open', open);
                body.querySelector('button.toggle').setAttribute('aria-expanded', open ? 'true' : 'false');
              }

              bodies().forEach(function (body) {
                body.rows[0].addEventListener('click', function () { setOpen(body, !body.classList.contains('open')); });
              });
              document.getElementById('expand-all').addEventListener('click', function () {
                bodies().forEach(function (body) { if (!body.hidden) { setOpen(body, true); } });
              });
              document.getElementById('collapse-all').addEventListener('click', function () {
                bodies().forEach(function (body) { setOpen(body, false); });
              });

              function openFromHash() {
                var id = decodeURIComponent(location.hash.slice(1));
                var target = id ? document.getElementById(id) : null;
                if (target && target.parentNode === table) {
                  setOpen(target, true);
                  target.scrollIntoView({block: 'start'});
                }
              }
              window.addEventListener('hashchange', openFromHash);

              function selfTest() {
                var failures = [];
                function check(ok, what) { if (!ok) { failures.push(what); } }
                headers.forEach(function (th, column) {
                  [1, -1].forEach(function (direction) {
                    sortBy(column, direction);
                    var keys = bodies().map(function (body) { return key(body, column); });
                    for (var i = 1; i < keys.length; i++) {
                      if (compare(keys[i - 1], keys[i]) * direction > 0) {
                        failures.push('column ' + column + ' is not sorted ' + (direction > 0 ? 'up' : 'down'));
                        break;
                      }
                    }
                  });
                });
                restoreOrder();
                var all = bodies();
                check(all.every(function (body, i) { return parseInt(body.getAttribute('data-index'), 10) === i; }),
                    'the catalog order is not restored');
                if (all.length > 0) {
                  var name = all[0].getAttribute('data-name');
                  filter.value = name;
                  applyFilter();
                  check(!all[0].hidden, 'filtering by its name hides ' + name);
                  check(all.every(function (body) { return body.hidden || body.getAttribute('data-search').indexOf(name.toLowerCase()) >= 0; }),
                      'filtering by ' + name + ' shows a fixture without that text');
                  filter.value = 'no fixture has this text \\u2603';
                  check(applyFilter() === 0 && !noMatch.hidden, 'a filter matching nothing shows fixtures');
                  filter.value = '';
                  onlyProblems.checked = true;
                  var problems = all.filter(function (body) { return body.getAttribute('data-problem') === '1'; }).length;
                  check(applyFilter() === problems, 'only problems shows the wrong number of fixtures');
                  onlyProblems.checked = false;
                  check(applyFilter() === all.length, 'clearing the filters does not show every fixture');
                  all[0].rows[0].click();
                  check(all[0].classList.contains('open') && getComputedStyle(all[0].rows[1]).display !== 'none',
                      'a row click does not open the details');
                  all[0].rows[0].click();
                  check(!all[0].classList.contains('open'), 'a second click does not close the details');
                }
                document.body.setAttribute('data-selftest', failures.length === 0 ? 'ok' : 'failed: ' + failures.join('; '));
              }

              applyFilter();
              openFromHash();
              if (/[?&]selftest/.test(location.search)) { selfTest(); }
              document.body.setAttribute('data-rendered', 'ok');
            })();
            """;
}
