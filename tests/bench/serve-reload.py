#!/usr/bin/env python3
"""Benchmark (not a test): time from saving a page to the reloaded page being served by `serve`.

Usage: serve-reload.py MAKE_CORPUS N [--runs R] [--cli PATH_TO_mentoring.dll]

Makes a throw-away site: the repository's content/ and themes/, plus N practices from the corpus generator
(MAKE_CORPUS is the path to make-corpus.py). While the library pipeline is not on this branch, practices are
not built as practices, so they are added as ordinary pages under content/praktiki/ (front matter reduced to
the page fields). Then starts `serve`, listens to its event stream like a browser tab, saves one page R times
and measures save → `reload` event → page fetched with the new text. Python 3 standard library only.
"""
import argparse, http.client, os, pathlib, queue, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

ROOT = pathlib.Path(__file__).resolve().parents[2]


def make_site(make_corpus, n):
    site = pathlib.Path(tempfile.mkdtemp(prefix="mentoring-bench-"))
    shutil.copytree(ROOT / "content", site / "content")
    shutil.copytree(ROOT / "themes", site / "themes")
    # The forms page gets its section ids from the theme branch; without them these anchors do not resolve yet.
    for md in (site / "content").glob("*.md"):
        text = md.read_text(encoding="utf-8")
        md.write_text(re.sub(r"formy\.md#[a-z-]+", "formy.md", text), encoding="utf-8")
    if n:
        corpus = site / "corpus"
        subprocess.run([sys.executable, make_corpus, str(n), str(corpus)], check=True)
        pages = site / "content" / "praktiki"
        pages.mkdir()
        for source in sorted((corpus / "practices").glob("*.md")):
            text = source.read_text(encoding="utf-8")
            _, front, body = text.split("---\n", 2)
            title = re.search(r"^title: (.*)$", front, re.M).group(1)
            date = re.search(r"^date: (.*)$", front, re.M).group(1)
            (pages / source.name).write_text(f"---\ntitle: {title}\nupdated: {date}\n---\n{body}", encoding="utf-8")
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
    page = sorted((site / "content" / "praktiki").glob("*.md"))[args.n // 2] if args.n else site / "content" / "programma.md"
    slug = page.stem if args.n else "programma"
    url = f"/praktiki/{slug}/index.html" if args.n else "/programma/index.html"
    server = subprocess.Popen(["dotnet", args.cli, "serve", "--source", str(site), "--port", "8780", "--date", "2025-09-01"],
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
