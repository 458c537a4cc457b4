"""Precision and recall of the introduction matcher on the blind need/offer set.

    python -m tests.benchmarks.bench_intro_eval [--errors]

The set (``intro_eval/blind.jsonl``) was written before any tuning and the
matcher is never tuned on it (see ``intro_eval/README.md``). Targets (issue
#13): precision >= 0.92, recall >= 0.85.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kith.services.ideas.text.match import matches

SET = Path(__file__).parent / "intro_eval" / "blind.jsonl"


def evaluate(show_errors: bool = False) -> dict[str, float]:
    pairs = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    outcome: Counter[str] = Counter()
    wrong_by_kind: Counter[str] = Counter()
    for pair in pairs:
        said = matches(pair["need"], pair["offer"])
        key = ("t" if said == pair["match"] else "f") + ("p" if said else "n")
        outcome[key] += 1
        if said != pair["match"]:
            wrong_by_kind[pair["kind"]] += 1
            if show_errors:
                print(f"{pair['kind']:>18}  {pair['need']!r} / {pair['offer']!r}")
    precision = outcome["tp"] / max(1, outcome["tp"] + outcome["fp"])
    recall = outcome["tp"] / max(1, outcome["tp"] + outcome["fn"])
    print(f"pairs {len(pairs)}  precision {precision:.2f}  recall {recall:.2f}  "
          f"(tp {outcome['tp']}, fp {outcome['fp']}, fn {outcome['fn']}, tn {outcome['tn']})")
    print("wrong by kind: " + ", ".join(f"{k} {n}" for k, n in wrong_by_kind.most_common()))
    return {"precision": precision, "recall": recall}


if __name__ == "__main__":
    evaluate("--errors" in sys.argv)
