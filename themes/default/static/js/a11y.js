/* «Версия для слабовидящих»: loaded synchronously in <head>, so the saved settings (localStorage
   "mentoring.a11y") are on <html> as data-a11y-* before the first paint; then the panel is built. */
(function () {
  'use strict';
  var KEY = 'mentoring.a11y';
  var root = document.documentElement;
  // [setting, group name, [[value, label], …]]; the first value is the default (no attribute).
  var GROUPS = [
    ['size', 'Размер шрифта', [['100', '100\u00a0%'], ['150', '150\u00a0%'], ['200', '200\u00a0%']]],
    ['font', 'Шрифт', [['sans', 'Без\u00a0засечек'], ['serif', 'С\u00a0засечками']]],
    ['scheme', 'Цвета сайта', [['default', 'Обычные'], ['bw', 'Чёрным по\u00a0белому'], ['wb', 'Белым по\u00a0чёрному'],
      ['blue', 'Тёмно-синим по\u00a0голубому'], ['beige', 'Коричневым по\u00a0бежевому'], ['green', 'Зелёным по\u00a0тёмно-коричневому']]],
    ['images', 'Изображения', [['on', 'Показывать'], ['off', 'Скрыть'], ['gray', 'Чёрно-белые']]],
    ['spacing', 'Расстояние между буквами', [['1', 'Обычное'], ['2', 'Увеличенное'], ['3', 'Большое']]],
    ['leading', 'Расстояние между строками', [['1', 'Обычное'], ['2', 'Увеличенное'], ['3', 'Большое']]]
  ];
  var state = {};

  root.setAttribute('data-js', '');

  function read() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || '{}');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function write() {
    try {
      if (root.hasAttribute('data-a11y')) {
        localStorage.setItem(KEY, JSON.stringify(state));
      } else {
        localStorage.removeItem(KEY);
      }
    } catch (e) { /* storage off: the settings last for this page */ }
  }

  function apply(settings) {
    var any = false;
    GROUPS.forEach(function (group) {
      var name = group[0];
      var values = group[2].map(function (option) { return option[0]; });
      var value = values.indexOf(settings[name]) >= 0 ? settings[name] : values[0];
      state[name] = value;
      if (value === values[0]) {
        root.removeAttribute('data-a11y-' + name);
      } else {
        root.setAttribute('data-a11y-' + name, value);
        any = true;
      }
    });
    if (any) {
      root.setAttribute('data-a11y', '');
    } else {
      root.removeAttribute('data-a11y');
    }
  }

  apply(read());

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function sync() {
    each('[data-a11y-set]', function (button) {
      var on = state[button.getAttribute('data-a11y-set')] === button.getAttribute('data-a11y-value');
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    // Images off: each image's alt text is shown in its place (CSS hides the image, shows the text).
    if (state.images === 'off') {
      each('img[alt]:not([data-a11y-alt])', function (img) {
        var span = document.createElement('span');
        span.className = 'img-alt';
        span.textContent = img.alt;
        img.setAttribute('data-a11y-alt', '');
        img.parentNode.insertBefore(span, img.nextSibling);
      });
    }
  }

  // Markdown tables: a labelled region that scrolls (by keyboard too), so a wide table never widens the page.
  function wrapTables() {
    each('.prose table', function (table) {
      if (table.parentNode.classList.contains('table-scroll')) { return; }
      var wrap = document.createElement('div');
      var caption = table.caption || table.previousElementSibling;
      var label = caption ? caption.textContent.trim().slice(0, 120) : '';
      wrap.className = 'table-scroll';
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('aria-label', 'Таблица' + (label ? ': ' + label : ''));
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
    });
  }

  function build(panel) {
    var html = '<div class="container a11y-panel__inner"><div class="a11y-panel__head">' +
      '<p class="a11y-panel__title">Версия для\u00a0слабовидящих</p>' +
      '<button type="button" class="a11y-btn" data-a11y-close>Закрыть настройки</button></div><div class="a11y-panel__groups">';
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
    panel.innerHTML = html + '</div><button type="button" class="a11y-btn btn--primary" data-a11y-reset>Обычная версия</button>' +
      '<p class="a11y-panel__hint">Настройки применяются сразу и\u00a0сохраняются в\u00a0этом браузере для\u00a0всех страниц раздела.</p></div>';
  }

  function init() {
    var toggle = document.querySelector('.a11y-toggle');
    var panel = document.getElementById('a11y-panel');
    wrapTables();
    if (!toggle || !panel) {
      sync();
      return;
    }
    build(panel);
    sync();

    function setOpen(open) {
      panel.hidden = !open;
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open) {
        toggle.focus();
      }
    }

    toggle.addEventListener('click', function () {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', panel.hidden ? 'false' : 'true');
    });
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' || event.key === 'Esc') {
        setOpen(false);
      }
    });
    document.addEventListener('click', function (event) {
      var target = event.target.closest && event.target.closest('[data-a11y-set],[data-a11y-reset],[data-a11y-close]');
      if (!target) {
        return;
      }
      if (target.hasAttribute('data-a11y-close')) {
        setOpen(false);
        return;
      }
      var next = {};
      if (!target.hasAttribute('data-a11y-reset')) {
        for (var name in state) {
          next[name] = state[name];
        }
        next[target.getAttribute('data-a11y-set')] = target.getAttribute('data-a11y-value');
      }
      apply(next);
      write();
      sync();
      // The quick «Обычная версия» disappears once pressed: keep the keyboard focus nearby.
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
