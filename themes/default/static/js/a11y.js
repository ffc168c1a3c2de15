/*
  «Версия для слабовидящих». Loaded synchronously in <head>: the saved settings are put on <html>
  (data-a11y-* attributes, read by the CSS) before the page is painted, so nothing flashes.
  Then, when the page is parsed, the panel's buttons are wired. Settings live in localStorage
  under "mentoring.a11y" and apply to every page of the section and on later visits.
  Without JavaScript the control is hidden (CSS) and the site stays fully readable.
*/
(function () {
  'use strict';
  var KEY = 'mentoring.a11y';
  var root = document.documentElement;
  // The panel: [setting, group name, [[value, label], …]]; the first value is the default.
  var GROUPS = [
    ['size', 'Размер шрифта', [['100', '100 %'], ['150', '150 %'], ['200', '200 %']]],
    ['font', 'Шрифт', [['sans', 'Без засечек'], ['serif', 'С засечками']]],
    ['scheme', 'Цвета сайта', [['default', 'Обычные'], ['bw', 'Чёрным по белому'], ['wb', 'Белым по чёрному'],
      ['blue', 'Тёмно-синим по голубому'], ['beige', 'Коричневым по бежевому'], ['green', 'Зелёным по тёмно-коричневому']]],
    ['images', 'Изображения', [['on', 'Показывать'], ['off', 'Скрыть'], ['gray', 'Чёрно-белые']]],
    ['spacing', 'Расстояние между буквами', [['1', 'Обычное'], ['2', 'Увеличенное'], ['3', 'Большое']]],
    ['leading', 'Расстояние между строками', [['1', 'Обычное'], ['2', 'Увеличенное'], ['3', 'Большое']]]
  ];
  var OPTIONS = {};
  var state = {};
  for (var g = 0; g < GROUPS.length; g++) {
    OPTIONS[GROUPS[g][0]] = GROUPS[g][2].map(function (option) { return option[0]; });
  }

  root.setAttribute('data-js', '');

  function read() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(KEY) || '{}');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function write() {
    try {
      if (root.hasAttribute('data-a11y')) {
        window.localStorage.setItem(KEY, JSON.stringify(state));
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) { /* private mode or storage off: settings last for this page only */ }
  }

  // The first value of each option is the default; a default is shown by the absence of the attribute.
  function apply(settings) {
    var changed = false;
    for (var name in OPTIONS) {
      var allowed = OPTIONS[name];
      var value = allowed.indexOf(settings[name]) >= 0 ? settings[name] : allowed[0];
      state[name] = value;
      if (value === allowed[0]) {
        root.removeAttribute('data-a11y-' + name);
      } else {
        root.setAttribute('data-a11y-' + name, value);
        changed = true;
      }
    }
    if (changed) {
      root.setAttribute('data-a11y', '');
    } else {
      root.removeAttribute('data-a11y');
    }
  }

  apply(read());

  function each(selector, fn) {
    var list = document.querySelectorAll(selector);
    for (var i = 0; i < list.length; i++) {
      fn(list[i]);
    }
  }

  function sync() {
    each('[data-a11y-set]', function (button) {
      var on = state[button.getAttribute('data-a11y-set')] === button.getAttribute('data-a11y-value');
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    if (state.images === 'off') {
      showAltTexts();
    }
  }

  // Images off: each image's alt text is shown in its place (CSS hides the image and shows the text).
  function showAltTexts() {
    each('img', function (img) {
      var alt = img.getAttribute('alt');
      if (alt && !img.hasAttribute('data-a11y-alt')) {
        var span = document.createElement('span');
        span.className = 'img-alt';
        span.textContent = alt;
        img.setAttribute('data-a11y-alt', '');
        img.parentNode.insertBefore(span, img.nextSibling);
      }
    });
  }

  // Markdown tables: a labelled, keyboard-scrollable region, so a wide table never widens the page.
  function wrapTables() {
    each('.prose table', function (table) {
      if (table.parentNode.classList.contains('table-scroll')) {
        return;
      }
      var wrap = document.createElement('div');
      var caption = table.querySelector('caption');
      var heading = table.previousElementSibling;
      var label = caption ? caption.textContent : heading && /^(H[2-4]|P)$/.test(heading.tagName) ? heading.textContent : '';
      wrap.className = 'table-scroll';
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('aria-label', 'Таблица' + (label ? ': ' + label.trim().slice(0, 120) : ''));
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
    });
  }

  // Builds the panel's settings into its (empty) place in the page.
  function build(panel) {
    var html = '<div class="container a11y-panel__inner"><div class="a11y-panel__head">' +
      '<p class="a11y-panel__title">Версия для слабовидящих</p>' +
      '<button type="button" class="a11y-btn" data-a11y-close>Закрыть настройки</button></div>' +
      '<div class="a11y-panel__groups">';
    GROUPS.forEach(function (group) {
      html += '<fieldset class="a11y-group a11y-group--' + group[0] + '"><legend>' + group[1] + '</legend><div class="a11y-group__options">';
      group[2].forEach(function (option) {
        html += '<button type="button" class="a11y-btn a11y-btn--' + option[0] + '" data-a11y-set="' + group[0] +
          '" data-a11y-value="' + option[0] + '" aria-pressed="false">' +
          (group[0] === 'scheme' ? '<span class="a11y-swatch a11y-swatch--' + option[0] + '" aria-hidden="true">Ц</span>' : '') +
          option[1] + '</button>';
      });
      html += '</div></fieldset>';
    });
    panel.innerHTML = html + '</div><div class="a11y-panel__foot">' +
      '<button type="button" class="a11y-btn btn--primary" data-a11y-reset>Обычная версия</button></div>' +
      '<p class="a11y-panel__hint">Настройки применяются сразу и сохраняются в этом браузере для всех страниц раздела.</p></div>';
  }

  function init() {
    var toggle = document.querySelector('.a11y-toggle');
    var panel = document.getElementById('a11y-panel');
    if (panel && !panel.firstChild) {
      build(panel);
    }
    sync();
    wrapTables();
    if (!toggle || !panel) {
      return;
    }

    function setOpen(open, focusToggle) {
      panel.hidden = !open;
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open && focusToggle) {
        toggle.focus();
      }
    }

    toggle.addEventListener('click', function () {
      setOpen(panel.hidden, false);
    });
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' || event.key === 'Esc') {
        setOpen(false, true);
      }
    });
    document.addEventListener('click', function (event) {
      var target = event.target.closest ? event.target.closest('[data-a11y-set], [data-a11y-reset], [data-a11y-close]') : null;
      if (!target) {
        return;
      }
      if (target.hasAttribute('data-a11y-close')) {
        setOpen(false, true);
        return;
      }
      if (target.hasAttribute('data-a11y-reset')) {
        apply({});
      } else {
        var next = {};
        for (var name in state) {
          next[name] = state[name];
        }
        next[target.getAttribute('data-a11y-set')] = target.getAttribute('data-a11y-value');
        apply(next);
      }
      write();
      sync();
      // The quick «Обычная версия» button disappears once pressed: keep the keyboard focus nearby.
      if (target.classList.contains('a11y-reset-quick')) {
        toggle.focus();
      }
    });
    // Another tab changed the settings: follow it.
    window.addEventListener('storage', function (event) {
      if (event.key === KEY) {
        apply(read());
        sync();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
