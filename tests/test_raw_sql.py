"""Peewee is the data layer: raw SQL is rare, counted, and says why it is there.

Issue #11: at most 15 raw statements outside the numbered migrations, each in
store/ or beside the query that needs it with a comment giving the measured
reason. PRAGMAs and transaction control do not count, nor does the migration
runner (store/db.py ``migrate``) executing the frozen steps of store/schema.py.
A query Peewee built and run through ``database.execute(query)`` is not raw.
"""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "kith"
BUDGET = 15
CALLS = {"execute", "executemany", "executescript", "execute_sql"}
NOT_COUNTED = ("PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
MEASURED = re.compile(r"\d[\d,.]*\s*(ms|s)\b")


def _sql_text(node: ast.expr) -> str | None:
    """The SQL a call's first argument holds, '' when it is SQL built at run time; None when
    it is not SQL text at all (a Peewee query object)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _sql_text(node.left) or ""
    if isinstance(node, ast.Name) and "sql" in node.id.lower():
        return ""
    return None


def raw_statements() -> list[tuple[str, int]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel == "store/schema.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip: set[int] = set()
        for node in ast.walk(tree):
            runner = rel == "store/db.py" and getattr(node, "name", "") == "migrate"
            if isinstance(node, ast.FunctionDef) and runner:
                skip.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in CALLS and node.args) or node.lineno in skip:
                continue
            text = _sql_text(node.args[0])
            if text is None or text.strip().upper().startswith(NOT_COUNTED):
                continue
            found.append((rel, node.lineno))
    return found


def test_raw_sql_stays_within_its_budget_and_says_why() -> None:
    found = raw_statements()
    assert len(found) <= BUDGET, f"{len(found)} raw statements: {found}"
    for rel, line in found:
        lines = (PACKAGE / rel).read_text(encoding="utf-8").splitlines()
        context = "\n".join(lines[max(0, line - 14):line + 2])
        assert MEASURED.search(context) or rel.startswith("store/"), (
            f"{rel}:{line} runs raw SQL without a comment giving the measured reason")


def test_the_count_sees_raw_sql() -> None:
    """The counter itself: a module with one raw statement and one Peewee query."""
    tree = ast.parse("conn.execute('SELECT 1')\ndatabase.execute(query)\n"
                     "conn.execute('PRAGMA user_version')\nconn.executemany(sql, rows)\n")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    kinds = [_sql_text(c.args[0]) for c in calls]
    assert kinds == ["SELECT 1", None, "PRAGMA user_version", ""]
