#!/usr/bin/env bash
# Benchmark (not a test) of the methodical library at scale:
#   tests/bench/library-bench.sh N [MAKE_CORPUS]
# writes N corpus practices (make-corpus.py, default ../shared/bench/make-corpus.py beside the repository) into a temporary
# site with this repository's content (pages, data, site.yml) and theme, builds it with `time`, and
# measures the search index with search-bench.js. Keeps the site in $TMPDIR/mentoring-bench-N.
set -euo pipefail
n="${1:?usage: library-bench.sh N [make-corpus.py]}"
make_corpus="${2:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/bench/make-corpus.py}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
site="${TMPDIR:-/tmp}/mentoring-bench-$n"
rm -rf "$site" "$site.corpus"
python3 "$make_corpus" "$n" "$site.corpus" >/dev/null
mkdir -p "$site/content"
( cd "$repo/content" && for f in *; do [ "$f" = practices ] || cp -r "$f" "$site/content/"; done )
cp -r "$site.corpus/practices" "$site/content/practices"
# Until the theme's forms layout renders the anchors #uchenik-uchenik / #pedagog-pedagog, pages linking to
# them fail the build (not a library matter): the benchmark links to the forms page without the anchor.
if ! grep -q 'id="{{' "$repo/themes/default/layouts/forms.html" 2>/dev/null; then
  sed -i 's/formy\.md#[a-z-]*/formy.md/g' "$site"/content/*.md
fi
cp -r "$repo/themes" "$site/"
dotnet build "$repo/generator/Mentoring.Cli" -c Release -v q -nologo >/dev/null
cli="$repo/generator/Mentoring.Cli/bin/Release/net10.0/mentoring"
echo "== build of $n practices"
# Future-dated corpus practices only give warnings; count them instead of printing them all.
set +e
{ time "$cli" build --source "$site" 2> "$site.log"; } 2>&1
code=$?
set -e
echo "exit code $code; $(grep -c 'ошибка' "$site.log" || true) errors, $(grep -c 'предупреждение' "$site.log" || true) warnings"
grep 'ошибка' "$site.log" | head -5 || true
echo "output: $(du -sh "$site/output" | cut -f1), $(find "$site/output" -type f | wc -l) files"
echo "== search"
node "$repo/tests/bench/search-bench.js" "$site/output"
