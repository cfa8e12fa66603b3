"""Benchmark: extraction time against a bare camel-tools simple_word_tokenize pass over the
same articles in the same run, and memory over many articles (it should stay flat).

    .venv/bin/python bench/bench_extraction.py [--articles 10000] [--rounds 5]

Articles are the shared dev set (shared/eval/dev beside the repository), cycled.
"""
import argparse
import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402

from extraction import extract  # noqa: E402

DEV = REPO.parent / "shared/eval/dev"


def load():
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DEV.glob("*.json"))]
    if not texts:
        sys.exit(f"no articles in {DEV}")
    return texts


def timed(fns, texts, rounds):
    """Best time of each function over `rounds`, interleaved so machine noise hits both alike."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            best[k] = min(best[k], time.perf_counter() - t0)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    texts = load()
    extract(texts[0])  # warm-up: lexicons and regexes are built at import, caches here
    tok, ext = timed([simple_word_tokenize, extract], texts, args.rounds)
    words = sum(len(simple_word_tokenize(t)) for t in texts)
    print(f"articles: {len(texts)}, words: {words}")
    print(f"simple_word_tokenize: {tok * 1000:.1f} ms  extract: {ext * 1000:.1f} ms  ratio: {ext / tok:.2f}x")
    tracemalloc.start()
    marks = []
    step = max(args.articles // 10, 1)
    t0 = time.perf_counter()
    for i in range(args.articles):
        extract(texts[i % len(texts)])
        if (i + 1) % step == 0:
            gc.collect()
            current, _ = tracemalloc.get_traced_memory()
            marks.append(current)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.articles} articles in {elapsed:.1f} s ({args.articles / elapsed:.0f}/s)")
    print("traced memory after each tenth (bytes): " + " ".join(str(m) for m in marks))
    print(f"growth first->last tenth: {marks[-1] - marks[0]} bytes; traced peak {peak / 1024:.0f} KiB; max RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
