/* The household form with JavaScript: "remove member" takes the fieldset out in place (without JavaScript the
   button submits the form, which comes back without that member), members are numbered again after a removal
   or an addition, and a member added by htmx gets the keyboard focus. Nothing is stored in the browser. */
(function () {
  'use strict';

  function memberList() {
    return document.getElementById('member-list');
  }

  function renumber() {
    var list = memberList();
    if (!list) {
      return;
    }
    var legend = list.dataset.memberLabel;
    var remove = list.dataset.removeLabel;
    list.querySelectorAll(':scope > fieldset.member').forEach(function (fieldset, i) {
      var number = String(i + 1);
      var title = fieldset.querySelector(':scope > legend');
      if (title && legend) {
        title.textContent = legend.replace('{0}', number);
      }
      var button = fieldset.querySelector('button.remove-member');
      if (button && remove) {
        button.textContent = remove.replace('{0}', number);
      }
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button.remove-member');
    var fieldset = button && button.closest('fieldset.member');
    if (!fieldset || !memberList() || !memberList().contains(fieldset)) {
      return;
    }
    event.preventDefault();
    fieldset.remove();
    renumber();
    var add = document.querySelector('button.add-member');
    if (add) {
      add.focus();
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target !== memberList()) {
      return;
    }
    renumber();
    var members = memberList().querySelectorAll(':scope > fieldset.member');
    var added = members[members.length - 1];
    var first = added && added.querySelector('select, input:not([type=hidden])');
    if (first) {
      first.focus();
    }
  });
})();
