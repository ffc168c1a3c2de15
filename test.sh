#!/usr/bin/env bash
# Runs every test of the project, installing what the tests need when it is missing
# (Debian: chromium, linkchecker, openssh-server, Java and the Nu HTML Checker from npm).
# Ends with one line "N passed, N failed".
#   ./test.sh                 all tests
#   ./test.sh --browser       only the browser tests (Playwright + Chromium, validators)
#   ./test.sh --no-install    do not install anything (missing tools make their tests fail with a hint)
set -uo pipefail
cd "$(dirname "$0")"

filter=""
install=1
for arg in "$@"; do
  case "$arg" in
    --browser) filter="Category=Browser" ;;
    --no-install) install=0 ;;
    *) echo "Неизвестный параметр: $arg" >&2; exit 2 ;;
  esac
done

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v linkchecker >/dev/null 2>&1 || need+=(linkchecker)
command -v sshd >/dev/null 2>&1 || [ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ "$install" = 1 ] && [ "${#need[@]}" -gt 0 ]; then
  echo "Устанавливаю недостающее для тестов: ${need[*]}" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  # Node and npm come with the .NET machine image; only install them when truly absent.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || echo "Не удалось установить: ${need[*]} — тесты, которым они нужны, упадут с подсказкой." >&2
fi
if [ "$install" = 1 ] && [ ! -f tools/node_modules/vnu-jar/build/dist/vnu.jar ] && command -v npm >/dev/null 2>&1; then
  mkdir -p tools
  (cd tools && npm install --silent --no-audit --no-fund --prefix . vnu-jar@26.9.27 >/dev/null 2>&1) \
    || echo "Не удалось установить vnu-jar — проверка HTML упадёт с подсказкой." >&2
fi

results="$(mktemp -d)"
args=(test Mentoring.sln --nologo --logger "trx;LogFilePrefix=r" --results-directory "$results")
[ -n "$filter" ] && args+=(--filter "$filter")
dotnet "${args[@]}"
code=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$line" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$line" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
rm -rf "$results"
if [ "$code" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$code" = 0 ] && [ "$failed" = 0 ]
