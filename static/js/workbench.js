// The adviser's workbench on the search page, and the search page's keyboard shortcuts.
// Without JavaScript every form here still works, with a page load; this script only sends
// the same forms with fetch, puts the panel's answer in place and keeps the focus where it was.
(function () {
    "use strict";
    if (!window.fetch || !window.FormData || !window.DOMParser) {
        return;
    }
    var panel = document.getElementById("helpdesk-panel");
    var live = document.getElementById("helpdesk-live");

    function here() {
        return window.location.pathname + window.location.search;
    }

    function updateToggles(inBundle) {
        document.querySelectorAll(".helpdesk-toggle").forEach(function (button) {
            var isIn = inBundle.indexOf(button.dataset.url) !== -1;
            button.classList.toggle("is-in-bundle", isIn);
            button.formAction = isIn ? button.dataset.removeAction : button.dataset.addAction;
            button.querySelector(".helpdesk-toggle__label").textContent =
                isIn ? button.dataset.removeLabel : button.dataset.addLabel;
        });
    }

    // After the panel is replaced, the focus goes to the same control, or the nearest one
    // that still makes sense (an item moved to the top has no "up" button any more).
    function refocus(key, itemId) {
        if (!key) {
            return;
        }
        var candidates = [key];
        if (itemId) {
            candidates.push("up-" + itemId, "down-" + itemId);
        }
        for (var i = 0; i < candidates.length; i += 1) {
            var target = panel.querySelector('[data-focus="' + candidates[i] + '"]');
            if (target && !target.disabled) {
                target.focus();
                return;
            }
        }
        panel.focus();
    }

    function announce(message, ok) {
        live.classList.toggle("is-error", !ok);
        live.textContent = "";
        window.setTimeout(function () { live.textContent = message; }, 50);
    }

    function send(form, submitter) {
        var data = new FormData(form, submitter);
        if (form.id !== "helpdesk-add") {
            data.set("next", here());
        }
        // Not form.action: a button named "action" shadows that property.
        var url = (submitter && submitter.getAttribute("formaction")) || form.getAttribute("action");
        var inPanel = panel.contains(submitter || form);
        var key = inPanel && submitter ? submitter.dataset.focus : null;
        var item = form.closest("[data-item]");
        panel.setAttribute("aria-busy", "true");
        return fetch(url, {
            method: "POST",
            body: data,
            headers: { "X-Requested-With": "fetch" },
            credentials: "same-origin",
        })
            .then(function (response) {
                var type = response.headers.get("Content-Type") || "";
                if (type.indexOf("application/json") === -1) {
                    throw new Error("no panel in the answer: " + response.status);
                }
                return response.json();
            })
            .then(function (answer) {
                var fresh = new DOMParser().parseFromString(answer.panel, "text/html");
                var content = fresh.querySelector(".helpdesk-panel__content");
                var current = panel.querySelector(".helpdesk-panel__content");
                // What was typed meanwhile in other fields is not the server's to overwrite.
                var typed = {};
                current.querySelectorAll("input[id], textarea[id]").forEach(function (field) {
                    if (field.form !== form && field.value !== field.defaultValue) {
                        typed[field.id] = field.value;
                    }
                });
                var active = document.activeElement;
                var movedOn = active && active.id && current.contains(active) && active.form !== form
                    ? active.id : null;
                if (content) {
                    current.innerHTML = content.innerHTML;
                }
                Object.keys(typed).forEach(function (id) {
                    var field = document.getElementById(id);
                    if (field) {
                        field.value = typed[id];
                    }
                });
                updateToggles(answer.in_bundle || []);
                finderLink();
                announce(answer.message, answer.ok);
                if (movedOn && document.getElementById(movedOn)) {
                    document.getElementById(movedOn).focus();
                } else if (!active || active === document.body || active === submitter || !document.contains(active)) {
                    refocus(key, item && item.dataset.item);
                }
            })
            .catch(function (error) {
                window.console.error("workbench:", error);
                // Let the browser send the form itself, as without JavaScript.
                form.dataset.plain = "true";
                form.requestSubmit(submitter);
            })
            .finally(function () { panel.removeAttribute("aria-busy"); });
    }

    // The finder link carries the search as it is now, also after filters changed in place.
    function finderLink() {
        var link = panel && panel.querySelector("[data-finder-from-search]");
        if (link) {
            var search = window.location.search.replace(/^\?/, "");
            link.href = link.dataset.finderFromSearch + (search ? "&" + search : "");
        }
    }
    document.addEventListener("search:updated", finderLink);
    window.addEventListener("popstate", finderLink);

    if (panel) {
        document.addEventListener("submit", function (event) {
            var form = event.target;
            if (form.dataset.plain) {
                return;
            }
            if (form.id === "helpdesk-add" || (form.matches("[data-workbench]") && panel.contains(form))) {
                event.preventDefault();
                send(form, event.submitter);
            }
        });
    }

    // --- Keyboard shortcuts ------------------------------------------------------------------
    var dialog = document.getElementById("shortcuts");
    var opener = document.getElementById("shortcuts-open");
    if (opener && dialog && dialog.showModal) {
        opener.hidden = false;
        opener.addEventListener("click", function () { dialog.showModal(); });
        dialog.querySelector("[data-close]").addEventListener("click", function () { dialog.close(); });
    }

    // WCAG 2.1.4: one-key shortcuts can be turned off (remembered in this browser).
    var toggle = document.getElementById("shortcuts-on");
    function shortcutsOn() {
        try {
            return window.localStorage.getItem("shortcuts") !== "off";
        } catch (error) {
            return true;
        }
    }
    if (toggle) {
        toggle.checked = shortcutsOn();
        toggle.addEventListener("change", function () {
            try {
                window.localStorage.setItem("shortcuts", toggle.checked ? "on" : "off");
            } catch (error) {
                toggle.checked = true;
            }
        });
    }

    function typing(element) {
        return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || !shortcutsOn()) {
            return;
        }
        if (dialog && dialog.open) {
            return;  // the dialog's own Esc closes it
        }
        if (event.key === "/") {
            var box = document.getElementById("search-query");
            if (box) {
                event.preventDefault();
                box.focus();
                box.select();
            }
        } else if (event.key === "?" && dialog && dialog.showModal) {
            event.preventDefault();
            dialog.showModal();
        } else if (event.key === "a" && panel) {
            var hit = event.target.closest && event.target.closest(".result");
            var toggle = hit && hit.querySelector(".helpdesk-toggle");
            if (toggle) {
                event.preventDefault();
                toggle.click();
            }
        } else if (event.key === "p" && panel) {
            event.preventDefault();
            panel.scrollIntoView({ block: "nearest" });
            panel.focus();
        }
    });
})();
