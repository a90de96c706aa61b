#!/usr/bin/env python3
"""The peer for the HTML benchmark: trafilatura extracts body, title and date from every page
in a folder; prints one JSON object per page, and the extraction time (pages already in memory)
on standard error, in the same shape as `cargo run --example html_extract`.

Usage: html_trafilatura.py DIR [REPEAT]
"""
import json
import os
import sys
import time

import trafilatura


def main():
    folder = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    names = sorted(n for n in os.listdir(folder) if n.endswith(".html"))
    pages = []
    for n in names:
        with open(os.path.join(folder, n), "rb") as f:
            pages.append((n, f.read()))
    results = []
    start = time.perf_counter()
    for r in range(repeat):
        for name, raw in pages:
            doc = trafilatura.bare_extraction(raw, with_metadata=True)
            if r == 0:
                results.append((name, doc))
    secs = (time.perf_counter() - start) / repeat
    for name, doc in results:
        if doc is None:
            print(json.dumps({"file": name, "error": "nothing extracted", "text": ""}, ensure_ascii=False))
            continue
        d = doc.as_dict() if hasattr(doc, "as_dict") else doc
        print(json.dumps({"file": name, "title": d.get("title"), "published": d.get("date"),
                          "text": d.get("text") or ""}, ensure_ascii=False))
    print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages in {secs:.3f} s "
          f"({len(pages) / secs:.0f} pages/s, mean of {repeat})", file=sys.stderr)


if __name__ == "__main__":
    main()
