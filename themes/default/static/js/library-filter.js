/*
 * Подбор практик методической копилки: форма, вид, год и тег сразу, по всем практикам.
 * Progressive enhancement of the collections page (kopilka/podborki/): without JavaScript its lists of forms,
 * kinds, years and tags lead to the same practices. The choices of each select are taken from those lists, so
 * the page carries them once. The compact card data (kopilka/filter.json) is fetched only when the reader first
 * uses the filter, titles and summaries only for the practices shown (from the search index's document chunks).
 * The filter is kept in the address (?forma=…&vid=…&god=…&teg=…), so it can be shared and restored.
 * Plain ES2017, no libraries.
 */
(function () {
  'use strict';

  var PAGE = 20;
  var DIMENSIONS = ['forma', 'vid', 'god', 'teg'];
  var MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

  function plural(n, one, few, many) {
    var a = Math.abs(n) % 100;
    var b = a % 10;
    return n + '\u00a0' + (a > 10 && a < 20 ? many : b > 1 && b < 5 ? few : b === 1 ? one : many);
  }

  function dateProse(iso) {
    var p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return p ? parseInt(p[3], 10) + '\u00a0' + MONTHS[parseInt(p[2], 10) - 1] + ' ' + p[1] + '\u00a0г.' : '';
  }

  // Appends to `parent` an element, or a text node when `name` is null; returns what it appended.
  function add(parent, name, className, text) {
    var e = name ? document.createElement(name) : document.createTextNode(text);
    if (name && className) e.className = className;
    if (name && text !== undefined) e.textContent = text;
    parent.appendChild(e);
    return e;
  }

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function setup() {
    var form = document.getElementById('library-filter');
    var lists = document.getElementById('library-facets');
    if (!form || !lists || !window.fetch || !window.URLSearchParams) return;
    var results = document.getElementById('library-filter-results');
    var resultList = results.querySelector('ol');
    var more = results.querySelector('.library-more');
    var status = document.getElementById('library-filter-status');
    var dataUrl = new URL(form.getAttribute('data-library-filter'), document.baseURI);
    var selects = {};
    DIMENSIONS.forEach(function (d) {
      var s = form.querySelector('select[name="' + d + '"]');
      if (!s) return;
      selects[d] = s;
      // «…/forma/uchenik-uchenik/index.html» → uchenik-uchenik; the list's count follows the link.
      each(lists.querySelectorAll('.library-facet-' + d + ' > ul > li > a'), function (a) {
        var parts = a.getAttribute('href').split('/');
        var count = a.parentNode.querySelector('.library-count');
        var o = add(s, 'option', null, a.textContent + ' (' + (count ? count.firstChild.nodeValue : '0') + ')');
        o.value = parts[parts.length - 2];
        o.setAttribute('data-title', a.textContent);
      });
    });
    var loading = null;
    var data = null;
    var chunks = {};
    var matched = [];
    var shown = 0;
    var token = 0;
    form.hidden = false;

    function load() {
      if (!loading) {
        loading = fetch(dataUrl).then(function (r) {
          if (!r.ok) throw new Error('HTTP ' + r.status);
          return r.json();
        }).then(function (d) {
          d.index = {};
          [['forma', d.forms], ['vid', d.kinds], ['teg', d.tags]].forEach(function (pair) {
            var map = {};
            pair[1].forEach(function (row, i) { map[row[0]] = i; });
            d.index[pair[0]] = map;
          });
          data = d;
          return d;
        });
        loading.catch(function () { loading = null; });
      }
      return loading;
    }

    function selection() {
      var sel = {};
      DIMENSIONS.forEach(function (d) {
        if (selects[d] && selects[d].value) sel[d] = selects[d].value;
      });
      return sel;
    }

    // Does the item (form, model, kind, year, tags, example) pass every chosen value except in `skip`?
    function passes(item, sel, skip) {
      if (skip !== 'forma' && sel.forma !== undefined && item[0] !== data.index.forma[sel.forma]) return false;
      if (skip !== 'vid' && sel.vid !== undefined && item[2] !== data.index.vid[sel.vid]) return false;
      if (skip !== 'god' && sel.god !== undefined && String(item[3]) !== sel.god) return false;
      if (skip !== 'teg' && sel.teg !== undefined && item[4].indexOf(data.index.teg[sel.teg]) < 0) return false;
      return true;
    }

    // Each option shows how many practices it would give together with the other choices.
    function updateCounts(sel) {
      DIMENSIONS.forEach(function (d) {
        var s = selects[d];
        if (!s) return;
        var counts = {};
        data.items.forEach(function (item) {
          if (!passes(item, sel, d)) return;
          var keys = d === 'forma' ? [data.forms[item[0]][0]]
            : d === 'vid' ? [data.kinds[item[2]][0]]
              : d === 'god' ? [String(item[3])]
                : item[4].map(function (t) { return data.tags[t][0]; });
          keys.forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
        });
        each(s.options, function (o) {
          if (o.value) o.textContent = o.getAttribute('data-title') + ' (' + (counts[o.value] || 0) + ')';
        });
      });
    }

    function updateUrl(sel) {
      if (!window.history || !history.replaceState) return;
      var params = new URLSearchParams(location.search);
      DIMENSIONS.forEach(function (d) {
        if (sel[d] !== undefined) params.set(d, sel[d]);
        else params.delete(d);
      });
      var qs = params.toString();
      history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
    }

    function chunk(n) {
      if (!chunks[n]) {
        chunks[n] = fetch(new URL(data.docs + n + '.json', dataUrl)).then(function (r) {
          if (!r.ok) throw new Error('HTTP ' + r.status);
          return r.json();
        });
      }
      return chunks[n];
    }

    function link(parent, row) {
      add(parent, 'a', null, row[1]).href = new URL(data.root + row[2], dataUrl).href;
    }

    // The same markup as partials/library-card.html.
    function card(id, entry) {
      var item = data.items[id];
      var article = document.createElement('article');
      article.className = 'practice-card';
      var h = add(article, 'h3');
      link(h, [null, entry[0], entry[1]]);
      if (item[5]) {
        add(h, null, null, ' ');
        add(h, 'span', 'practice-badge', 'Пример');
      }
      var meta = add(article, 'p', 'practice-card-meta');
      add(meta, 'time', null, dateProse(entry[2])).setAttribute('datetime', entry[2]);
      add(meta, null, null, ' · ');
      link(meta, data.kinds[item[2]]);
      add(meta, 'br');
      add(meta, null, null, 'Форма: ');
      link(meta, data.forms[item[0]]);
      add(meta, null, null, '; модель: ');
      link(meta, data.models[item[1]]);
      add(article, 'p', null, entry[4]);
      if (item[4].length) {
        var tags = add(article, 'ul', 'practice-tags');
        tags.setAttribute('aria-label', 'Теги');
        item[4].forEach(function (t) { link(add(tags, 'li'), data.tags[t]); });
      }
      return article;
    }

    async function showMore(my) {
      var ids = matched.slice(shown, shown + PAGE);
      var entries = await Promise.all(ids.map(function (id) {
        return chunk(Math.floor(id / data.chunk)).then(function (c) { return c[id % data.chunk]; });
      }));
      if (my !== token) return;
      entries.forEach(function (entry, i) {
        add(resultList, 'li').appendChild(card(ids[i], entry));
      });
      shown += ids.length;
      more.hidden = shown >= matched.length;
    }

    async function apply() {
      var my = ++token;
      var sel = selection();
      updateUrl(sel);
      if (!Object.keys(sel).length) {
        lists.hidden = false;
        results.hidden = true;
        status.textContent = '';
        if (data) updateCounts({});
        return;
      }
      status.textContent = 'Подбираем практики…';
      try {
        await load();
      } catch (e) {
        if (my === token) status.textContent = 'Не\u00a0удалось загрузить данные для\u00a0подбора. Воспользуйтесь подборками ниже.';
        return;
      }
      if (my !== token) return;
      matched = [];
      data.items.forEach(function (item, id) {
        if (passes(item, sel, null)) matched.push(id);
      });
      updateCounts(sel);
      lists.hidden = true;
      results.hidden = false;
      resultList.textContent = '';
      shown = 0;
      more.hidden = true;
      status.textContent = matched.length
        ? 'Подобрано: ' + plural(matched.length, 'практика', 'практики', 'практик') + '.'
        : 'Таких практик нет. Измените условия подбора.';
      try {
        await showMore(my);
      } catch (e) {
        if (my === token) status.textContent = 'Не\u00a0удалось загрузить описания практик. Проверьте подключение и\u00a0попробуйте снова.';
      }
    }

    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    more.addEventListener('click', function () { showMore(token); });

    var params = new URLSearchParams(location.search);
    var restored = false;
    DIMENSIONS.forEach(function (d) {
      var v = params.get(d);
      var s = selects[d];
      if (!v || !s) return;
      if (Array.prototype.some.call(s.options, function (o) { return o.value === v; })) {
        s.value = v;
        restored = true;
      }
    });
    if (restored) apply();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();
}());
