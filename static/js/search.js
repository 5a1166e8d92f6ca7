// Progressive enhancement of the search page: the query and the filters apply at once,
// without a full reload. Without JavaScript the form's own buttons do the same with a page load.
(function () {
    "use strict";
    var form = document.getElementById("search-form");
    if (!form || !window.fetch || !window.DOMParser || !window.history.pushState) {
        return;
    }
    form.classList.add("is-enhanced");
    // Beside the adviser's panel the filters stay folded up to 1024 px (see site.css).
    var wide = window.matchMedia(
        document.getElementById("helpdesk-panel") ? "(min-width: 64em)" : "(min-width: 40em)"
    );

    function filters() {
        return form.querySelector(".facets");
    }

    // Browsers without ::details-content keep a closed <details> shut on a wide screen.
    if (wide.matches && filters()) {
        filters().open = true;
    }

    function queryString() {
        var params = new URLSearchParams(new FormData(form));
        var clean = new URLSearchParams();
        params.forEach(function (value, key) {
            if (value !== "" && !(key === "sortering" && value === "relevantie")) {
                clean.append(key, value);
            }
        });
        var text = clean.toString();
        return text ? "?" + text : "?";
    }

    // Facet values keep the order the page had when the query was given: a tick elsewhere
    // changes the counts, not the place of a value under the pointer. A value that no longer
    // counts stays where it was, at (0).
    function keepOrder(current, fresh) {
        fresh.querySelectorAll(".facet[data-facet]").forEach(function (facet) {
            var before = current.querySelector('.facet[data-facet="' + facet.dataset.facet + '"]');
            var list = facet.querySelector("ul");
            if (!before || !list) {
                return;
            }
            facet.open = before.open || facet.open;
            var items = {};
            list.querySelectorAll("li").forEach(function (item) {
                items[item.querySelector("input").id] = item;
            });
            var ordered = [];
            before.querySelectorAll("li").forEach(function (item) {
                var id = item.querySelector("input").id;
                if (items[id]) {
                    ordered.push(items[id]);
                    delete items[id];
                } else {
                    var kept = item.cloneNode(true);
                    kept.querySelector("input").checked = false;
                    kept.querySelector(".count").textContent = "(0)";
                    ordered.push(kept);
                }
            });
            Object.keys(items).forEach(function (id) { ordered.push(items[id]); });
            ordered.forEach(function (item) { list.appendChild(item); });
        });
    }

    function showLabel() {
        var button = form.querySelector(".facets__apply");
        if (!button) {
            return;
        }
        var total = parseInt(button.dataset.total, 10);
        button.textContent = total === 1 ? button.dataset.one : button.dataset.many.replace("{count}", total);
    }
    showLabel();

    function swap(html, focusId, freshOrder) {
        var next = new DOMParser().parseFromString(html, "text/html");
        var results = form.querySelector("#results");
        var freshResults = next.querySelector("#results");
        if (results && freshResults) {
            results.innerHTML = freshResults.innerHTML;
        }
        var current = filters();
        var fresh = next.querySelector(".facets");
        if (current && fresh) {
            if (!freshOrder) {
                keepOrder(current, fresh);
            }
            current.innerHTML = fresh.innerHTML;
        }
        document.title = next.title;
        showLabel();
        form.dispatchEvent(new CustomEvent("search:updated", { bubbles: true }));
        var target = focusId && document.getElementById(focusId);
        (target || form.querySelector(".result-count")).focus();
    }

    function load(url, focusId, push, freshOrder) {
        form.setAttribute("aria-busy", "true");
        return fetch(url, { headers: { "X-Requested-With": "fetch" } })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                if (push) {
                    window.history.pushState({}, "", url);
                }
                swap(html, focusId, freshOrder);
            })
            .catch(function () { window.location.assign(url); })
            .finally(function () { form.removeAttribute("aria-busy"); });
    }

    function closeFilters(focusResults) {
        var panel = filters();
        if (panel && panel.open && !wide.matches) {
            panel.open = false;
            if (focusResults) {
                form.querySelector(".result-count").focus();
            } else {
                panel.querySelector("summary").focus();
            }
        }
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        if (event.submitter && event.submitter.classList.contains("facets__apply")) {
            closeFilters(true);
            return;
        }
        // A new query: its facet values come in the order of their new counts.
        load(form.action + queryString(), null, true, true);
    });
    form.addEventListener("change", function (event) {
        if (event.target.type === "checkbox") {
            load(form.action + queryString(), event.target.id, true);
        }
    });
    form.addEventListener("click", function (event) {
        var link = event.target.closest("a.chip, .sort a, .pagination a, .suggestion a");
        if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
            event.preventDefault();
            load(link.href, null, true, link.matches(".suggestion a"));
        }
    });
    form.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            closeFilters(false);
        }
    });
    window.addEventListener("popstate", function () {
        load(window.location.href, null, false);
    });
})();
