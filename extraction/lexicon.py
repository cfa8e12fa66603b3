"""Load the data files in lexicons/ once, normalized for matching."""
from pathlib import Path

from .normalize import normalize_word

_DIR = Path(__file__).with_name("lexicons")


def _lines(name):
    for line in (_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _words(name):
    return {normalize_word(line.split("\t")[0]) for line in _lines(name)}


def _clause_breaks():
    """clause_breaks.txt, each لكنه/لكنها entry read after غير أنه/إلا أنه too: the writer turns
    to what the source did next the same way with any of them (، غير أنه انتقد، إلا أنها رفضت)."""
    words = _words("clause_breaks.txt")
    turns = set()
    for w in words:
        head, _, rest = w.partition(" ")
        if head in ("لكنه", "لكنها") and rest:
            turns |= {f"غير ان{head[3:]} {rest}", f"الا ان{head[3:]} {rest}"}
    return frozenset(words | turns)


def _world_names():
    """given_names_world.txt, read once: (normalized word, gender m/f/x or "", "amb" or "") rows."""
    rows = []
    for line in _lines("given_names_world.txt"):
        word, gender, flag = (line.split("\t") + ["", ""])[:3]
        rows.append((normalize_word(word), gender, flag))
    return tuple(rows)


def _verb_forms():
    """Every reporting verb form with its gender/number: {form: (lemma, gender, number, kind)}."""
    forms = {}

    def add(form, lemma, gender, number, kind):
        if form and form not in forms:
            forms[form] = (lemma, gender, number, kind)

    for line in _lines("reporting_verbs.txt"):
        fields = line.split()
        perfect, imperfect, participle = (normalize_word(p) if p != "-" else "" for p in fields[:3])
        lemma = perfect
        if perfect:
            stem = perfect[:-1] if perfect.endswith("ي") and len(perfect) > 2 else perfect
            weak = stem != perfect
            add(perfect, lemma, "m", "s", "verb")
            add(stem + "ت", lemma, "f", "s", "verb")
            if "obj" in fields[3:]:  # فقاطعه القاضي، فقاطعته: the verb with the one it addresses
                for suffix in ("ه", "ها", "هم"):
                    add(perfect + suffix, lemma, "m", "s", "verb")
                    add(stem + "ت" + suffix, lemma, "f", "s", "verb")
            if "it" in fields[3:]:  # «...»، قالها وهو يبتسم: the verb with the words just quoted as its object
                add(perfect + "ها", lemma, "m", "s", "verb")
                add(stem + "تها", lemma, "f", "s", "verb")
            add(stem + "وا", lemma, "m", "p", "verb")
            add(stem + ("يا" if weak else "ا"), lemma, "m", "d", "verb")
            add(stem + "تا", lemma, "f", "d", "verb")
        if imperfect:
            add(imperfect, lemma, "m", "s", "verb")
            add("ت" + imperfect[1:], lemma, "f", "s", "verb")
            if "obj" in fields[3:]:  # يقاطعه أبوه، تقاطعها: the present with the one it addresses
                for suffix in ("ه", "ها", "هم"):
                    add(imperfect + suffix, lemma, "m", "s", "verb")
                    add("ت" + imperfect[1:] + suffix, lemma, "f", "s", "verb")
            if "it" in fields[3:]:  # «...»، يقولها وهو يدفع العربة
                add(imperfect + "ها", lemma, "m", "s", "verb")
                add("ت" + imperfect[1:] + "ها", lemma, "f", "s", "verb")
            base = imperfect[:-1] if imperfect.endswith("ي") else imperfect
            add(base + "ون", lemma, "m", "p", "verb")
            add(imperfect + "ان", lemma, "m", "d", "verb")
            add("ت" + imperfect[1:] + "ان", lemma, "f", "d", "verb")  # تؤكدان، تقولان: two women
        if participle:
            base = participle[:-1] if participle.endswith("ا") else participle
            add(participle, lemma, "m", "s", "participle")
            add(base + "ه", lemma, "f", "s", "participle")
            add(base + "ين", lemma, "m", "p", "participle")
            add(base + "تين", lemma, "f", "d", "participle")
            add(base + "ات", lemma, "f", "p", "participle")
    return forms


def _titles():
    out, honorifics, address = {}, set(), set()
    for line in _lines("titles.txt"):
        parts = line.split("\t")
        word = normalize_word(parts[0])
        flags = parts[1] if len(parts) > 1 else ""
        if "a" in flags:  # a form of address (معالي، سعادة): dropped before a name or title, never a role
            address.add(word)
            continue
        out[word] = "f" if "f" in flags else "m"
        if "h" in flags:
            honorifics.add(word)
    return out, honorifics | address, address


def _names(common, world):
    out = {}
    for line in _lines("person_names.txt"):
        word, _, gender = line.partition("\t")
        out[word] = gender or "-"
    hand = set()
    for line in _lines("given_names.txt"):  # hand-written: fills gaps, and gives a gender the data left open
        word, _, gender = line.partition("\t")
        word = normalize_word(word)
        hand.add(word)
        if gender == "x":  # both genders once ى and ي fold together (يسري، يسرى)
            out[word] = "-"
        elif out.get(word, "-") == "-":
            out[word] = gender or "-"
    for word, gender, flag in world:
        # a name the lists lack, unless it is also a frequent ordinary word (أمل، نور); a gender where
        # they left it open or gave the other one (ميشال، قحطان)
        gender = {"m": "m", "f": "f"}.get(gender, "-")
        if flag == "amb" or word in hand or (word not in out and word in common):
            continue  # (the hand-written list decides its own words: يسري is both once ى and ي fold)
        if word not in out or out[word] == "-" or gender != "-":
            out[word] = gender
    for word in [w for w, g in out.items() if w[:1] == "و" and g == "-" and out.get(w[1:]) in ("m", "f")]:
        del out[word]  # ومحمد، ويوسف: ANERcorp tags the conjunction glued to a given name; no name of its own
    return out


def _sourcing():
    out = {"prefix": [], "relay": [], "final": []}
    for line in _lines("sourcing.txt"):
        kind, phrase = line.split("\t")
        out[kind].append(normalize_word(phrase))
    # وفق ما أعلن / بحسب ما أوضحته / حسب ما كشف عنه / بحسب ما يقوله: ما + any reporting verb in the
    # perfect or the present, with or without the object pronoun and the preposition it takes
    relay = set(out["relay"])
    for line in _lines("reporting_verbs.txt"):
        perfect = line.split()[0]
        if perfect == "-":
            continue
        stem = normalize_word(perfect)
        stem = stem[:-1] if stem.endswith("ي") and len(stem) > 2 else stem
        weak = stem != normalize_word(perfect)
        forms = {(f, tail) for f in (normalize_word(perfect), stem + "ت", stem + "ا" if weak else stem)  # أعلن، أعلنت، رواه
                 for tail in ("ه", "ها", "")}
        if not weak:
            forms.add((stem + "و", "ه"))  # ما قالوه، ما أكدوه
            forms.add((stem + "وا", ""))  # ما أفادوا به
        present = normalize_word(line.split()[1]) if len(line.split()) > 1 else "-"
        if present != "-" and present[:1] == "ي":
            # بحسب ما يقوله / ما تؤكده / ما يرويه / ما يقولونه X: the present tense, as the perfect
            for f in (present, "ت" + present[1:]):
                forms.update((f, tail) for tail in ("ه", "ها", ""))
            forms.add((present + "ون", "ه"))
        preps = (" به", " عنه", " اليه") if stem in ("اشار", "لفت", "نوه") else (" به", " عنه")
        for form, tail in forms:
            # an object pronoun (ما قاله) or a preposition with its own (ما أفاد به، ما أشار إليه), not both
            for prep in preps + ("",) if not tail else ("",):
                relay.add("ما " + form + tail + prep)
    out["relay"] = sorted(relay, key=lambda r: (-len(r), r))  # the longest form first
    return out


def _role_families():
    """{stem of a description: the titles it may stand for} (role_families.txt): الخبير for the
    person the article called الدكتور فلان. Keys by their stem (a final ه dropped), as looked up."""
    out = {}
    for line in _lines("role_families.txt"):
        key, _, titles = line.partition("\t")
        key = normalize_word(key.strip())
        out.setdefault(key[:-1] if key.endswith("ه") else key, set()).update(normalize_word(t) for t in titles.split())
    return out


VERBS = _verb_forms()
MASDARS = _words("masdar_cues.txt")
SOURCING = _sourcing()
TITLES, HONORIFICS, ADDRESS_FORMS = _titles()
ORGANISATIONS = _words("organisations.txt")
ANONYMOUS = _words("anonymous.txt")
STOPWORDS = _words("stopwords.txt")
FREQUENT_WORDS = _words("common_words.txt")  # (read once: the names' filter and COMMON_WORDS; a name spelled
# like a frequent word is in it too: خطاب، رمضان)
_WORLD_NAMES = _world_names()
PERSON_NAMES = _names(FREQUENT_WORDS, _WORLD_NAMES)
COMMON_WORDS = FREQUENT_WORDS - set(PERSON_NAMES)


def _ambiguous_given():
    """The world list's given names that are also frequent ordinary words and no other list gives
    (سليمة، حصة، نعمة): a name only where its nasab follows (سليمة بن عاشور)."""
    out = {}
    for word, gender, flag in _WORLD_NAMES:
        if flag == "amb" and word in COMMON_WORDS and word not in PERSON_NAMES and gender in ("m", "f", "x"):
            out[word] = gender if gender != "x" else ""  # (نعمة، جهاد: a man's or a woman's)
    return out


AMBIGUOUS_GIVEN = _ambiguous_given()
# every given name the world list marks as also an ordinary word (أماني), known to a list or not
AMBIGUOUS_WORLD_NAMES = frozenset(word for word, _, flag in _WORLD_NAMES if flag == "amb")
PLACES = _words("places.txt") | _words("places_arab.txt")
BOILERPLATE = [line for line in _lines("boilerplate.txt")]
CLAUSE_BREAKS = _clause_breaks()
GENERIC_ROLE_WORDS = _words("generic_role_words.txt")
INANIMATE_SOURCES = _words("inanimate_sources.txt")
NON_SOURCE_HEADS = _words("non_source_heads.txt")
ROLE_FAMILIES = _role_families()
VERB_FORMS = _words("verb_forms.txt") - set(PERSON_NAMES)
