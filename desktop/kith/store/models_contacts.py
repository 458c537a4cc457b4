"""People and what is known of them: the contact, its photo, e-mails and phones, tags and
circles, and the two full-text indexes over them.

Part of ``kith.store.models`` (which re-exports every model): see its docstring.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    fn,
)
from playhouse.sqlite_ext import FTS5Model, SearchField

from kith.store.database import database
from kith.store.models_base import BaseModel


class Circle(BaseModel):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")
    cadence_days = IntegerField(null=True)
    position = IntegerField(default=0)


class Contact(BaseModel):
    id = AutoField()
    uid = TextField(null=True)
    display_name = TextField()
    sort_name = TextField()
    given_name = TextField(default="")
    family_name = TextField(default="")
    additional_names = TextField(default="")
    prefix = TextField(default="")
    suffix = TextField(default="")
    nickname = TextField(default="")
    organization = TextField(default="")
    department = TextField(default="")
    title = TextField(default="")
    birthday = TextField(null=True)  # "YYYY-MM-DD" or "--MM-DD"
    birthday_raw = TextField(null=True)
    notes = TextField(default="")
    how_met = TextField(default="")
    circle = ForeignKeyField(Circle, index=False, null=True, on_delete="SET NULL",
                             backref="contacts")
    circle_id: int | None
    # None: use the circle's cadence; 0: no cadence; N: every N days.
    cadence_days = IntegerField(null=True)
    last_contact_on = DateField(null=True)
    next_follow_up_on = DateField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    edited_at = DateTimeField(null=True)  # a person's last edit (schema 7)
    # Collation keys (``kith.store.collation``) for the list's two name orders (schema 9).
    sort_key_given = TextField(default="")
    sort_key_family = TextField(default="")


# The indexes the migrations create (schema version in brackets); the models name
# them as the steps do, and no foreign key gets an index of its own (index=False)
# unless a step made one.
Contact.add_index(Contact.uid, name="contact_uid")  # [1]
Contact.add_index(Contact.sort_name, name="contact_sort_name")  # [1]
Contact.add_index(Contact.organization.collate("NOCASE"), name="contact_organization")  # [1]
Contact.add_index(Contact.last_contact_on, name="contact_last_contact")  # [1]
Contact.add_index(Contact.next_follow_up_on, name="contact_next_follow_up")  # [1]
# [3] The trash, and live contacts in name order (the list never sorts everyone).
Contact.add_index(Contact.deleted_at, name="contact_trash", where=Contact.deleted_at.is_null(False))
Contact.add_index(Contact.sort_name, Contact.id, name="contact_live_sort",
                  where=Contact.deleted_at.is_null())
# [4] Birthdays by month and day ("MM-DD", the last five characters).
Contact.add_index(fn.substr(Contact.birthday, -5), name="contact_birthday_md",
                  where=Contact.deleted_at.is_null() & Contact.birthday.is_null(False))
# [5] Who is due: the cadence rounds read nothing but this index.
Contact.add_index(Contact.next_follow_up_on, Contact.id, Contact.display_name,
                  Contact.last_contact_on, Contact.cadence_days, Contact.circle,
                  name="contact_due_cover", where=Contact.deleted_at.is_null())

# [9] Live contacts by given and by family name, in the locale's order.
Contact.add_index(Contact.sort_key_given, Contact.id, name="contact_live_given",
                  where=Contact.deleted_at.is_null())
Contact.add_index(Contact.sort_key_family, Contact.id, name="contact_live_family",
                  where=Contact.deleted_at.is_null())


class ContactPhoto(BaseModel):
    contact = ForeignKeyField(Contact, index=False, primary_key=True, on_delete="CASCADE")
    data = BlobField()
    mime = TextField(default="image/jpeg")


class ContactPoint(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="points")
    kind = TextField()  # email | phone | url | address | im
    value = TextField()
    norm = TextField(default="")
    label = TextField(default="")
    preferred = BooleanField(default=False)
    position = IntegerField(default=0)
    extra = TextField(null=True)  # JSON


ContactPoint.add_index(ContactPoint.contact, name="contact_point_contact")  # [1]
ContactPoint.add_index(ContactPoint.kind, ContactPoint.norm, name="contact_point_norm")  # [1]


class Tag(BaseModel):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, index=False, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("contact", "tag")


ContactTag.add_index(ContactTag.tag, name="contact_tag_tag")  # [1]


class ContactSearch(FTS5Model):
    """Search as you type: one row per contact (rowid = contact id), trigram-tokenized, so
    any three characters of a name, organisation, e-mail, phone, tag or note find it."""

    body = SearchField()

    class Meta:
        database = database
        table_name = "contact_search"
        options = {"tokenize": "trigram"}


class ContactNames(FTS5Model):
    """Name words with one- and two-letter prefixes, for search terms too short for
    trigrams ("ng" finds "Bob Ng")."""

    name = SearchField()

    class Meta:
        database = database
        table_name = "contact_names"
        options = {"tokenize": "unicode61 remove_diacritics 2", "prefix": "1 2"}
