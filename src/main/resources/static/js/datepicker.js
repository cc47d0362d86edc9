// The calendar beside every date field (fragments/forms :: date). The field stays a text typed as dd/MM/yyyy,
// read by the server as before; the calendar only writes a day into it, always as dd/MM/yyyy, whatever the
// browser's language (no native date input, no Intl formatting). Its words (month and weekday names, button
// labels) come from the message bundle through the #dv-datepicker-words element of the layout.
// Keyboard: arrows move by a day or a week, PageUp/PageDown by a month, Home/End to the week's ends, Enter or
// Space chooses, Escape closes; focus returns to the calendar button. Alt+ArrowDown in the field opens it.
(function () {
  var PATTERN = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;
  var open = null; // {field, button, popup, month (Date, 1st of the month shown), focused (Date)}

  function words() {
    var source = document.getElementById('dv-datepicker-words');
    var data = source ? source.dataset : {};
    function list(value, fallback) {
      return value ? value.split(',') : fallback;
    }
    return {
      months: list(data.months, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']),
      weekdays: list(data.weekdays, ['2', '3', '4', '5', '6', '7', 'CN']),
      weekdaysShort: list(data.weekdaysShort, ['2', '3', '4', '5', '6', '7', 'CN']),
      previous: data.previous || '<',
      next: data.next || '>',
      close: data.close || 'x',
      dialog: data.dialog || '',
      chosen: data.chosen || '',
      today: data.today || ''
    };
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function format(date) {
    return two(date.getDate()) + '/' + two(date.getMonth() + 1) + '/' + date.getFullYear();
  }
  function parse(text) {
    var m = PATTERN.exec(text || '');
    if (!m) {
      return null;
    }
    var date = new Date(+m[3], +m[2] - 1, +m[1]);
    return date.getDate() === +m[1] && date.getMonth() === +m[2] - 1 ? date : null;
  }
  function sameDay(a, b) {
    return a && b && a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  }
  function addDays(date, days) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  }
  function addMonths(date, months) {
    var first = new Date(date.getFullYear(), date.getMonth() + months, 1);
    var last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
    return new Date(first.getFullYear(), first.getMonth(), Math.min(date.getDate(), last));
  }
  // Monday is the first day of the week: 0 for Monday ... 6 for Sunday
  function weekday(date) {
    return (date.getDay() + 6) % 7;
  }
  function today() {
    var now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), now.getDate());
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text != null) {
      e.textContent = text;
    }
    return e;
  }

  function build(field, button) {
    var w = words();
    var id = field.id + '-calendar';
    var popup = element('div', 'dv-datepicker');
    popup.id = id;
    popup.setAttribute('role', 'dialog');
    popup.setAttribute('aria-modal', 'true');
    popup.setAttribute('aria-labelledby', id + '-title');
    var head = element('div', 'dv-datepicker-head');
    var previous = element('button', 'btn btn-sm btn-outline-secondary dv-datepicker-previous', '\u2039');
    previous.type = 'button';
    previous.setAttribute('aria-label', w.previous);
    var title = element('h2', 'dv-datepicker-title');
    title.id = id + '-title';
    title.setAttribute('aria-live', 'polite');
    var next = element('button', 'btn btn-sm btn-outline-secondary dv-datepicker-next', '\u203a');
    next.type = 'button';
    next.setAttribute('aria-label', w.next);
    head.appendChild(previous);
    head.appendChild(title);
    head.appendChild(next);
    popup.appendChild(head);
    var table = element('table', 'dv-datepicker-grid');
    table.setAttribute('aria-labelledby', title.id);
    var headRow = element('tr');
    for (var d = 0; d < 7; d++) {
      var th = element('th', null, w.weekdaysShort[d]);
      th.scope = 'col';
      th.abbr = w.weekdays[d];
      headRow.appendChild(th);
    }
    var thead = element('thead');
    thead.appendChild(headRow);
    table.appendChild(thead);
    table.appendChild(element('tbody'));
    popup.appendChild(table);
    var foot = element('div', 'dv-datepicker-foot');
    var close = element('button', 'btn btn-sm btn-outline-secondary dv-datepicker-close', w.close);
    close.type = 'button';
    foot.appendChild(close);
    popup.appendChild(foot);
    var group = button.closest('.input-group') || field;
    group.parentNode.insertBefore(popup, group.nextSibling);
    return popup;
  }

  // draws the month of state.month with state.focused as the one day reachable by Tab
  function draw(state) {
    var w = words();
    var month = state.month;
    var chosen = parse(state.field.value);
    var now = today();
    state.popup.querySelector('.dv-datepicker-title').textContent = w.months[month.getMonth()] + ' ' + month.getFullYear();
    var body = state.popup.querySelector('tbody');
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    var day = addDays(month, -weekday(month));
    do {
      var row = element('tr');
      for (var i = 0; i < 7; i++, day = addDays(day, 1)) {
        var cell = element('td');
        if (day.getMonth() === month.getMonth()) {
          var b = element('button', 'dv-datepicker-day', String(day.getDate()));
          b.type = 'button';
          b.dataset.date = format(day);
          var label = w.weekdays[weekday(day)] + ' ' + format(day);
          if (sameDay(day, now)) {
            b.classList.add('dv-datepicker-today');
            b.setAttribute('aria-current', 'date');
            label += ', ' + w.today;
          }
          if (sameDay(day, chosen)) {
            b.classList.add('dv-datepicker-chosen');
            label += ', ' + w.chosen;
          }
          b.setAttribute('aria-label', label);
          b.tabIndex = sameDay(day, state.focused) ? 0 : -1;
          cell.appendChild(b);
        }
        row.appendChild(cell);
      }
      body.appendChild(row);
    } while (day.getMonth() === month.getMonth());
  }

  function focusDay(state, date) {
    state.focused = date;
    if (date.getMonth() !== state.month.getMonth() || date.getFullYear() !== state.month.getFullYear()) {
      state.month = new Date(date.getFullYear(), date.getMonth(), 1);
      draw(state);
    } else {
      state.popup.querySelectorAll('.dv-datepicker-day').forEach(function (b) {
        b.tabIndex = b.dataset.date === format(date) ? 0 : -1;
      });
    }
    var target = state.popup.querySelector('.dv-datepicker-day[data-date="' + format(date) + '"]');
    if (target) {
      target.focus();
    }
  }

  function show(field, button) {
    if (open) {
      hide(false);
    }
    var start = parse(field.value) || today();
    var popup = document.getElementById(field.id + '-calendar') || build(field, button);
    popup.hidden = false;
    open = {field: field, button: button, popup: popup, month: new Date(start.getFullYear(), start.getMonth(), 1), focused: start};
    button.setAttribute('aria-expanded', 'true');
    draw(open);
    popup.classList.remove('dv-datepicker-end');
    if (popup.getBoundingClientRect().right > document.documentElement.clientWidth) {
      popup.classList.add('dv-datepicker-end');
    }
    focusDay(open, start);
  }

  function hide(returnFocus) {
    if (!open) {
      return;
    }
    var state = open;
    open = null;
    state.popup.hidden = true;
    state.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) {
      state.button.focus();
    }
  }

  function choose(state, text) {
    state.field.value = text;
    state.field.dispatchEvent(new Event('input', {bubbles: true}));
    state.field.dispatchEvent(new Event('change', {bubbles: true}));
    hide(true);
  }

  function month(state, step) {
    state.month = new Date(state.month.getFullYear(), state.month.getMonth() + step, 1);
    state.focused = addMonths(state.focused, step);
    draw(state);
  }

  // a button drawn hidden, so that a page without JavaScript shows no button that does nothing
  function reveal(root) {
    (root.querySelectorAll ? root : document).querySelectorAll('.dv-date-button[hidden]').forEach(function (b) {
      b.hidden = false;
    });
  }
  reveal(document);
  document.addEventListener('htmx:load', function (event) {
    reveal(event.detail && event.detail.elt ? event.detail.elt : document);
  });

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : null;
    if (!target) {
      return;
    }
    var button = target.closest('.dv-date-button');
    if (button) {
      var field = document.getElementById(button.getAttribute('aria-controls').replace(/-calendar$/, ''));
      if (open && open.button === button) {
        hide(true);
      } else if (field) {
        show(field, button);
      }
      return;
    }
    if (!open) {
      return;
    }
    if (!open.popup.contains(target)) {
      hide(false);
    } else if (target.closest('.dv-datepicker-day')) {
      choose(open, target.closest('.dv-datepicker-day').dataset.date);
    } else if (target.closest('.dv-datepicker-previous')) {
      month(open, -1);
    } else if (target.closest('.dv-datepicker-next')) {
      month(open, 1);
    } else if (target.closest('.dv-datepicker-close')) {
      hide(true);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.altKey && event.key === 'ArrowDown' && event.target.classList && event.target.classList.contains('dv-date-input')) {
      var button = event.target.parentNode.querySelector('.dv-date-button');
      if (button && !button.hidden) {
        event.preventDefault();
        show(event.target, button);
      }
      return;
    }
    if (!open || !open.popup.contains(event.target)) {
      return;
    }
    var state = open;
    if (event.key === 'Escape') {
      event.preventDefault();
      hide(true);
      return;
    }
    if (event.key === 'Tab') {
      // a modal calendar: Tab goes round its own buttons
      var stops = Array.prototype.filter.call(state.popup.querySelectorAll('button'), function (b) {
        return b.tabIndex >= 0;
      });
      var at = stops.indexOf(event.target);
      if (event.shiftKey && at <= 0) {
        event.preventDefault();
        stops[stops.length - 1].focus();
      } else if (!event.shiftKey && at === stops.length - 1) {
        event.preventDefault();
        stops[0].focus();
      }
      return;
    }
    if (!event.target.classList.contains('dv-datepicker-day')) {
      return;
    }
    var moves = {
      ArrowLeft: function (d) { return addDays(d, -1); },
      ArrowRight: function (d) { return addDays(d, 1); },
      ArrowUp: function (d) { return addDays(d, -7); },
      ArrowDown: function (d) { return addDays(d, 7); },
      Home: function (d) { return addDays(d, -weekday(d)); },
      End: function (d) { return addDays(d, 6 - weekday(d)); },
      PageUp: function (d) { return addMonths(d, -1); },
      PageDown: function (d) { return addMonths(d, 1); }
    };
    if (moves[event.key]) {
      event.preventDefault();
      focusDay(state, moves[event.key](state.focused));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(state, event.target.dataset.date);
    }
  });
})();
