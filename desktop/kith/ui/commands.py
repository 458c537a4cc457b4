"""Undoable changes, for the window's undo stack (Ctrl+Z / Ctrl+Shift+Z).

The stack and the commands' base are in ``kith.ui.undo_stack`` (see there how
failures reach the person and how long writes go to a worker).

The services are imported where a command first writes: the window imports this
module at start-up, and the contacts, import and interactions services together
would add ~30 ms there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from kith.errors import Conflict
from kith.i18n import plural, translate
from kith.services.followups.channels import CHANNELS
from kith.ui.formats import number
from kith.ui.undo_stack import Command, Refresh, UndoStack
from kith.ui.worker import IsCancelled, Progress, Work

if TYPE_CHECKING:
    from kith.services.cards.importer import EventSpec, ImportPlan, ImportResult
    from kith.services.cards.undo import UndoResult
    from kith.services.contacts.people import Trashed
    from kith.services.contacts.records import ContactRecord
    from kith.services.followups.interactions import Interaction

__all__ = ["Command", "DeleteContacts", "DeleteInteraction", "FollowUpAction",
           "ImportBatchCommand", "LogInteraction", "MergeContacts", "Refresh", "SaveContact",
           "UndoStack"]

def _brought_back(lost: list[int], total: int) -> str:
    if total == 1:
        return translate("UndoStack", "The contact could not be brought back: something else "
                         "removed it since (an import undone elsewhere?).")
    return translate("UndoStack", "{lost} of the {total} contacts could not be brought back: "
                     "something else removed them since (an import undone elsewhere?).").format(
        lost=number(len(lost)), total=number(total))


class SaveContact(Command):
    """Create a contact (``before`` is None), or change one from ``before`` to ``after``.

    Redo and undo write only the fields this edit changed, onto the contact as
    it is stored then: what changed meanwhile elsewhere (the command line, an
    import) stays. Undo leaves a field alone that was changed again since.
    """

    def __init__(self, before: ContactRecord | None, after: ContactRecord, refresh: Refresh):
        name = after.derived_name() or translate("UndoStack", "contact")
        label = (translate("UndoStack", "Add {name}") if before is None
                 else translate("UndoStack", "Edit {name}"))
        super().__init__(label.format(name=name), refresh)
        self._before = before
        self._after = after
        self.contact_id: int | None = after.id
        self._trashed: Trashed | None = None

    def apply(self) -> None:
        from kith.services.contacts import people

        if self._before is None:
            if self.contact_id is None:
                self.contact_id = people.create(self._after)
            elif self._trashed is not None:
                if people.undelete(self._trashed):
                    raise Conflict(translate("UndoStack", "Something else removed this contact "
                                             "since it was added."))
                self._trashed = None
        else:
            assert self.contact_id is not None
            people.change(self.contact_id, self._before, self._after, overwrite=True)
        self.refresh(self.contact_id)

    def revert(self) -> None:
        from kith.services.contacts import people

        assert self.contact_id is not None
        if self._before is None:
            self._trashed = people.delete([self.contact_id])
            self.refresh(None)
        else:
            people.change(self.contact_id, self._after, self._before, overwrite=False)
            self.refresh(self.contact_id)


# From this many people on, a delete (and its undo) runs on a worker with a progress bar.
BACKGROUND_FROM = 500


class DeleteContacts(Command):
    """Move contacts to the trash; undo brings back exactly those this delete trashed."""

    def __init__(self, contact_ids: list[int], names: list[str], refresh: Refresh):
        if len(names) == 1:
            label = translate("UndoStack", "Delete {name}").format(name=names[0])
        else:
            label = plural("UndoStack", "Delete %Ln contact", "Delete %Ln contacts", len(names))
        super().__init__(label, refresh)
        self._ids = contact_ids
        self._trashed: Trashed | None = None

    def work(self, undoing: bool) -> Work | None:
        from kith.services.contacts import people

        if len(self._ids) < BACKGROUND_FROM:
            return None
        if not undoing:
            ids = list(self._ids)
            return lambda progress, cancelled: people.delete(ids, progress, cancelled)
        trashed = self._trashed
        if trashed is None:
            return None
        return lambda progress, cancelled: people.undelete(trashed, progress, cancelled)

    def apply(self) -> None:
        from kith.services.contacts import people

        self.finish(False, people.delete(self._ids))

    def revert(self) -> None:
        from kith.services.contacts import people

        if self._trashed is None:
            return
        self.finish(True, people.undelete(self._trashed))

    def finish(self, undoing: bool, result: object) -> None:
        if not undoing:
            self._trashed = cast("Trashed", result)
            self.refresh(None)
            return
        trashed, lost = self._trashed, cast("list[int]", result)
        self._trashed = None
        assert trashed is not None
        if lost:
            self.note(_brought_back(lost, len(trashed.ids)))
        back = [cid for cid in trashed.ids if cid not in lost]
        self.refresh(back[0] if back else None)


class ImportBatchCommand(Command):
    """An import that already happened; undo takes the batch back, redo writes it again.

    Both run on a worker (a big import takes seconds to take back), with Cancel:
    each is one transaction, so a cancelled one leaves everything as it was.
    An import already undone elsewhere (``kith undo-import``, another window)
    counts as undone here too: Ctrl+Z then only says so.
    """

    def __init__(self, result: ImportResult, plan: ImportPlan, spec: EventSpec | None,
                 refresh: Refresh):
        if spec is not None and spec.name:
            label = translate("UndoStack", "Import {event}").format(event=spec.name)
        else:
            label = translate("UndoStack", "Import cards")
        super().__init__(label, refresh)
        self.batch_id = result.batch_id
        self._plan, self._spec = plan, spec
        self._first = True

    def work(self, undoing: bool) -> Work | None:
        if undoing:
            batch_id = self.batch_id

            def undo_import(progress: Progress, cancelled: IsCancelled) -> UndoResult | None:
                from kith.services.cards import importer
                from kith.services.cards.undo import undo

                try:
                    return undo(batch_id, progress, cancelled)
                except Conflict:
                    if importer.status(batch_id) != "undone":
                        raise
                    return None  # undone elsewhere already

            return undo_import
        if self._first:  # pushed after the import dialog wrote it: nothing to write
            return None
        plan, spec = self._plan, self._spec
        if spec is not None and spec.event_id is None and not spec.name:
            spec = None

        def import_again(progress: Progress, cancelled: IsCancelled) -> ImportResult:
            from kith.services.cards import importer

            return importer.commit(plan, spec, progress, cancelled)

        return import_again

    def apply(self) -> None:
        if self._first:  # the import dialog wrote it; a redo (on a worker) writes again
            self._first = False
            return
        super().apply()

    def finish(self, undoing: bool, result: object) -> None:
        from kith.services.cards.undo import describe

        if not undoing:
            done = cast("ImportResult", result)
            self.batch_id = done.batch_id
            self.note(translate("UndoStack", "Imported the cards again: {new}, {merged}.")
                      .format(new=plural("UndoStack", "%Ln new", "%Ln new", done.created),
                              merged=plural("UndoStack", "%Ln merged", "%Ln merged",
                                            done.merged)))
            self.refresh(None)
            return
        undone = cast("UndoResult | None", result)
        if undone is None:
            self.note(translate("UndoStack", "“{change}” was already undone elsewhere (the "
                                "command line or another window); nothing more to take "
                                "back.").format(change=self.text()))
        else:
            summary, *kept = describe(undone, with_id=False)
            self.note(summary)
            if kept and self.stack is not None:
                self.stack.report.emit(translate("UndoStack", "Import undone"), summary,
                                       "\n".join(kept))
        self.refresh(None)


class LogInteraction(Command):
    """Log (or, with ``before``, edit) an interaction; undo takes it back."""

    def __init__(self, item: Interaction, refresh: Refresh, before: Interaction | None = None,
                 name: str = ""):
        label = CHANNELS[item.channel]
        # English writes "Log call"; a translation that keeps nouns as they are (German
        # capitalises them) translates this marker to anything else.
        if translate("UndoStack", "LOWERCASE:channel") == "LOWERCASE:channel":
            label = label.lower()
        if before is not None:
            text = translate("UndoStack", "Edit {channel}").format(channel=label)
        elif name:  # "Log call with Ana Silva": the status line says who
            text = translate("UndoStack", "Log {channel} with {name}").format(
                channel=label, name=name)
        else:
            text = translate("UndoStack", "Log {channel}").format(channel=label)
        super().__init__(text, refresh)
        self._item, self._before = item, before
        self.interaction_id: int | None = item.id

    def apply(self) -> None:
        from kith.services.followups import interactions

        if self._before is not None:
            interactions.update(self._item)
        elif self.interaction_id is None:
            self.interaction_id = interactions.log(self._item)
        else:
            interactions.undelete(self.interaction_id)
        self.refresh(self._item.contact_id)

    def revert(self) -> None:
        from kith.services.followups import interactions

        if self._before is not None:
            interactions.update(self._before)
        elif self.interaction_id is not None:
            interactions.delete(self.interaction_id)
        self.refresh(self._item.contact_id)


class DeleteInteraction(Command):
    def __init__(self, interaction_id: int, contact_id: int, refresh: Refresh):
        super().__init__(translate("UndoStack", "Delete interaction"), refresh)
        self._id, self._contact_id = interaction_id, contact_id

    def apply(self) -> None:
        from kith.services.followups import interactions

        interactions.delete(self._id)
        self.refresh(self._contact_id)

    def revert(self) -> None:
        from kith.services.followups import interactions

        interactions.undelete(self._id)
        self.refresh(self._contact_id)


class FollowUpAction(Command):
    """Done, skip or snooze on a reminder; undo puts the reminder back as it was."""

    def __init__(self, label: str, act: Callable[[], Any], refresh: Refresh):
        super().__init__(label, refresh)
        self._act = act
        self._applied: list[Any] = []

    def apply(self) -> None:
        result = self._act()
        self._applied = result if isinstance(result, list) else [result]
        self.refresh(self._applied[0].contact_id if self._applied else None)

    def revert(self) -> None:
        from kith.services.followups import actions as followups
        from kith.store.database import database

        with database.atomic():  # all of them back, or none
            for applied in reversed(self._applied):
                followups.revert(applied)
        self.refresh(self._applied[0].contact_id if self._applied else None)


class MergeContacts(Command):
    """Merge people into one (``kith.services.contacts.merging``); undo takes that merge
    back field by field, redo merges them again."""

    def __init__(self, contact_ids: list[int], keep: int, choices: dict[str, int],
                 name: str, refresh: Refresh):
        super().__init__(translate("UndoStack", "Merge into {name}").format(name=name), refresh)
        self._ids, self._keep, self._choices = list(contact_ids), keep, dict(choices)
        self.merge_id: int | None = None

    def apply(self) -> None:
        from kith.services.contacts import merging

        self.merge_id = merging.merge(self._ids, self._keep, self._choices).merge_id
        self.refresh(self._keep)

    def revert(self) -> None:
        from kith.services.contacts import merging

        assert self.merge_id is not None
        undone = merging.unmerge(self.merge_id)
        if undone.conflicts:
            self.note(translate("UndoStack", "Merge undone; kept as edited since: {fields}.")
                      .format(fields=", ".join(undone.conflicts)))
        self.refresh(self._keep)


class MarkNotSame(Command):
    """Remember that people are not one person (``kith.services.contacts.duplicates``);
    undo forgets exactly the pairs this remembered, redo remembers them again."""

    def __init__(self, contact_ids: list[int], names: list[str], refresh: Refresh):
        super().__init__(translate("UndoStack", "Not the same person: {names}").format(
            names=", ".join(names)), refresh)
        self._ids = list(contact_ids)
        self._pairs: list[tuple[int, int]] = []

    def apply(self) -> None:
        from kith.services.contacts import duplicates

        self._pairs = duplicates.remember_not_same(self._ids)  # nothing on show changes

    def revert(self) -> None:
        from kith.services.contacts import duplicates

        duplicates.forget_pairs(self._pairs)
