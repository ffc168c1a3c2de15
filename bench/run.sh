#!/usr/bin/env bash
# Speed and memory against Hugo on the shared corpus of practices.
#   bench/run.sh                 N = 1000 and 10000, 5 runs each
#   bench/run.sh 1000            one size
#   RUNS=3 bench/run.sh 10000    fewer runs
# Needs python3 and the corpus script (../shared/bench/make-corpus.py, or MENTORING_CORPUS_SCRIPT);
# Hugo is compared when it is installed (Debian: apt-get install hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
corpus_script=${MENTORING_CORPUS_SCRIPT:-$root/../shared/bench/make-corpus.py}
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[ -f "$corpus_script" ] || { echo "Нет скрипта корпуса: $corpus_script (задайте MENTORING_CORPUS_SCRIPT)" >&2; exit 2; }

echo "Публикую генератор (Release)…" >&2
dotnet publish generator/Mentoring.Cli -c Release -o bench/.bin --nologo -v quiet >/dev/null
ours="$root/bench/.bin/mentoring"
have_hugo=0; command -v hugo >/dev/null 2>&1 && have_hugo=1

measure() { # prints "wall_seconds max_rss_kb"
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null 2>&1 || { echo "команда не удалась: $*" >&2; cat "$log" >&2; rm -f "$log"; return 1; }
  tail -1 "$log"; rm -f "$log"
}

summary=$(mktemp)
for n in "${sizes[@]}"; do
  work=$(mktemp -d)
  python3 "$corpus_script" "$n" "$work/corpus" >/dev/null
  # Our site: the repository's content, data and theme, with the corpus as the library.
  mkdir -p "$work/ours"
  cp -r content themes "$work/ours/"
  rm -rf "$work/ours/content/practices"
  cp -r "$work/corpus/practices" "$work/ours/content/practices"
  # Hugo: the minimal site kept in bench/hugo-site with the same practices.
  if [ "$have_hugo" = 1 ]; then
    cp -r bench/hugo-site "$work/hugo"
    mkdir -p "$work/hugo/content"
    cp -r "$work/corpus/practices" "$work/hugo/content/practices"
    printf -- '---\ntitle: Методическая копилка\n---\n' > "$work/hugo/content/practices/_index.md"
  fi
  ours_wall=(); ours_rss=(); hugo_wall=(); hugo_rss=(); cached_wall=(); cached_rss=(); first_ours=; first_hugo=
  for i in $(seq 0 "$runs"); do   # run 0 is a warm-up, not counted
    # A full build: --clean ignores the build cache, as a first build has none.
    read -r w m < <(measure "$ours" build --source "$work/ours" --output "$work/ours-out" --date 2030-01-01 --clean)
    [ "$i" -gt 0 ] && { ours_wall+=("$w"); ours_rss+=("$m"); } || first_ours=$w
    if [ "$have_hugo" = 1 ]; then
      # Hugo writes over its previous public/ (its default), as our build writes over its site before last.
      read -r w m < <(measure hugo --source "$work/hugo" --quiet)
      [ "$i" -gt 0 ] && { hugo_wall+=("$w"); hugo_rss+=("$m"); } || first_hugo=$w
    fi
  done
  # Rebuilds with the cache after one practice changed (a different practice each time).
  mapfile -t practices < <(ls "$work/ours/content/practices" | sort)
  for i in $(seq 0 "$runs"); do
    p="$work/ours/content/practices/${practices[$(( (i * 7919) % ${#practices[@]} ))]}"
    printf '\nАбзац, добавленный для замера пересборки %s.\n' "$i" >> "$p"
    read -r w m < <(measure "$ours" build --source "$work/ours" --output "$work/ours-out" --date 2030-01-01)
    [ "$i" -gt 0 ] && { cached_wall+=("$w"); cached_rss+=("$m"); }
  done
  pages=$(find "$work/ours-out" -name '*.html' | wc -l)
  python3 - "$n" "$pages" "${ours_wall[*]}" "${ours_rss[*]}" "${hugo_wall[*]:-}" "${hugo_rss[*]:-}" "${cached_wall[*]}" "$summary" "$first_ours" "${first_hugo:-}" <<'PY'
import statistics, sys
n, pages, ow, om, hw, hm, cw, summary, fo, fh = sys.argv[1:11]
med = lambda s: statistics.median(float(x) for x in s.split()) if s.strip() else None
ow, om, hw, hm, cw = med(ow), med(om), med(hw), med(hm), med(cw)
print(f"N = {n}: our full build {ow:.2f} s, peak {om/1024:.0f} MiB, {pages} HTML pages")
print(f"N = {n}: our rebuild after one practice changed, with the cache: {cw:.2f} s ({cw/ow*100:.0f} % of the full build)")
if hw:
    print(f"N = {n}: Hugo           {hw:.2f} s, peak {hm/1024:.0f} MiB")
    print(f"N = {n}: ours / Hugo: time {ow/hw:.2f}, memory {om/hm:.2f}")
# The warm-up run builds into an empty folder (and with cold caches): shown, not counted.
print(f"N = {n}: first build into an empty folder (warm-up, not counted): ours {float(fo):.2f} s" + (f", Hugo {float(fh):.2f} s" if fh else ""))
with open(summary, "a") as f:
    f.write(f"{n} {ow}\n")
PY
  rm -rf "$work"
done
python3 - "$summary" <<'PY'
import sys
rows = dict(line.split() for line in open(sys.argv[1]))
if "1000" in rows and "10000" in rows:
    print(f"growth: time(N = 10000) / time(N = 1000) = {float(rows['10000']) / float(rows['1000']):.1f}")
PY
rm -f "$summary"
