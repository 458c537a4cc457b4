"""Peewee models over the tables that ``kith.store.schema`` creates.

The models never create tables themselves: the numbered steps in ``schema``
do. The models still declare everything the steps create (columns with their
types and NOT NULL, primary and foreign keys with their ON DELETE, and every
index by name, with its columns or expression, uniqueness and WHERE), and
``tests/store/test_models_schema.py`` checks the two agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)
from playhouse.sqlite_ext import FTS5Model, SearchField

from kith.store.database import database

if TYPE_CHECKING:
    # Peewee 4's stubs type every row of a query as a model instance, whatever
    # .tuples() or .dicts() return, and know nothing of the ``<fk>_id`` attributes:
    # for the type checker, models are untyped (their fields keep their types).
    _Model = Any
else:
    _Model = Model


class BaseModel(_Model):
    class Meta:
        database = database
        legacy_table_names = False


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


class Event(BaseModel):
    id = AutoField()
    name = TextField()
    date = DateField(null=True)
    place = TextField(default="")
    created_at = DateTimeField()


class ImportBatch(BaseModel):
    id = AutoField()
    created_at = DateTimeField()
    event = ForeignKeyField(Event, index=False, null=True, on_delete="SET NULL")
    sources = TextField(default="[]")  # JSON list of file names
    status = TextField(default="committed")  # committed | undone
    cards_read = IntegerField(default=0)
    created = IntegerField(default=0)
    merged = IntegerField(default=0)
    unchanged = IntegerField(default=0)
    failed = IntegerField(default=0)
    problems = TextField(default="[]")  # JSON list of problem objects
    undone_at = DateTimeField(null=True)
    created_event = BooleanField(default=False)


class BatchChange(BaseModel):
    id = AutoField()
    batch = ForeignKeyField(ImportBatch, index=False, on_delete="CASCADE", backref="changes")
    contact_id = IntegerField()
    action = TextField()  # created | merged
    before = TextField(null=True)  # JSON snapshot of a merged contact
    after = TextField(null=True)  # JSON snapshot of it as the import left it (schema 6)


BatchChange.add_index(BatchChange.batch, name="batch_change_batch")  # [1]


class ContactEvent(BaseModel):
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE")
    event = ForeignKeyField(Event, index=False, on_delete="CASCADE")
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="SET NULL")

    class Meta:
        primary_key = CompositeKey("contact", "event")


ContactEvent.add_index(ContactEvent.event, name="contact_event_event")  # [1]
ContactEvent.add_index(ContactEvent.batch, name="contact_event_batch")  # [3]


class Interaction(BaseModel):
    """Something that happened with a person: one row per person.

    A moment with several people (a lunch with three, a group call; schema 13) is one
    row per person, the rows sharing ``moment_id`` (the id of the row logged first; a
    group key, not a foreign key). Every per-person query reads its own rows as before;
    logging, editing and deleting act on all rows of the moment
    (``kith.services.followups.interactions``). A one-person interaction has
    ``moment_id`` NULL. Moving interactions to another person (a merge) moves rows; if
    both people were in one moment, keep one of the two rows (delete the other).
    """

    id = AutoField()
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="interactions")
    occurred_on = DateField()
    channel = TextField()
    initiated_by = TextField(default="me")  # me | them
    help = TextField(default="none")  # gave | asked | none
    summary = TextField(default="")
    note = TextField(default="")
    created_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    moment_id = IntegerField(null=True)  # schema 13: rows of one moment share it


Interaction.add_index(Interaction.contact, Interaction.occurred_on,
                      name="interaction_contact")  # [1]
Interaction.add_index(Interaction.occurred_on, name="interaction_date")  # [1]
# [5] Who asked more than they gave.
Interaction.add_index(Interaction.contact, Interaction.help, name="interaction_help",
                      where=Interaction.deleted_at.is_null() & (Interaction.help != "none"))
# [13] The other people of a moment.
Interaction.add_index(Interaction.moment_id, name="interaction_moment",
                      where=Interaction.moment_id.is_null(False))


class FollowUp(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="follow_ups")
    due_on = DateField()
    reason = TextField(default="")
    kind = TextField()  # explicit | event | cadence | birthday
    status = TextField(default="open")  # open | done | skipped
    snoozed_until = DateField(null=True)
    created_at = DateTimeField()
    resolved_at = DateTimeField(null=True)
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="SET NULL")


FollowUp.add_index(FollowUp.status, FollowUp.due_on, name="follow_up_open")  # [1]
FollowUp.add_index(FollowUp.contact, name="follow_up_contact")  # [1]
FollowUp.add_index(FollowUp.batch, name="follow_up_batch")  # [3]


class NeedOffer(BaseModel):
    id = AutoField()
    # None: the user's own need or offer.
    contact = ForeignKeyField(Contact, index=False, null=True, on_delete="CASCADE")
    kind = TextField()  # need | offer
    text = TextField()
    created_on = DateField()
    expires_on = DateField(null=True)
    closed_at = DateTimeField(null=True)
    # '' typed in Kith; 'card': read from the person's own card (X-KITH-NEED/-OFFER) (schema 11)
    source = TextField(default="")
    # The import that brought it from their card, so that undo takes it back (schema 11).
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="SET NULL")


NeedOffer.add_index(NeedOffer.contact, name="need_offer_contact")  # [1]
NeedOffer.add_index(NeedOffer.batch, name="need_offer_batch",
                    where=NeedOffer.batch.is_null(False))  # [11]


class MyCard(BaseModel):
    """The user's own details, for the card they hand over (one row, id 1; schema 11)."""

    id = AutoField()
    uid = TextField()
    name = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    organization = TextField(default="")
    title = TextField(default="")
    updated_at = DateTimeField()


class TimelineEntry(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE")
    occurred_on = DateField()
    kind = TextField()  # met | note | change | follow_up | introduction | birthday
    summary = TextField(default="")
    ref_id = IntegerField(null=True)
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="CASCADE")
    created_at = DateTimeField()


TimelineEntry.add_index(TimelineEntry.contact, TimelineEntry.occurred_on,
                        name="timeline_entry_contact")  # [1]
TimelineEntry.add_index(TimelineEntry.batch, name="timeline_entry_batch")  # [3]
TimelineEntry.add_index(TimelineEntry.occurred_on, name="timeline_entry_date")  # [4]


class Introduction(BaseModel):
    id = AutoField()
    a = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    b = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    made_on = DateField()  # the day it began (its first step)
    reason = TextField(default="")
    # The pipeline (schema 10): the last step taken, and what it was about.
    state = TextField(default="introduced")
    need = TextField(default="")
    offer = TextField(default="")


class IntroductionStep(BaseModel):
    id = AutoField()
    introduction = ForeignKeyField(Introduction, index=False, on_delete="CASCADE",
                                   backref="steps")
    step = TextField()  # asked | agreed-a | agreed-b | introduced | helped | no-fit | no-answer
    taken_on = DateField()
    created_at = DateTimeField()


IntroductionStep.add_index(IntroductionStep.introduction, IntroductionStep.taken_on,
                           name="introduction_step_introduction")  # [10]


class IntroductionFollowUp(BaseModel):
    """A follow-up a waiting step of an introduction set (closed by the next step)."""

    introduction = ForeignKeyField(Introduction, index=False, on_delete="CASCADE")
    follow_up = ForeignKeyField(FollowUp, index=False, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("introduction", "follow_up")


IntroductionFollowUp.add_index(IntroductionFollowUp.follow_up,
                               name="introduction_follow_up_follow_up")  # [10]


class PromptState(BaseModel):
    key = TextField(primary_key=True)
    status = TextField()
    until = DateField(null=True)
    signature = TextField(default="")
    updated_at = DateTimeField()


class NotificationLog(BaseModel):
    day = DateField()
    key = TextField()
    sent_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("day", "key")


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


class SyncAccount(BaseModel):
    """A CardDAV/CalDAV account (schema 16); its password is in the system keyring."""

    id = AutoField()
    url = TextField()
    user = TextField()
    label = TextField(default="")
    created = DateTimeField()

    class Meta:
        table_name = "sync_account"


class SyncCollection(BaseModel):
    """An address book or calendar of an account, and how its last sync went (schema 16)."""

    id = AutoField()
    account = ForeignKeyField(SyncAccount, index=False, on_delete="CASCADE")
    url = TextField()
    name = TextField()
    kind = TextField()  # addressbook | calendar
    enabled = BooleanField(default=True)
    ctag = TextField(null=True)
    sync_token = TextField(null=True)
    last_sync = DateTimeField(null=True)
    last_error = TextField(null=True)

    class Meta:
        table_name = "sync_collection"


SyncCollection.add_index(SyncCollection.account, SyncCollection.url, unique=True,
                         name="sync_collection_account_url")  # [16]


class ContactLink(BaseModel):
    """Who knows whom (schema 14): ``from_contact`` stands in ``relation`` to ``to_contact``.

    One row per pair of people, whichever way round (unique on the smaller and the larger
    id), never a person with themselves. ``relation``: ``introduced`` (from introduced
    to), ``reports-to`` (from reports to to), the symmetric ``works-with``,
    ``partner-of``, ``friend-of`` and ``met-through-you`` (an introduction made in Kith),
    or ``other`` with the words in ``label``. ``services.contacts.links`` names each
    side. A merge that moves links keeps one per pair and drops a link between the two
    people merged.
    """

    id = AutoField()
    from_contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    to_contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    relation = TextField()
    label = TextField(default="")
    created_at = DateTimeField()

    class Meta:
        constraints = [SQL("CHECK (from_contact_id <> to_contact_id)")]


ContactLink.add_index(fn.min(ContactLink.from_contact, ContactLink.to_contact),
                      fn.max(ContactLink.from_contact, ContactLink.to_contact),
                      name="contact_link_pair", unique=True)  # [14]
ContactLink.add_index(ContactLink.from_contact, name="contact_link_from")  # [14]
ContactLink.add_index(ContactLink.to_contact, name="contact_link_to")  # [14]


class NotDuplicate(BaseModel):
    """Two people the user said are not the same person (smaller id first; schema 15)."""

    a = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    b = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    created_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("a", "b")


NotDuplicate.add_index(NotDuplicate.b, name="not_duplicate_b")  # [15]


class ContactMerge(BaseModel):
    """People merged into one, and what undoing it needs (schema 15)."""

    id = AutoField()
    kept = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    merged = TextField(default="[]")  # JSON list of the merged people's ids
    created_at = DateTimeField()
    status = TextField(default="merged")  # merged | undone
    undone_at = DateTimeField(null=True)
    undo = TextField(default="{}")  # JSON: see kith.services.contacts.merging


ContactMerge.add_index(ContactMerge.kept, name="contact_merge_kept")  # [15]


class CalendarPush(BaseModel):
    """The CalDAV calendar an account's follow-ups are pushed to (schema 18)."""

    account = ForeignKeyField(SyncAccount, index=False, primary_key=True, on_delete="CASCADE")
    calendar_url = TextField()
    name = TextField()
    last_push = DateTimeField(null=True)
    last_error = TextField(null=True)

    class Meta:
        table_name = "calendar_push"


class CalendarPushItem(BaseModel):
    """One event pushed to that calendar: where, its ETag, a digest of its text (schema 18)."""

    account = ForeignKeyField(CalendarPush, index=False, on_delete="CASCADE")
    uid = TextField()
    href = TextField()
    etag = TextField(null=True)
    digest = TextField()

    class Meta:
        table_name = "calendar_push_item"
        primary_key = CompositeKey("account", "uid")


class SyncCard(BaseModel):
    """One card of a synced address book and what Kith knows of it (schema 17)."""

    id = AutoField()
    collection = ForeignKeyField(SyncCollection, index=False, on_delete="CASCADE")
    href = TextField()
    etag = TextField(null=True)
    uid = TextField(null=True)
    contact = ForeignKeyField(Contact, index=False, null=True, on_delete="SET NULL")
    server_text = TextField(null=True)
    base = TextField(null=True)  # JSON snapshot of the card part both sides agreed on
    state = TextField(default="synced")  # synced | create | ignored | gone
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="SET NULL")
    synced_at = DateTimeField(null=True)


SyncCard.add_index(SyncCard.collection, SyncCard.href, unique=True,
                   name="sync_card_href")  # [17]
SyncCard.add_index(SyncCard.contact, name="sync_card_contact")  # [17]
SyncCard.add_index(SyncCard.batch, name="sync_card_batch",
                   where=SyncCard.batch.is_null(False))  # [17]


ALL_MODELS: tuple[type[Model], ...] = (
    Circle,
    Contact,
    ContactPhoto,
    ContactPoint,
    Tag,
    ContactTag,
    Event,
    ImportBatch,
    BatchChange,
    ContactEvent,
    Interaction,
    FollowUp,
    NeedOffer,
    MyCard,
    TimelineEntry,
    Introduction,
    IntroductionStep,
    IntroductionFollowUp,
    PromptState,
    NotificationLog,
    SyncAccount,
    SyncCollection,
    ContactLink,
    CalendarPush,
    CalendarPushItem,
    SyncCard,
    ContactSearch,  # full-text indexes: SQLite makes their shadow tables itself
    ContactNames,
    NotDuplicate,
    ContactMerge,
)


def row_dict(model: Model) -> dict[str, Any]:
    return dict(model.__data__)
