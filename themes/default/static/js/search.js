/*
 * Поиск по разделу «Наставничество» — в браузере, по статическому индексу, без сервера и сторонних служб.
 * Search over the section from static files. The Russian stemmer below is the Snowball algorithm, the
 * same as generator/Mentoring.Site/Library/Search/RussianStemmer.cs, which builds the index; a test runs
 * both on a word list. The query logic mirrors SearchQuery.cs. Plain ES2017, no libraries.
 * Loaded only by the search page; the index is fetched when the reader starts to search, a shard at a time.
 */
(function () {
  'use strict';

  // ---- Snowball Russian stemmer ------------------------------------------------------------------
  function among(afterAOrYa, plain) {
    var list = [];
    afterAOrYa.forEach(function (t) { list.push({ t: t, a: true, i: list.length }); });
    plain.forEach(function (t) { list.push({ t: t, a: false, i: list.length }); });
    return list.sort(function (x, y) { return (y.t.length - x.t.length) || (x.i - y.i); });
  }

  var PERFECTIVE_GERUND = among(['в', 'вши', 'вшись'], ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
  var ADJECTIVE = among([], ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым',
    'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею']);
  var PARTICIPLE = among(['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ']);
  var REFLEXIVE = among([], ['ся', 'сь']);
  var VERB = among(['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'],
    ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен',
      'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю']);
  var NOUN = among([], ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й',
    'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я']);
  var DERIVATIONAL = among([], ['ост', 'ость']);
  var TIDY_UP = among([], ['ейш', 'ейше', 'н', 'ь']);

  function isVowel(c) {
    return 'аеиоуыэюя'.indexOf(c) >= 0;
  }

  // RV starts after the first vowel; R2 is R1 of R1.
  function regions(w) {
    var n = w.length;
    var i = 0;
    while (i < n && !isVowel(w.charAt(i))) i++;
    if (i >= n) return { rv: n, r2: n };
    var rv = i + 1;
    var r2 = n;
    i = rv;
    while (i < n && isVowel(w.charAt(i))) i++;
    if (i < n) {
      i++;
      while (i < n && !isVowel(w.charAt(i))) i++;
      if (i < n) {
        i++;
        while (i < n && isVowel(w.charAt(i))) i++;
        if (i < n) r2 = i + 1;
      }
    }
    return { rv: rv, r2: r2 };
  }

  function longest(w, end, rv, list) {
    for (var k = 0; k < list.length; k++) {
      var e = list[k];
      var start = end - e.t.length;
      if (start >= rv && w.substring(start, end) === e.t) return e;
    }
    return null;
  }

  // Snowball's "among": the longest ending within RV; group 1 endings need «а» or «я» before them.
  function removeEnding(w, s, list) {
    var e = longest(w, s.end, s.rv, list);
    if (!e) return false;
    var start = s.end - e.t.length;
    if (e.a) {
      var p = w.charAt(start - 1);
      if (!(start - 1 >= s.rv && (p === 'а' || p === 'я'))) return false;
    }
    s.end = start;
    return true;
  }

  function stem(word) {
    var w = word.replace(/ё/g, 'е');
    for (var i = 0; i < w.length; i++) {
      var c = w.charAt(i);
      if (c < 'а' || c > 'я') return w;
    }
    var r = regions(w);
    var s = { end: w.length, rv: r.rv };
    if (!removeEnding(w, s, PERFECTIVE_GERUND)) {
      removeEnding(w, s, REFLEXIVE);
      var adjectival = removeEnding(w, s, ADJECTIVE);
      if (adjectival) removeEnding(w, s, PARTICIPLE);
      else if (!removeEnding(w, s, VERB)) removeEnding(w, s, NOUN);
    }
    if (s.end - 1 >= s.rv && w.charAt(s.end - 1) === 'и') s.end--;
    var d = longest(w, s.end, s.rv, DERIVATIONAL);
    if (d && s.end - d.t.length >= r.r2) s.end -= d.t.length;
    var t = longest(w, s.end, s.rv, TIDY_UP);
    if (t) {
      if (t.t === 'ейш' || t.t === 'ейше') {
        s.end -= t.t.length;
        if (s.end - 2 >= s.rv && w.charAt(s.end - 1) === 'н' && w.charAt(s.end - 2) === 'н') s.end--;
      } else if (t.t === 'н') {
        if (s.end - 2 >= s.rv && w.charAt(s.end - 2) === 'н') s.end--;
      } else {
        s.end--;
      }
    }
    return w.substring(0, s.end);
  }

  // ---- Words and terms (SearchText.cs) ------------------------------------------------------------
  var MIN_LENGTH = 2;
  var MAX_LENGTH = 40;

  function isWordChar(c) {
    return (c >= 'а' && c <= 'я') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  function normalChar(ch) {
    var c = ch.toLowerCase();
    if (c === 'ё') c = 'е';
    return c.length === 1 && isWordChar(c) ? c : '';
  }

  function words(text) {
    var out = [];
    var cur = '';
    for (var i = 0; i < text.length; i++) {
      var c = normalChar(text.charAt(i));
      if (c) {
        cur += c;
      } else if (cur) {
        out.push(cur);
        cur = '';
      }
    }
    if (cur) out.push(cur);
    return out;
  }

  function termOf(word, stop) {
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || stop[word]) return null;
    var s = stem(word);
    return s.length < MIN_LENGTH ? null : s;
  }

  // Terms of a query; the last word is a prefix while it is being typed (no space after it) and its stem
  // has at least minPrefix letters (from the manifest, as the stop words).
  function parse(query, stop, minPrefix) {
    var ws = words(query);
    var open = query.length > 0 && !/\s$/.test(query);
    var terms = [];
    var seen = {};
    for (var i = 0; i < ws.length; i++) {
      var s = termOf(ws[i], stop);
      if (!s) continue;
      var prefix = open && i === ws.length - 1 && s.length >= minPrefix;
      var key = s + (prefix ? '*' : '');
      if (seen[key]) continue;
      seen[key] = true;
      terms.push({ stem: s, prefix: prefix });
    }
    return terms;
  }

  function shardFile(key) {
    var out = '';
    for (var i = 0; i < key.length; i++) out += ('0000' + key.charCodeAt(i).toString(16)).slice(-4);
    return out;
  }

  // The longest key that is a prefix of the term and, for a prefix term, every key that begins with it.
  function shardsFor(term, keys) {
    var best = null;
    keys.forEach(function (k) {
      if (term.stem.indexOf(k) === 0 && (best === null || k.length > best.length)) best = k;
    });
    var out = best === null ? [] : [best];
    if (term.prefix) {
      keys.forEach(function (k) {
        if (k !== best && k.indexOf(term.stem) === 0) out.push(k);
      });
    }
    return out;
  }

  // ---- The engine: loads the manifest, shards and document chunks on demand, through loadJson ------
  function createEngine(loadJson) {
    var manifestPromise = null;
    var shards = {};
    var chunks = {};

    function manifest() {
      if (!manifestPromise) {
        manifestPromise = loadJson('manifest.json').then(function (m) {
          m.stopSet = {};
          m.stop.forEach(function (w) { m.stopSet[w] = true; });
          return m;
        });
      }
      return manifestPromise;
    }

    function shard(key) {
      if (!shards[key]) shards[key] = loadJson('index/' + shardFile(key) + '.json');
      return shards[key];
    }

    async function postings(term, m) {
      var loaded = await Promise.all(shardsFor(term, m.shards).map(shard));
      var result = new Map();
      loaded.forEach(function (s) {
        Object.keys(s).forEach(function (name) {
          var match = term.prefix ? name.indexOf(term.stem) === 0 : name === term.stem;
          if (!match) return;
          var list = s[name];
          var id = 0;
          for (var i = 0; i < list.length; i += 2) {
            id += list[i];
            var w = list[i + 1];
            var old = result.get(id);
            result.set(id, old === undefined ? w : Math.max(old, w));
          }
        });
      });
      return result;
    }

    async function search(query) {
      var m = await manifest();
      var terms = parse(query, m.stopSet, m.prefix);
      if (!terms.length) return { terms: terms, ids: [] };
      var lists = await Promise.all(terms.map(function (t) { return postings(t, m); }));
      var matches = null;
      lists.forEach(function (p) {
        var next = new Map();
        if (matches === null) {
          p.forEach(function (w, id) { next.set(id, { t: w & 1, s: w >> 1 }); });
        } else {
          matches.forEach(function (v, id) {
            var w = p.get(id);
            if (w !== undefined) next.set(id, { t: v.t + (w & 1), s: v.s + (w >> 1) });
          });
        }
        matches = next;
      });
      var ids = Array.from(matches.keys());
      ids.sort(function (a, b) {
        var x = matches.get(a);
        var y = matches.get(b);
        return (y.t - x.t) || (y.s - x.s) || (a - b);
      });
      return { terms: terms, ids: ids };
    }

    async function docs(ids) {
      var m = await manifest();
      return Promise.all(ids.map(function (id) {
        var n = Math.floor(id / m.chunk);
        if (!chunks[n]) chunks[n] = loadJson('docs/' + n + '.json');
        return chunks[n].then(function (c) { return c[id % m.chunk]; });
      }));
    }

    return { manifest: manifest, search: search, docs: docs };
  }

  // ---- Russian text helpers ------------------------------------------------------------------------
  var MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

  function plural(n, one, few, many) {
    var a = Math.abs(n) % 100;
    var b = a % 10;
    var word = a > 10 && a < 20 ? many : b > 1 && b < 5 ? few : b === 1 ? one : many;
    return n + '\u00a0' + word;
  }

  function dateProse(iso) {
    var p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return p ? parseInt(p[3], 10) + '\u00a0' + MONTHS[parseInt(p[2], 10) - 1] + ' ' + p[1] + '\u00a0г.' : '';
  }

  var api = { stem: stem, words: words, parse: parse, shardsFor: shardsFor, shardFile: shardFile, createEngine: createEngine, plural: plural, dateProse: dateProse };
  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  }

  if (typeof document === 'undefined') return;

  // ---- The search page -----------------------------------------------------------------------------
  var PAGE = 10;
  var SNIPPET = 240;

  function matcher(terms, stop) {
    return function (word) {
      var s = termOf(word, stop);
      if (!s) return false;
      return terms.some(function (t) { return t.prefix ? s.indexOf(t.stem) === 0 : s === t.stem; });
    };
  }

  // Appends text to parent with every matching word wrapped in <mark>; never uses innerHTML.
  function highlight(parent, text, isMatch) {
    var i = 0;
    var plain = '';
    while (i < text.length) {
      if (!normalChar(text.charAt(i))) {
        plain += text.charAt(i++);
        continue;
      }
      var j = i;
      var w = '';
      while (j < text.length && normalChar(text.charAt(j))) w += normalChar(text.charAt(j++));
      if (isMatch(w)) {
        if (plain) parent.appendChild(document.createTextNode(plain));
        plain = '';
        var mark = document.createElement('mark');
        mark.textContent = text.substring(i, j);
        parent.appendChild(mark);
      } else {
        plain += text.substring(i, j);
      }
      i = j;
    }
    if (plain) parent.appendChild(document.createTextNode(plain));
  }

  // A window of the text around its first matching word.
  function snippet(text, isMatch) {
    var re = /[0-9a-zа-яё]+/gi;
    var m;
    var at = -1;
    while ((m = re.exec(text)) !== null) {
      if (isMatch(words(m[0])[0] || '')) {
        at = m.index;
        break;
      }
    }
    if (text.length <= SNIPPET) return text;
    var start = at > 60 ? text.lastIndexOf(' ', at - 60) + 1 : 0;
    var end = Math.min(text.length, start + SNIPPET);
    var cut = text.lastIndexOf(' ', end);
    if (end < text.length && cut > start + SNIPPET / 2) end = cut;
    return (start > 0 ? '…' : '') + text.substring(start, end) + (end < text.length ? '…' : '');
  }

  function setup() {
    var form = document.getElementById('search-form');
    if (!form) return;
    var input = document.getElementById('search-query');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var output = document.getElementById('search-output');
    var manifestUrl = new URL(form.getAttribute('data-search-manifest'), document.baseURI);
    var engine = createEngine(function (path) {
      return fetch(new URL(path, manifestUrl)).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      });
    });
    var current = null;
    var shown = 0;
    var token = 0;
    var timer = 0;
    form.hidden = false;

    function updateUrl(query) {
      if (!window.history || !history.replaceState) return;
      var url = location.pathname + (query.trim() ? '?q=' + encodeURIComponent(query.trim()) : '') + location.hash;
      history.replaceState(null, '', url);
    }

    function render(entry, isMatch, root) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var h = document.createElement('h3');
      var a = document.createElement('a');
      a.href = new URL(root + entry[1], manifestUrl).href;
      highlight(a, entry[0], isMatch);
      h.appendChild(a);
      li.appendChild(h);
      var meta = document.createElement('p');
      meta.className = 'search-result-meta';
      meta.textContent = entry[3] + (entry[2] ? ', ' + dateProse(entry[2]) : '');
      li.appendChild(meta);
      var text = (entry[4] ? entry[4] + ' ' : '') + entry[5];
      if (text) {
        var p = document.createElement('p');
        p.className = 'search-result-snippet';
        highlight(p, snippet(text, isMatch), isMatch);
        li.appendChild(p);
      }
      list.appendChild(li);
    }

    async function showMore(my) {
      var m = await engine.manifest();
      var ids = current.ids.slice(shown, shown + PAGE);
      var entries = await engine.docs(ids);
      if (my !== token) return;
      var isMatch = matcher(current.terms, m.stopSet);
      entries.forEach(function (e) { if (e) render(e, isMatch, m.root); });
      shown += ids.length;
      more.hidden = shown >= current.ids.length;
      output.removeAttribute('aria-busy');
    }

    async function run() {
      var query = input.value;
      var my = ++token;
      updateUrl(query);
      if (!query.trim()) {
        list.textContent = '';
        status.textContent = '';
        more.hidden = true;
        return;
      }
      output.setAttribute('aria-busy', 'true');
      status.textContent = 'Ищем…';
      try {
        var result = await engine.search(query);
        if (my !== token) return;
        current = result;
        shown = 0;
        list.textContent = '';
        if (!result.terms.length) {
          status.textContent = 'Напишите слово хотя\u00a0бы\u00a0из\u00a0двух букв.';
        } else if (!result.ids.length) {
          status.textContent = 'Ничего не\u00a0найдено. Попробуйте другие слова или загляните в\u00a0подборки ниже.';
        } else {
          status.textContent = 'Найдено: ' + plural(result.ids.length, 'страница', 'страницы', 'страниц') + '.';
        }
        more.hidden = true;
        if (result.ids.length) await showMore(my);
        else output.removeAttribute('aria-busy');
      } catch (e) {
        if (my !== token) return;
        output.removeAttribute('aria-busy');
        status.textContent = location.protocol === 'file:'
          ? 'Поиск не\u00a0работает, когда страница открыта с\u00a0диска: браузер не\u00a0даёт загрузить индекс. Откройте раздел на\u00a0сайте школы или воспользуйтесь подборками ниже.'
          : 'Не\u00a0удалось загрузить поисковый индекс. Проверьте подключение к\u00a0интернету и\u00a0обновите страницу.';
      }
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
    more.addEventListener('click', function () { showMore(token); });

    var q = new URLSearchParams(location.search).get('q');
    if (q) {
      input.value = q;
      run();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();
}());
