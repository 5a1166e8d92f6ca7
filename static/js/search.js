// Progressive enhancement of the search page: filters apply at once, without a full reload.
// Without JavaScript the form's own button does the same with a page load.
(function () {
    "use strict";
    var form = document.getElementById("search-form");
    if (!form || !window.fetch || !window.DOMParser || !window.history.pushState) {
        return;
    }
    form.classList.add("is-enhanced");

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

    function swap(html, focusId) {
        var next = new DOMParser().parseFromString(html, "text/html");
        ["#results", ".facets"].forEach(function (selector) {
            var current = form.querySelector(selector);
            var fresh = next.querySelector(selector);
            if (current && fresh) {
                current.innerHTML = fresh.innerHTML;
            }
        });
        document.title = next.title;
        var target = focusId && document.getElementById(focusId);
        (target || form.querySelector(".result-count")).focus();
    }

    function load(url, focusId, push) {
        form.setAttribute("aria-busy", "true");
        return fetch(url, { headers: { "X-Requested-With": "fetch" } })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                if (push) {
                    window.history.pushState({}, "", url);
                }
                swap(html, focusId);
            })
            .catch(function () { window.location.assign(url); })
            .finally(function () { form.removeAttribute("aria-busy"); });
    }

    form.addEventListener("change", function (event) {
        if (event.target.type === "checkbox") {
            load(form.action + queryString(), event.target.id, true);
        }
    });
    form.addEventListener("click", function (event) {
        var link = event.target.closest("a.chip, .sort a, .pagination a, .suggestion a");
        if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
            event.preventDefault();
            load(link.href, null, true);
        }
    });
    window.addEventListener("popstate", function () {
        load(window.location.href, null, false);
    });
})();
