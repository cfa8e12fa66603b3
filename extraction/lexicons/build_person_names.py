"""Rebuild person_names.txt, common_words.txt and places.txt from the open data in shared/data (run by hand, not at import).

Sources and licences: camel_morph MSA-Noun-Prop-LEX.csv (CC BY 4.0, entries with rat:r)
and ANERcorp CAMeL Lab train split (CC BY-SA 4.0, tokens tagged B-PERS/I-PERS, seen at
least twice or also in camel_morph). Output: one normalized token a line, with a gender
column (m/f/-) where camel_morph gives one.
"""
import csv
import sys
from collections import Counter
from pathlib import Path

from camel_tools.utils.charmap import CharMapper

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from extraction.normalize import normalize_word  # noqa: E402


def main(data_dir):
    data = Path(data_dir)
    bw2ar = CharMapper.builtin_mapper("bw2ar")
    gender = {}
    with open(data / "camel_morph/MSA-Noun-Prop-LEX.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            feat = row.get("FEAT") or ""
            if "rat:r" not in feat or not row.get("FORM"):
                continue
            word = normalize_word(bw2ar(row["FORM"]).replace("ٱ", "ا"))
            g = "f" if "gen:f" in feat else "m" if "gen:m" in feat else "-"
            if word and " " not in word:
                gender[word] = g if gender.get(word, g) == g else "-"
    counts = Counter()
    for line in (data / "anercorp/ANERCorp_CamelLab_train.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] in ("B-PERS", "I-PERS"):
            counts[normalize_word(parts[0])] += 1
    for word, n in counts.items():
        if (n >= 2 or word in gender) and len(word) > 1 and word.isalpha():
            gender.setdefault(word, "-")
    out = Path(__file__).with_name("person_names.txt")
    lines = ["# derived from camel_morph (CC BY 4.0) and ANERcorp (CC BY-SA 4.0); see build_person_names.py"]
    lines += [f"{w}\t{g}" for w, g in sorted(gender.items())]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(gender)} names -> {out}")


def build_common_words(data_dir):
    """Write common_words.txt: frequent ANERcorp tokens never tagged as a person.

    A token in this list cannot start a person's name; it keeps the name finder from
    reading an ordinary noun after a title as a name.
    """
    data = Path(data_dir)
    other, person = Counter(), set()
    for line in (data / "anercorp/ANERCorp_CamelLab_train.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        word = normalize_word(parts[0])
        if parts[1].endswith("PERS"):
            person.add(word)
        else:
            other[word] += 1
    words = sorted(w for w, n in other.items() if n >= 3 and w not in person and w.isalpha())
    out = Path(__file__).with_name("common_words.txt")
    out.write_text("# derived from ANERcorp (CC BY-SA 4.0); see build_person_names.py\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} common words -> {out}")


def build_places(data_dir):
    """Write places.txt: one-word place names (cities, countries, regions).

    camel_morph proper nouns with rat:i that ANERcorp never tags as a person or body, and
    ANERcorp tokens tagged as a location more often than anything else (seen at least twice).
    It tells "مديرية الصحة في جنين" (where the body sits) from "في وقت سابق" (when).
    """
    data = Path(data_dir)
    bw2ar = CharMapper.builtin_mapper("bw2ar")
    tags = {}
    for line in (data / "anercorp/ANERCorp_CamelLab_train.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            kind = parts[1][2:] if parts[1] != "O" else "O"
            tags.setdefault(normalize_word(parts[0]), Counter())[kind] += 1
    places = set()
    with open(data / "camel_morph/MSA-Noun-Prop-LEX.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if "rat:i" in (row.get("FEAT") or "") and row.get("FORM"):
                word = normalize_word(bw2ar(row["FORM"]).replace("ٱ", "ا"))
                seen = tags.get(word, Counter())
                if word.isalpha() and len(word) > 2 and not seen["PERS"] and not seen["ORG"] and seen["O"] <= seen["LOC"] + 2:
                    places.add(word)
    for word, seen in tags.items():
        if seen["LOC"] >= 2 and seen["LOC"] > sum(seen.values()) - seen["LOC"] and word.isalpha() and len(word) > 2:
            places.add(word)
    out = Path(__file__).with_name("places.txt")
    out.write_text("# derived from camel_morph (CC BY 4.0) and ANERcorp (CC BY-SA 4.0); see build_person_names.py\n"
                   + "\n".join(sorted(places)) + "\n", encoding="utf-8")
    print(f"{len(places)} places -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
    build_common_words(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
    build_places(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
