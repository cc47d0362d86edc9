// Asks before an action that cannot be undone (publish, refuse, conclude ...): a form, or its submit button,
// carries data-confirm="what will happen" (a message of the bundle naming the record); sending it opens the
// layout's <dialog id="dv-confirm"> with that text, focus on Cancel. Only Confirm sends the form; Cancel, Escape
// or closing the dialog leave the page as it was. data-confirm-when="#box" asks only when that box has just been ticked.
// Without JavaScript the form is sent as before.
(function () {
  var dialog = document.getElementById('dv-confirm');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var pending = null; // {form, submitter}

  function messageOf(form, submitter) {
    var source = submitter && submitter.hasAttribute('data-confirm') ? submitter
        : (form.hasAttribute('data-confirm') ? form : null);
    if (!source) {
      return null;
    }
    var when = source.getAttribute('data-confirm-when');
    if (when) {
      var box = form.querySelector(when);
      // asked when the box is ticked now and was not when the page came (already published: no question)
      if (!box || !box.checked || box.defaultChecked) {
        return null;
      }
    }
    return source.getAttribute('data-confirm');
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dvConfirmed) {
      form.dvConfirmed = false;
      return;
    }
    var message = messageOf(form, event.submitter);
    if (!message) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    pending = {form: form, submitter: event.submitter || null};
    document.getElementById('dv-confirm-message').textContent = message;
    dialog.showModal();
    document.getElementById('dv-confirm-cancel').focus();
  }, true);

  function finish(confirmed) {
    var action = pending;
    pending = null;
    if (dialog.open) {
      dialog.close();
    }
    if (!action) {
      return;
    }
    if (confirmed) {
      action.form.dvConfirmed = true;
      if (typeof action.form.requestSubmit === 'function') {
        action.form.requestSubmit(action.submitter);
      } else {
        action.form.submit();
      }
    } else if (action.submitter) {
      action.submitter.focus();
    }
  }

  document.getElementById('dv-confirm-ok').addEventListener('click', function () {
    finish(true);
  });
  document.getElementById('dv-confirm-cancel').addEventListener('click', function () {
    finish(false);
  });
  // Escape (the dialog's own cancel) and any other close count as Cancel
  dialog.addEventListener('close', function () {
    finish(false);
  });
})();
