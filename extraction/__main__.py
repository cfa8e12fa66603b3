"""CLI: python -m extraction [--format jsonl|json] FILE...

Prints one JSON object per file ({"file", "quotes", "boilerplate", "headline"}); a file that cannot be
read or decoded gets an "error" field instead. Exit code 0 when every file was read, 2
otherwise.
"""
import argparse
import json
import sys

from . import extract


def _one(path):
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {"file": path, "error": f"{type(exc).__name__}: {exc}"}
    result = extract(text).to_dict()
    return {"file": path, "quotes": result["quotes"], "boilerplate": result["boilerplate"], "headline": result["headline"]}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m extraction", description="Extract attributed quotes from Arabic news text.")
    ap.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    ap.add_argument("files", nargs="+", metavar="FILE")
    args = ap.parse_args(argv)
    results = [_one(p) for p in args.files]
    out = sys.stdout
    if args.format == "json":
        json.dump(results, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for r in results:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.flush()
    return 2 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
