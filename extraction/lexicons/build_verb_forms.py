"""Rebuild verb_forms.txt from camel_morph's MSA verb lexicon in shared/data (run by hand, not at import).

Source and licence: camel_morph MSA-Verb-LEX-PV.csv and MSA-Verb-LEX-IV.csv (CC BY 4.0). Output:
the active third-person verb forms a name can never contain, normalized and undiacritized: the
perfect (3rd masculine and feminine singular) and the imperfect (ي- and ت-) of every stem, kept only
when five letters or longer and starting with ا، ي or ت (افترش، اعتلت، يستورد، تستقبل), and not
listed as a person name, a common noun or a place (the shorter forms are names too often: تامر، حسن).
"""
import csv
import sys
from pathlib import Path

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from extraction.lexicon import COMMON_WORDS, PERSON_NAMES, PLACES  # noqa: E402
from extraction.normalize import normalize_word  # noqa: E402


def main(data_dir):
    data = Path(data_dir) / "camel_morph"
    bw2ar = CharMapper.builtin_mapper("bw2ar")
    forms = set()
    for name, prefixes, suffixes in (("MSA-Verb-LEX-PV.csv", ("",), ("", "ت")), ("MSA-Verb-LEX-IV.csv", ("ي", "ت"), ("",))):
        with open(data / name, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                feat, form = row.get("FEAT") or "", row.get("FORM") or ""
                if not form or "per:3" not in feat or "vox:p" in feat:
                    continue
                stem = normalize_word(dediac_ar(bw2ar(form)).replace("ٱ", "ا"))
                if stem.isalpha():
                    forms.update(p + stem + s for p in prefixes for s in suffixes)
    words = sorted(w for w in forms if len(w) >= 5 and w[0] in "ايت" and w not in PERSON_NAMES
                   and w not in COMMON_WORDS and w not in PLACES)
    out = Path(__file__).with_name("verb_forms.txt")
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} verb forms -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
