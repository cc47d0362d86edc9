// Sends the CSRF token with htmx requests. Everything else works without JavaScript.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// A unit typed with suggestions (fragments/forms :: unit): htmx fetches the options as one types; here the choice
// (click, or arrows then Enter), Escape, and the id sent with the form. Typing again clears the id: the name
// typed is then resolved when the form is sent, as without JavaScript.
(function () {
  function pickerOf(element) {
    return element && element.closest ? element.closest('.dv-unit-picker') : null;
  }
  function textOf(picker) {
    return picker.querySelector('.dv-unit-text');
  }
  function optionsOf(picker) {
    return Array.prototype.slice.call(picker.querySelectorAll('.dv-unit-option'));
  }
  function close(picker) {
    var list = picker.querySelector('.dv-unit-options');
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    textOf(picker).setAttribute('aria-expanded', 'false');
    textOf(picker).removeAttribute('aria-activedescendant');
  }
  function choose(picker, option) {
    var text = textOf(picker);
    if (window.htmx) {
      window.htmx.trigger(text, 'htmx:abort');
    }
    var id = option.getAttribute('data-unit-id');
    var name = option.getAttribute('data-unit-name');
    var chosen = picker.querySelector('.dv-unit-chosen');
    if (chosen) {
      add(chosen, text.name.replace(/-text$/, ''), id, name);
      text.value = '';
    } else {
      picker.querySelector('.dv-unit-id').value = id;
      text.value = name;
    }
    close(picker);
    text.focus();
  }
  // one of several units: its box, ticked, beside those chosen already
  function add(chosen, field, id, name) {
    var box = Array.prototype.slice.call(chosen.querySelectorAll('input[type=checkbox]'))
        .find(function (b) { return b.value === id; });
    if (!box) {
      var item = document.createElement('li');
      item.className = chosen.querySelector('li') ? chosen.querySelector('li').className : 'col-md-4';
      var check = document.createElement('div');
      check.className = 'form-check';
      box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'form-check-input';
      box.name = field;
      box.value = id;
      box.id = chosen.id.replace(/-chosen$/, '') + '-' + id;
      var label = document.createElement('label');
      label.className = 'form-check-label';
      label.htmlFor = box.id;
      label.textContent = name;
      check.appendChild(box);
      check.appendChild(label);
      item.appendChild(check);
      chosen.appendChild(item);
    }
    box.checked = true;
  }
  function activate(picker, index) {
    var options = optionsOf(picker);
    options.forEach(function (option, i) {
      option.classList.toggle('active', i === index);
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (options[index]) {
      textOf(picker).setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({block: 'nearest'});
    }
  }

  document.addEventListener('input', function (event) {
    var picker = event.target.classList && event.target.classList.contains('dv-unit-text') ? pickerOf(event.target) : null;
    var id = picker ? picker.querySelector('.dv-unit-id') : null;
    if (id) {
      id.value = '';
    }
  });

  document.addEventListener('keydown', function (event) {
    var picker = event.target.classList && event.target.classList.contains('dv-unit-text') ? pickerOf(event.target) : null;
    if (!picker) {
      return;
    }
    var options = optionsOf(picker);
    var current = options.findIndex(function (option) { return option.classList.contains('active'); });
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length) {
      event.preventDefault();
      var step = event.key === 'ArrowDown' ? 1 : -1;
      activate(picker, current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      choose(picker, options[current]);
    } else if (event.key === 'Escape' && picker.querySelector('.dv-unit-options li')) {
      event.preventDefault();
      close(picker);
    }
  });

  document.addEventListener('click', function (event) {
    var option = event.target.closest ? event.target.closest('.dv-unit-option') : null;
    if (option && pickerOf(option)) {
      choose(pickerOf(option), option);
      return;
    }
    document.querySelectorAll('.dv-unit-picker').forEach(function (picker) {
      if (!picker.contains(event.target)) {
        close(picker);
      }
    });
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var picker = event.target.classList && event.target.classList.contains('dv-unit-options') ? pickerOf(event.target) : null;
    if (!picker) {
      return;
    }
    var list = event.target;
    if (!list.querySelector('li')) {
      close(picker);
      return;
    }
    optionsOf(picker).forEach(function (option, i) {
      option.id = list.id + '-' + i;
    });
    textOf(picker).setAttribute('aria-expanded', 'true');
    textOf(picker).removeAttribute('aria-activedescendant');
  });
})();
