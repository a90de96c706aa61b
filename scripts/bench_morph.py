"""Times morfeusz2 (the reference Polish analyser, PyPI) on a token list, one token per line.

Prints key=value lines: per-token calls (what dyad's lookup does) and, for reference, one call
over all tokens joined by spaces (morfeusz2 tokenizes itself; less Python overhead per token).
"""
import sys
import time

import morfeusz2


def main() -> None:
    tokens = open(sys.argv[1], encoding="utf-8").read().split("\n")
    tokens = [t for t in tokens if t]
    started = time.perf_counter()
    morf = morfeusz2.Morfeusz()
    print(f"morfeusz_load_ms={(time.perf_counter() - started) * 1e3:.1f}")

    # Wall clock and on-CPU time (time.thread_time): the machine is shared.
    started, cpu = time.perf_counter(), time.thread_time()
    readings = 0
    for t in tokens:
        readings += len(morf.analyse(t))
    secs, cpu = time.perf_counter() - started, time.thread_time() - cpu
    print(f"morfeusz_tokens={len(tokens)}")
    print(f"morfeusz_per_token_tokens_per_s={len(tokens) / secs:.0f}")
    print(f"morfeusz_per_token_cpu_tokens_per_s={len(tokens) / cpu:.0f}")

    # Batches of 1000 tokens per call: closer to morfeusz2's C++ speed.
    started, cpu = time.perf_counter(), time.thread_time()
    for i in range(0, len(tokens), 1000):
        morf.analyse(" ".join(tokens[i:i + 1000]))
    secs, cpu = time.perf_counter() - started, time.thread_time() - cpu
    print(f"morfeusz_batched_tokens_per_s={len(tokens) / secs:.0f}")
    print(f"morfeusz_batched_cpu_tokens_per_s={len(tokens) / cpu:.0f}")


if __name__ == "__main__":
    main()
