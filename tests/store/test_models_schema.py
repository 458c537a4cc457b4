"""The models and the migrated schema agree (issue #11).

Every table the migrations create has exactly one model and the other way round;
per table the columns agree (name, declared type, NOT NULL, primary key), the
foreign keys (column, target, ON UPDATE and ON DELETE), the unique constraints
and the indexes (name, columns or expression with collation and order,
uniqueness, WHERE), and a full-text table's columns and options.

The models' side is what Peewee makes of them: their tables are created from
the models in a scratch database in memory. Both databases are then described
through SQLite's own PRAGMAs, so spelling does not matter, except for the two
things no PRAGMA tells: an index's expression and its WHERE clause, which are
compared as normalised SQL text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from kith.store import models
from kith.store.db import close_database, open_database
from kith.store.models import ALL_MODELS, database
from tests.store.test_db import _make_v1

Key = tuple[str, str, bool]  # a column (or an expression), its collation, descending?


@dataclass(frozen=True)
class Column:
    type: str
    not_null: bool
    pk: int  # position in the primary key, 0 if not part of it


@dataclass(frozen=True)
class Index:
    unique: bool
    keys: tuple[Key, ...]
    where: str | None


@dataclass
class Table:
    columns: dict[str, Column]
    foreign_keys: dict[str, str]  # column -> "target(column) ON UPDATE .. ON DELETE .."
    unique: set[tuple[Key, ...]]  # UNIQUE constraints (unique=True on a field)
    indexes: dict[str, Index]
    fts5: tuple[tuple[str, ...], dict[str, str]] | None  # a full-text table's columns, options


# --- reading SQL text -------------------------------------------------------------------

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\w+|[^\s\w]")
_WORDS = {"and", "or", "not"}


def normal(sql: str) -> str:
    """``sql`` as one spelling: identifiers unquoted, keywords in lower case, spaces only
    between words, and grouping brackets dropped (a function's brackets stay).

    Peewee brackets every comparison; without grouping brackets, ``a AND (b OR c)``
    would read as ``a AND b OR c``: none of the WHERE clauses mixes the two.
    """
    out: list[str] = []
    dropped: list[bool] = []  # for each open bracket: was it dropped?
    for token in _TOKEN.findall(sql):
        if token.startswith('"'):
            token = token[1:-1].replace('""', '"')
        if not token.startswith("'"):
            token = token.lower()
        if token == "(":
            drop = not out or not re.match(r"\w", out[-1]) or out[-1] in _WORDS
            dropped.append(drop)
            if drop:
                continue
        elif token == ")" and dropped and dropped.pop():
            continue
        out.append(token)
    text = ""
    for token in out:  # a space only between two words
        if text and re.match(r"[\w']", token) and re.search(r"[\w']$", text):
            text += " "
        text += token
    return text


def top_level(text: str, start: int) -> tuple[list[str], int]:
    """The comma-separated parts inside the bracket that opens at ``text[start]``,
    and where the closing bracket is."""
    parts, depth, quote, begin = [], 0, "", start + 1
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                parts.append(text[begin:i].strip())
                return parts, i
        elif ch == "," and depth == 1:
            parts.append(text[begin:i].strip())
            begin = i + 1
    raise AssertionError(f"unbalanced brackets in {text!r}")


def index_sql(sql: str) -> tuple[list[str], str | None]:
    """The key terms and the WHERE clause (normalised) of a CREATE INDEX statement."""
    on = re.search(r"\bON\s+(\"[^\"]+\"|\w+)\s*\(", sql, re.IGNORECASE)
    assert on is not None, sql
    terms, end = top_level(sql, on.end() - 1)
    rest = sql[end + 1:].strip()
    where = re.match(r"WHERE\b(.*)", rest, re.IGNORECASE | re.DOTALL)
    return terms, normal(where.group(1)) if where else None


def fts5_sql(sql: str) -> tuple[tuple[str, ...], dict[str, str]]:
    using = re.search(r"USING\s+fts5\s*\(", sql, re.IGNORECASE)
    assert using is not None, sql
    columns: list[str] = []
    options: dict[str, str] = {}
    for part in top_level(sql, using.end() - 1)[0]:
        name, eq, value = part.partition("=")
        if eq:
            options[name.strip().lower()] = value.strip().strip("'\"")
        else:
            columns.append(name.strip().strip("'\""))
    return tuple(columns), options


# --- describing a database ----------------------------------------------------------------


def describe(conn: sqlite3.Connection, unique_fields: dict[str, set[str]]) -> dict[str, Table]:
    """Every table of ``conn`` (not SQLite's own, nor a full-text table's shadow tables).

    ``unique_fields``: per table, the columns of fields declared ``unique=True``; the
    index Peewee makes for one counts as the column's UNIQUE constraint.
    """
    tables: dict[str, Table] = {}
    listed = conn.execute("PRAGMA main.table_list").fetchall()
    for _schema, name, kind, *_ in listed:
        if kind not in ("table", "virtual") or name.startswith("sqlite_"):
            continue
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        pk_count = sum(1 for row in info if row[5])
        columns = {}
        for _cid, column, declared, not_null, _default, pk in info:
            # A single INTEGER PRIMARY KEY is the rowid: never NULL, whatever it says.
            rowid = pk and pk_count == 1 and declared.upper() == "INTEGER"
            columns[column] = Column(declared.upper(), bool(not_null or rowid), pk)
        foreign_keys = {
            row[3]: f"{row[2]}({row[4]}) ON UPDATE {row[5]} ON DELETE {row[6]}"
            for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')
        }
        unique: set[tuple[Key, ...]] = set()
        indexes: dict[str, Index] = {}
        for _seq, index, is_unique, origin, _partial in conn.execute(
            f'PRAGMA index_list("{name}")'
        ).fetchall():
            if origin == "pk":
                continue  # the primary key, compared column by column
            index_text = conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (index,)
            ).fetchone()[0]
            terms, where = index_sql(index_text) if index_text else ([], None)
            keys: list[Key] = []
            for seqno, cid, column, desc, coll, key in conn.execute(
                f'PRAGMA index_xinfo("{index}")'
            ).fetchall():
                if key:
                    keys.append((normal(terms[seqno]) if cid == -2 else column, coll, bool(desc)))
            described = Index(bool(is_unique), tuple(keys), where)
            by_field = (origin == "c" and is_unique and where is None and len(keys) == 1
                        and keys[0][0] in unique_fields.get(name, set()))
            if origin == "u" or by_field:
                unique.add(described.keys)
            else:
                indexes[index] = described
        fts5 = fts5_sql(sql) if kind == "virtual" else None
        tables[name] = Table(columns, foreign_keys, unique, indexes, fts5)
    return tables


def models_schema() -> dict[str, Table]:
    """The schema as Peewee creates it from the models."""
    scratch = SqliteDatabase(":memory:")
    with scratch.bind_ctx(ALL_MODELS):
        scratch.create_tables(ALL_MODELS)
        unique_fields = {
            model._meta.table_name: {f.column_name for f in model._meta.sorted_fields
                                     if f.unique and not f.primary_key}
            for model in ALL_MODELS
        }
        try:
            return describe(scratch.connection(), unique_fields)
        finally:
            scratch.close()


# --- comparing ----------------------------------------------------------------------------

AFFINITY = (("INT", "INTEGER"), ("CHAR", "TEXT"), ("CLOB", "TEXT"), ("TEXT", "TEXT"),
            ("BLOB", "BLOB"), ("REAL", "REAL"), ("FLOA", "REAL"), ("DOUB", "REAL"))


def affinity(declared: str) -> str:
    if not declared:
        return "BLOB"
    return next((kind for part, kind in AFFINITY if part in declared), "NUMERIC")


def _keys(keys: tuple[Key, ...]) -> str:
    return ", ".join(
        key + ("" if coll == "BINARY" else f" COLLATE {coll}") + (" DESC" if desc else "")
        for key, coll, desc in keys
    )


def _index(index: Index) -> str:
    text = ("UNIQUE " if index.unique else "") + f"({_keys(index.keys)})"
    return text + (f" WHERE {index.where}" if index.where else "")


def _column(column: Column) -> str:
    return (f"{column.type} (affinity {affinity(column.type)})"
            f"{' NOT NULL' if column.not_null else ' NULL allowed'}"
            f"{f' primary key #{column.pk}' if column.pk else ''}")


def differences(migrated: dict[str, Table], declared: dict[str, Table]) -> list[str]:
    """What differs between the migrated schema and the models, one line a difference."""
    model_of = {m._meta.table_name: m.__name__ for m in ALL_MODELS}
    problems = [f"table {t}: the migrations create it, no model describes it"
                for t in sorted(migrated.keys() - declared.keys())]
    problems += [f"table {t}: model {model_of.get(t, '?')} describes it, the migrations "
                 "do not create it" for t in sorted(declared.keys() - migrated.keys())]
    for name in sorted(migrated.keys() & declared.keys()):
        db, model = migrated[name], declared[name]
        where = f"{name} (model {model_of.get(name, '?')})"
        if list(db.columns) != list(model.columns):
            problems.append(f"{where}: columns are {list(db.columns)} in the migrations, "
                            f"{list(model.columns)} in the model")
        for column in [c for c in db.columns if c in model.columns]:
            a, b = db.columns[column], model.columns[column]
            if affinity(a.type) != affinity(b.type) or a.type != b.type:
                problems.append(f"{name}.{column}: declared type {a.type} (affinity "
                                f"{affinity(a.type)}) in the migrations, {b.type} (affinity "
                                f"{affinity(b.type)}) in the model")
            if a.not_null != b.not_null:
                problems.append(f"{name}.{column}: {'NOT NULL' if a.not_null else 'NULL allowed'}"
                                f" in the migrations, "
                                f"{'NOT NULL' if b.not_null else 'NULL allowed'} in the model")
            if a.pk != b.pk:
                problems.append(f"{name}.{column}: primary key position {a.pk} in the "
                                f"migrations, {b.pk} in the model (0: not in the key)")
        for column in sorted(db.foreign_keys.keys() | model.foreign_keys.keys()):
            a_fk, b_fk = db.foreign_keys.get(column), model.foreign_keys.get(column)
            if a_fk != b_fk:
                problems.append(f"{name}.{column}: foreign key {a_fk or 'none'} in the "
                                f"migrations, {b_fk or 'none'} in the model")
        for keys in sorted(db.unique - model.unique):
            problems.append(f"{where}: UNIQUE ({_keys(keys)}) in the migrations, not in the model")
        for keys in sorted(model.unique - db.unique):
            problems.append(f"{where}: UNIQUE ({_keys(keys)}) in the model, not in the migrations")
        for index in sorted(db.indexes.keys() - model.indexes.keys()):
            problems.append(f"index {index} on {where}: the migrations create "
                            f"{_index(db.indexes[index])}, the model does not declare it")
        for index in sorted(model.indexes.keys() - db.indexes.keys()):
            problems.append(f"index {index} on {where}: the model declares "
                            f"{_index(model.indexes[index])}, the migrations do not create it")
        for index in sorted(db.indexes.keys() & model.indexes.keys()):
            a_ix, b_ix = db.indexes[index], model.indexes[index]
            if a_ix != b_ix:
                problems.append(f"index {index} on {where}: {_index(a_ix)} in the migrations, "
                                f"{_index(b_ix)} in the model")
        if db.fts5 != model.fts5:
            problems.append(f"{where}: full-text columns and options {db.fts5} in the "
                            f"migrations, {model.fts5} in the model")
    return problems


def migrated_schema() -> dict[str, Table]:
    return describe(database.connection(), {})


# --- the tests ----------------------------------------------------------------------------


@pytest.fixture
def populated_v1(data_dir: Path) -> Iterator[Path]:
    """A populated version-1 database, migrated to the latest schema."""
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    open_database(path)
    yield path
    close_database()


def test_models_match_a_new_database(db: Path) -> None:
    problems = differences(migrated_schema(), models_schema())
    assert not problems, "\n".join(problems)


def test_models_match_a_database_migrated_from_version_1(populated_v1: Path) -> None:
    assert database.connection().execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 50
    problems = differences(migrated_schema(), models_schema())
    assert not problems, "\n".join(problems)


def test_the_check_tells_what_differs(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that drops an index, changes one, or changes a column is caught, each named."""
    contact = models.Contact
    kept = [i for i in contact._meta.indexes if i._name != "contact_trash"]
    monkeypatch.setattr(contact._meta, "indexes", kept)
    live_sort = next(i for i in kept if i._name == "contact_live_sort")
    monkeypatch.setattr(live_sort, "_where", None)
    monkeypatch.setattr(contact.birthday, "null", False)
    monkeypatch.setattr(contact.uid, "field_type", "DATE")
    monkeypatch.setattr(models.ContactPhoto.contact, "on_delete", "SET NULL")
    monkeypatch.setattr(models.Tag.name, "collation", None)
    assert differences(migrated_schema(), models_schema()) == [
        "contact.uid: declared type TEXT (affinity TEXT) in the migrations, DATE (affinity "
        "NUMERIC) in the model",
        "contact.birthday: NULL allowed in the migrations, NOT NULL in the model",
        "index contact_trash on contact (model Contact): the migrations create (deleted_at) "
        "WHERE deleted_at is not null, the model does not declare it",
        "index contact_live_sort on contact (model Contact): (sort_name, id) WHERE deleted_at "
        "is null in the migrations, (sort_name, id) in the model",
        "contact_photo.contact_id: foreign key contact(id) ON UPDATE NO ACTION ON DELETE "
        "CASCADE in the migrations, contact(id) ON UPDATE NO ACTION ON DELETE SET NULL in the "
        "model",
        "tag (model Tag): UNIQUE (name COLLATE NOCASE) in the migrations, not in the model",
        "tag (model Tag): UNIQUE (name) in the model, not in the migrations",
    ]


def test_normal_sql_is_one_spelling() -> None:
    assert normal('(("deleted_at" IS NULL) AND ("help" != \'none\'))') == (
        "deleted_at is null and help!='none'"
    )
    assert normal("deleted_at IS NULL AND help != 'none'") == "deleted_at is null and help!='none'"
    assert normal('substr("birthday", -5)') == normal("substr(birthday, -5)") == (
        "substr(birthday,-5)"
    )
    assert normal("name = 'O''Neil'") == "name='O''Neil'"


def test_version_10_keeps_every_introduction_as_introduced_on_its_day(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Introductions recorded before the pipeline (schema 9) become one dated
    "introduced" step each; no row is lost, and the models still match (issue #13)."""
    from kith.store import schema
    from kith.store.db import migrate

    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    with monkeypatch.context() as version_9:
        version_9.setattr(schema, "STEPS", schema.STEPS[:9])
        version_9.setattr(schema, "LATEST", 9)
        conn = sqlite3.connect(path)
        migrate(conn, path)
    conn.executemany("INSERT INTO introduction (a_id, b_id, made_on, reason) VALUES (?, ?, ?, ?)",
                     [(1, 2, "2025-03-04", "Ana needs an accountant"), (3, 4, "2025-05-06", "")])
    conn.commit()
    conn.close()

    open_database(path)
    try:
        c = database.connection()
        assert c.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST >= 10
        assert c.execute("SELECT id, a_id, b_id, made_on, reason, state FROM introduction "
                         "ORDER BY id").fetchall() == [
            (1, 1, 2, "2025-03-04", "Ana needs an accountant", "introduced"),
            (2, 3, 4, "2025-05-06", "", "introduced")]
        assert c.execute("SELECT introduction_id, step, taken_on FROM introduction_step "
                         "ORDER BY introduction_id").fetchall() == [
            (1, "introduced", "2025-03-04"), (2, "introduced", "2025-05-06")]
        from kith.services.ideas import pipeline

        assert [x.as_json() for x in pipeline.introductions()] == [
            {"id": 1, "contact_ids": [1, 2], "state": "introduced", "since": "2025-03-04",
             "next_follow_up": None},
            {"id": 2, "contact_ids": [3, 4], "state": "introduced", "since": "2025-05-06",
             "next_follow_up": None}]
        assert c.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 50
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        problems = differences(migrated_schema(), models_schema())
        assert not problems, "\n".join(problems)
    finally:
        close_database()


def test_version_12_links_the_follow_ups_of_introductions_made_before_the_pipeline(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An introduction recorded at schema 9 set both people "Ask how the introduction to
    NAME went" a week on; once migrated, ending the introduction closes them."""
    import datetime as dt

    from kith.store import schema
    from kith.store.db import migrate

    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    with monkeypatch.context() as version_9:
        version_9.setattr(schema, "STEPS", schema.STEPS[:9])
        version_9.setattr(schema, "LATEST", 9)
        conn = sqlite3.connect(path)
        migrate(conn, path)
    conn.execute("INSERT INTO introduction (a_id, b_id, made_on, reason) "
                 "VALUES (1, 2, '2026-11-01', 'x')")
    conn.executemany(
        "INSERT INTO follow_up (contact_id, due_on, reason, kind, status, created_at) "
        "VALUES (?, ?, ?, 'explicit', 'open', '2026-11-01 10:00:00')",
        [(1, "2026-11-08", "Ask how the introduction to Bob went"),
         (2, "2026-11-08", "Ask how the introduction to Ana went"),
         (1, "2026-11-08", "Send the slides")])  # not the introduction's: stays open
    conn.commit()
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("contact", "follow_up", "introduction")}
    conn.close()

    open_database(path)
    try:
        c = database.connection()
        assert {t: c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in counts} == counts  # nothing lost
        from kith.services.ideas import pipeline

        pipeline.take(1, "helped", dt.date(2026, 11, 20))
        assert c.execute("SELECT reason, status FROM follow_up ORDER BY id").fetchall() == [
            ("Ask how the introduction to Bob went", "done"),
            ("Ask how the introduction to Ana went", "done"),
            ("Send the slides", "open")]
    finally:
        close_database()
