"""Giving and asking: needs and offers, the user's own card, introductions and their steps,
and the state of the prompts.

Part of ``kith.store.models`` (which re-exports every model): see its docstring.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
)

from kith.store.models_base import BaseModel
from kith.store.models_contacts import Contact
from kith.store.models_followups import FollowUp
from kith.store.models_imports import ImportBatch


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
