#!/usr/bin/env python3
"""Scores dyad-dates and dateparser (PyPI) on the same probe table; prints accuracy, the ratio,
and throughput (sentences per second) for both.

dyad's per-row results come from `--dyad` (output of the `probe_table` example). dateparser runs
here, in two modes:
  search  search_dates(sentence): finds and resolves, the same job dyad does;
  span    parse(expected words): resolves the gold expression only (the peer's best case).
Both get languages=[lang], RELATIVE_BASE=published and PREFER_DATES_FROM past (future for
future-tense rows, the one hint it can take).

Scores, per row:
  exact    (dyad only) exactly one mention, the expected words, start, end and precision;
  lenient  the first date found falls inside the expected start..end (for dyad: its start);
           on rows that expect nothing, nothing was found.
"""
import argparse
import datetime as dt
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def read_table(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            lang, pub, tense, sentence, words, start, end, prec = raw.split("\t")
            rows.append(dict(line=n, lang=lang, pub=dt.date.fromisoformat(pub), tense=tense,
                             sentence=sentence, words=None if words == "-" else words,
                             start=None if start == "-" else dt.date.fromisoformat(start),
                             end=None if end == "-" else dt.date.fromisoformat(end), prec=prec))
    return rows


def read_dyad(path):
    got, rate = {}, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if raw.startswith("# throughput"):
                rate = float(raw.split()[2])
                continue
            line, count, text, start, end, prec = raw.split("\t")
            got[int(line)] = dict(count=int(count), text=None if text == "-" else text,
                                  start=None if start == "-" else dt.date.fromisoformat(start),
                                  end=None if end == "-" else dt.date.fromisoformat(end), prec=prec)
    return got, rate


def lenient(row, day):
    if row["words"] is None:
        return day is None
    return day is not None and row["start"] is not None and row["start"] <= day <= row["end"]


def settings(row):
    base = dt.datetime.combine(row["pub"], dt.time(12, 0))
    prefer = "future" if row["tense"] == "future" else "past"
    return {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}


def dp_search(row):
    from dateparser.search import search_dates
    found = search_dates(row["sentence"], languages=[row["lang"]], settings=settings(row))
    return found[0][1].date() if found else None


def dp_span(row):
    import dateparser
    if row["words"] is None:
        return dp_search(row)  # nothing to hand it but the sentence
    d = dateparser.parse(row["words"], languages=[row["lang"]], settings=settings(row))
    return d.date() if d else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--table", required=True)
    ap.add_argument("--dyad", required=True, help="output of the probe_table example")
    ap.add_argument("--seconds", type=float, default=3.0, help="dateparser timing budget")
    ap.add_argument("--misses", action="store_true", help="list the rows each tool gets wrong")
    args = ap.parse_args()

    import dateparser
    rows = read_table(args.table)
    dyad, dyad_rate = read_dyad(args.dyad)
    if dyad_rate is None or len(dyad) != len(rows):
        sys.exit("dyad output does not match the table")

    stats = {}
    def tally(key, lang, ok):
        for k in (lang, "all"):
            s = stats.setdefault((key, k), [0, 0])
            s[0] += ok
            s[1] += 1

    misses = []
    for row in rows:
        g = dyad[row["line"]]
        exact = (row["words"] is None and g["count"] == 0) or (
            row["words"] is not None and g["count"] == 1 and g["text"] == row["words"]
            and g["start"] == row["start"] and g["end"] == row["end"] and g["prec"] == row["prec"])
        tally("dyad exact", row["lang"], exact)
        tally("dyad lenient", row["lang"], lenient(row, g["start"]))
        s = dp_search(row)
        p = dp_span(row)
        tally("dateparser search", row["lang"], lenient(row, s))
        tally("dateparser span", row["lang"], lenient(row, p))
        if not exact:
            misses.append(f"dyad       line {row['line']}: {row['sentence']!r} got {g}")
        if not lenient(row, s):
            misses.append(f"dateparser line {row['line']}: {row['sentence']!r} got {s}")

    # Throughput of dateparser doing dyad's job (search over whole sentences), after warm-up.
    for row in rows[:5]:
        dp_search(row)
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < args.seconds:
        for row in rows:
            dp_search(row)
            n += 1
    dp_rate = n / (time.perf_counter() - t0)

    pl = sum(r["lang"] == "pl" for r in rows)
    print(f"probe table: {args.table}: {len(rows)} rows ({pl} pl, {len(rows) - pl} en); "
          f"dateparser {dateparser.__version__}")
    print(f"{'scorer':<20}{'pl':>15}{'en':>15}{'all':>15}")
    for key in ("dyad exact", "dyad lenient", "dateparser search", "dateparser span"):
        cells = []
        for lang in ("pl", "en", "all"):
            ok, tot = stats.get((key, lang), (0, 0))
            cells.append(f"{ok}/{tot} {100 * ok / max(tot, 1):.0f}%")
        print(f"{key:<20}" + "".join(f"{c:>15}" for c in cells))
    acc = lambda key: stats[(key, "all")][0] / stats[(key, "all")][1]
    print(f"accuracy ratio dyad lenient / dateparser search: "
          f"{acc('dyad lenient') / max(acc('dateparser search'), 1e-9):.2f}x; "
          f"dyad exact / dateparser span (its best case): "
          f"{acc('dyad exact') / max(acc('dateparser span'), 1e-9):.2f}x")
    print(f"throughput (sentences/s, one core): dyad {dyad_rate:,.0f}, "
          f"dateparser search {dp_rate:,.0f}, ratio {dyad_rate / dp_rate:,.0f}x")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
