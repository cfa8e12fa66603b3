"""The command line: python -m extraction [--format jsonl|json] FILE..."""
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "وقال الوزير كريم العلي إن الطريق سيفتح غدا.\n"


def run(*args):
    return subprocess.run([sys.executable, "-m", "extraction", *args], cwd=REPO, capture_output=True, text=True)


def test_jsonl_prints_one_object_per_file(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text("لا اقتباس هنا.\n", encoding="utf-8")
    proc = run(str(a), str(b))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(a), str(b)]
    q = rows[0]["quotes"][0]
    assert q["speaker"] == "كريم العلي"
    assert ARTICLE[q["start"]:q["end"]] == q["content"]
    assert {"cue", "cue_start", "cue_end", "speaker_mention", "mention_start", "mention_end", "speaker_role",
            "speaker_kind", "confidence", "flags", "type"} <= set(q)
    assert rows[1]["quotes"] == [] and "boilerplate" in rows[1]


def test_json_format_prints_one_array(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    proc = run("--format", "json", str(a))
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert isinstance(data, list) and data[0]["file"] == str(a)


def test_unreadable_and_undecodable_files_get_an_error_and_the_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("قال".encode("cp1256") + b"\xff\xfe\x81")
    missing = tmp_path / "missing.txt"
    proc = run(str(bad), str(missing), str(good))
    assert proc.returncode == 2
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert "error" in rows[0] and "error" in rows[1]
    assert rows[2]["quotes"] and "error" not in rows[2]
