#!/usr/bin/env node
/*
 * Benchmark (not a test) of the static search index: its size, and the bytes a browser downloads per query.
 * Uses themes/default/static/js/search.js itself, with a loader that reads the built site from disk and
 * counts bytes, as a browser cache would (each file once per session).
 *   node tests/bench/search-bench.js OUTPUT_DIR [query…]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const search = require(path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search.js'));

const out = process.argv[2];
if (!out) {
  console.error('usage: search-bench.js OUTPUT_DIR [query…]');
  process.exit(2);
}
const base = path.join(out, 'search');
const queries = process.argv.length > 3 ? process.argv.slice(3) : [
  'наставник', 'наставника', 'наставничества', 'открытый урок', 'подготовка к ЕГЭ', 'формирующее оценивание',
  'молодой специалист', 'цифровые инструменты', 'олимпиадных задач', 'рефлексия', 'проектная деятельность на уроках',
  'экологическое воспитание', 'портфолио достижений',
];

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

function engine() {
  const session = { bytes: 0, files: 0 };
  const e = search.createEngine(p => {
    const text = fs.readFileSync(path.join(base, p));
    session.bytes += text.length;
    session.files++;
    return Promise.resolve(JSON.parse(text.toString('utf8')));
  });
  return { e, session };
}

function kb(n) {
  return (n / 1024).toFixed(1) + ' KB';
}

(async () => {
  const files = walk(base);
  const sizes = files.map(f => ({ f: path.relative(out, f), s: fs.statSync(f).size }));
  const shards = sizes.filter(x => x.f.includes(path.join('search', 'index')));
  const docs = sizes.filter(x => x.f.includes(path.join('search', 'docs')));
  const manifest = JSON.parse(fs.readFileSync(path.join(base, 'manifest.json'), 'utf8'));
  const total = sizes.reduce((a, x) => a + x.s, 0);
  const biggest = shards.reduce((a, x) => (x.s > a.s ? x : a), { s: 0 });
  const filter = path.join(out, 'kopilka', 'filter.json');
  console.log(`documents: ${manifest.count}`);
  console.log(`index total: ${kb(total)} in ${files.length} files (manifest ${kb(fs.statSync(path.join(base, 'manifest.json')).size)}, ` +
    `${shards.length} shards ${kb(shards.reduce((a, x) => a + x.s, 0))}, largest ${kb(biggest.s)} ${biggest.f}; ` +
    `${docs.length} document chunks ${kb(docs.reduce((a, x) => a + x.s, 0))})`);
  if (fs.existsSync(filter)) console.log(`library filter data: ${kb(fs.statSync(filter).size)}`);
  console.log('');
  console.log('query | results | final query: bytes (files) | typed letter by letter: bytes (files)');
  let worst = 0;
  let sum = 0;
  for (const q of queries) {
    const one = engine();
    const r = await one.e.search(q + ' ');
    await one.e.docs(r.ids.slice(0, 10));
    const typed = engine();
    for (let i = 3; i <= q.length; i++) {
      const partial = q.slice(0, i);
      const t = await typed.e.search(partial);
      await typed.e.docs(t.ids.slice(0, 10));
    }
    worst = Math.max(worst, typed.session.bytes);
    sum += one.session.bytes;
    console.log(`${q} | ${r.ids.length} | ${kb(one.session.bytes)} (${one.session.files}) | ${kb(typed.session.bytes)} (${typed.session.files})`);
  }
  console.log('');
  console.log(`mean per query: ${kb(sum / queries.length)}; worst typing session: ${kb(worst)}`);
})();
