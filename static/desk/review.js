// Iqtibas review desk: keyboard shortcuts, text selection to offsets, focus after an action.
// A static file because the Content-Security-Policy forbids inline script and eval.
// Keys are matched on KeyboardEvent.code (the physical key), so they work under an Arabic layout.
(function () {
  "use strict";

  var KEYS = {
    KeyJ: "next", ArrowDown: "next", KeyK: "prev", ArrowUp: "prev",
    KeyA: "accept", KeyR: "reject", KeyE: "edit", KeyS: "speaker", KeyT: "type",
    KeyU: "undo", KeyH: "history", KeyN: "add"
  };

  function cards() {
    return Array.prototype.slice.call(document.querySelectorAll(".quote-item"));
  }

  function announce(text) {
    var region = document.getElementById("announcer");
    if (region) { region.textContent = ""; region.textContent = text; }
  }

  function currentCard() {
    var active = document.activeElement;
    var card = active && active.closest ? active.closest(".quote-item") : null;
    return card || document.querySelector(".quote-item.is-current");
  }

  function marksOf(card) {
    return document.querySelectorAll('#article-text [data-quote="' + card.dataset.quote + '"]');
  }

  function focusCard(card, options) {
    if (!card) { return; }
    document.querySelectorAll(".is-current").forEach(function (el) { el.classList.remove("is-current"); });
    card.classList.add("is-current");
    marksOf(card).forEach(function (mark) { mark.classList.add("is-current"); });
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
    var marks = marksOf(card);
    if (marks.length && !(options && options.keepText)) { marks[0].scrollIntoView({ block: "nearest" }); }
  }

  function nextToReview(card) {
    var list = cards();
    var index = list.indexOf(card);
    var rest = list.slice(index + 1).concat(list.slice(0, Math.max(index, 0)));
    return rest.find(function (c) { return c.classList.contains("status-machine"); }) || list[index + 1] || null;
  }

  function move(step) {
    var list = cards();
    if (!list.length) { return; }
    var index = list.indexOf(currentCard());
    var target = index < 0 ? list[0] : list[index + step];
    if (target) { focusCard(target); }
  }

  // A card in a list is light: its panels (reject, edit, speaker, type, history) come with the
  // full card, loaded by the panel's link when first opened. `then` runs on the full card.
  var pending = {};

  function withPanel(card, name, then) {
    if (card.querySelector('details[data-panel="' + name + '"]')) { then(card); return; }
    var link = card.querySelector('a[data-panel-link="' + name + '"]');
    if (!link) { return; }
    pending[card.dataset.quote] = then;
    link.click();
  }

  function openPanel(card, name) {
    withPanel(card, name, function (full) { showPanel(full, name); });
  }

  function showPanel(card, name) {
    var panel = card.querySelector('details[data-panel="' + name + '"]');
    if (!panel) { return null; }
    card.querySelectorAll("details[open]").forEach(function (d) { if (d !== panel) { d.open = false; } });
    panel.open = true;
    var field = panel.querySelector('input:not([type="hidden"]), select, button[aria-pressed="true"], button');
    if (field) { field.focus(); }
    return panel;
  }

  function submit(card, action) {
    var form = card.querySelector('form[data-action="' + action + '"]');
    if (form) { form.requestSubmit(); return true; }
    return false;
  }

  // The offset in Article.text of a DOM position inside an element carrying data-start.
  function offsetOf(node, offset) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var segment = element && element.closest("[data-start]");
    if (!segment) { return null; }
    var range = document.createRange();
    range.setStart(segment, 0);
    range.setEnd(node, offset);
    return parseInt(segment.dataset.start, 10) + range.toString().length;
  }

  function selectedSpan() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) { return null; }
    var range = selection.getRangeAt(0);
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { return null; }
    return { start: start, end: end, text: selection.toString() };
  }

  function editFromSelection(card) {
    var span = selectedSpan();
    withPanel(card, "edit", function (full) {
      var panel = showPanel(full, "edit");
      if (!panel) { return; }
      if (!span) {
        announce(panel.querySelector(".hint").textContent);
        return;
      }
      panel.querySelector('input[name="start"]').value = span.start;
      panel.querySelector('input[name="end"]').value = span.end;
      window.getSelection().removeAllRanges();
      submit(full, "edit");
    });
  }

  function addFromSelection() {
    var form = document.getElementById("add-quote-form");
    if (!form) { return; }
    var tool = form.closest("details");
    if (tool) { tool.open = true; }
    var span = selectedSpan();
    if (span) {
      form.querySelector('input[name="start"]').value = span.start;
      form.querySelector('input[name="end"]').value = span.end;
      document.getElementById("add-preview").textContent = span.text;
    }
    form.scrollIntoView({ block: "nearest" });
    var name = form.querySelector('input[name="speaker_name"]');
    if (name) { name.focus(); }
  }

  function toggleShortcuts() {
    var sheet = document.getElementById("shortcuts");
    if (!sheet) { return; }
    sheet.open = !sheet.open;
    if (sheet.open) { sheet.querySelector("summary").focus(); sheet.scrollIntoView({ block: "nearest" }); }
  }

  function isTyping(target) {
    return target && target.closest && target.closest('input:not([type="checkbox"]), textarea, select, [contenteditable="true"]');
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) { return; }
    if (event.code === "Escape") {
      var open = currentCard();
      if (open) {
        open.querySelectorAll("details[open]").forEach(function (d) { d.open = false; });
        focusCard(open, { keepText: true });
      }
      return;
    }
    if (isTyping(event.target)) { return; }
    if ((event.code === "Slash" && event.shiftKey) || event.key === "?" || event.key === "؟") {
      event.preventDefault();
      toggleShortcuts();
      return;
    }
    if (event.shiftKey) { return; }
    var action = KEYS[event.code];
    if (!action) { return; }
    if (action === "next" || action === "prev") {
      event.preventDefault();
      move(action === "next" ? 1 : -1);
      return;
    }
    if (action === "add") { event.preventDefault(); addFromSelection(); return; }
    var card = currentCard();
    if (!card) {
      if (cards().length) { event.preventDefault(); focusCard(cards()[0]); }
      return;
    }
    event.preventDefault();
    // htmx wires a swapped-in card's links and forms only when it settles (~20 ms), yet it
    // restores the focus at once: a quick key must not meet a bare link and leave the page.
    if (window.htmx) { htmx.process(card); }
    switch (action) {
      case "accept": submit(card, "accept"); break;
      case "undo": submit(card, "undo"); break;
      case "edit": editFromSelection(card); break;
      case "history":
        var history = card.querySelector('details[data-panel="history"]');
        if (history) { history.open = !history.open; } else { openPanel(card, "history"); }
        break;
      default: openPanel(card, action);
    }
  });

  // Clicking a quote in the text brings its card; "Show in text" in a card brings the text.
  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("#article-text mark[data-quote]");
    if (mark && window.getSelection().isCollapsed) {
      var card = document.getElementById("quote-" + mark.dataset.quote);
      if (card) { focusCard(card, { keepText: true }); }
      return;
    }
    var jump = event.target.closest && event.target.closest("a.jump");
    if (jump) {
      var owner = jump.closest(".quote-item");
      if (owner) { event.preventDefault(); focusCard(owner); }
    }
  });

  document.addEventListener("focusin", function (event) {
    var card = event.target.closest && event.target.closest(".quote-item");
    if (card && !card.classList.contains("is-current")) {
      document.querySelectorAll(".is-current").forEach(function (el) { el.classList.remove("is-current"); });
      card.classList.add("is-current");
      marksOf(card).forEach(function (mark) { mark.classList.add("is-current"); });
    }
  });

  function afterSwap(element) {
    if (element.id === "article-body" && element.dataset.focus) {
      focusCard(document.getElementById("quote-" + element.dataset.focus));
      return;
    }
    if (!element.classList || !element.classList.contains("quote-item")) { return; }
    var then = pending[element.dataset.quote];
    delete pending[element.dataset.quote];
    if (element.dataset.open && !element.dataset.alert) {
      // A full card loaded for one of its panels.
      focusCard(element, { keepText: true });
      if (then) { then(element); } else { showPanel(element, element.dataset.open); }
    } else if (element.dataset.alert) {
      focusCard(element, { keepText: true });
      var alert = element.querySelector(".alert");
      if (alert) { announce(alert.textContent.trim()); }
    } else if (element.dataset.acted) {
      var status = element.querySelector(".badge");
      if (status) { announce(status.textContent.trim()); }
      focusCard(element.dataset.acted === "stay" ? element : (nextToReview(element) || element));
    }
  }

  if (window.htmx) {
    htmx.onLoad(afterSwap);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var target = window.location.hash.match(/^#quote-(\d+)$/);
    var card = target ? document.getElementById("quote-" + target[1]) : null;
    if (card) { focusCard(card); }
  });
})();
