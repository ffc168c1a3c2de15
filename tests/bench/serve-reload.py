#!/usr/bin/env python3
"""Benchmark (not a test): time from saving a page to the reloaded page being served by `serve`.

Usage: serve-reload.py MAKE_CORPUS N [--runs R] [--cli PATH_TO_mentoring.dll]

Makes a throw-away site: the repository's content/ and themes/, with the library's practices replaced by N
practices from the corpus generator (MAKE_CORPUS is the path to make-corpus.py). Then starts `serve`, listens
to its event stream like a browser tab, saves one practice R times and measures save → `reload` event → the
practice page fetched with the new text. Python 3 standard library only.
"""
import argparse, http.client, os, pathlib, queue, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

ROOT = pathlib.Path(__file__).resolve().parents[2]


def make_site(make_corpus, n):
    site = pathlib.Path(tempfile.mkdtemp(prefix="mentoring-bench-"))
    shutil.copytree(ROOT / "content", site / "content")
    shutil.copytree(ROOT / "themes", site / "themes")
    if n:
        corpus = site / "corpus"
        subprocess.run([sys.executable, make_corpus, str(n), str(corpus)], check=True)
        shutil.rmtree(site / "content" / "practices")
        shutil.move(str(corpus / "practices"), str(site / "content" / "practices"))
        shutil.rmtree(corpus)
    return site


def events(port, sink):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("GET", "/__mentoring/events")
    response = conn.getresponse()
    name = None
    while True:
        line = response.fp.readline().decode("utf-8")
        if not line:
            return
        line = line.rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line == "" and name:
            sink.put((time.perf_counter(), name))
            name = None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("make_corpus")
    parser.add_argument("n", type=int)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cli", default=str(ROOT / "generator/Mentoring.Cli/bin/Release/net10.0/mentoring.dll"))
    args = parser.parse_args()

    site = make_site(args.make_corpus, args.n)
    page = sorted((site / "content" / "practices").glob("*.md"))[args.n // 2] if args.n else site / "content" / "programma.md"
    url = f"/kopilka/{page.stem}/index.html" if args.n else "/programma/index.html"
    server = subprocess.Popen(["dotnet", args.cli, "serve", "--source", str(site), "--port", "8780", "--date", "2030-01-01"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port, first_build = None, None
        for line in server.stdout:
            print("  serve:", line.rstrip())
            if m := re.search(r"за ([\d,]+) с", line):
                first_build = m.group(1)
            if m := re.search(r"http://127\.0\.0\.1:(\d+)/", line):
                port = int(m.group(1))
                break
        if port is None:
            sys.exit("serve did not start")
        threading.Thread(target=lambda: [print("  serve:", l.rstrip()) for l in server.stdout if "Изменено" not in l], daemon=True).start()
        sink = queue.Queue()
        threading.Thread(target=events, args=(port, sink), daemon=True).start()
        assert sink.get(timeout=30)[1] == "hello"

        times = []
        for run in range(args.runs):
            marker = f"Замер {run} {time.time_ns()}"
            text = page.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{marker}\n"
            saved = time.perf_counter()
            page.write_text(text, encoding="utf-8")
            while True:
                at, name = sink.get(timeout=120)
                if name == "reload":
                    break
                if name == "build-error":
                    sys.exit("the site did not build")
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", url)
            body = conn.getresponse().read().decode("utf-8")
            done = time.perf_counter()
            if marker.split(" ")[-1] not in body:
                sys.exit("the reloaded page does not have the new text")
            times.append((at - saved, done - saved))
            time.sleep(1.0)
        pages = sum(1 for _ in (site / "content").rglob("*.md"))
        to_event = [t[0] * 1000 for t in times]
        to_page = [t[1] * 1000 for t in times]
        print(f"pages (source .md): {pages}; first build: {first_build} s")
        print(f"save -> reload event, ms: median {statistics.median(to_event):.0f}, min {min(to_event):.0f}, max {max(to_event):.0f}")
        print(f"save -> new page served, ms: median {statistics.median(to_page):.0f}, min {min(to_page):.0f}, max {max(to_page):.0f}")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
