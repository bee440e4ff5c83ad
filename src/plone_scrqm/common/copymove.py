"""``@copy`` and ``@move`` into a folder that does not allow the item's type: plone.restapi
lets Zope's ``ValueError`` ("Disallowed subobject type") through, answered as 500. Here it is
a 400 naming the reason; raised, so the transaction is aborted and nothing is pasted."""

from OFS.CopySupport import CopyError
from plone.restapi.services.copymove.copymove import Copy
from plone.restapi.services.copymove.copymove import Move
from zExceptions import BadRequest


class RefusedPaste:
    def reply(self):
        try:
            return super().reply()
        except (ValueError, CopyError) as error:
            raise BadRequest(f"This folder does not take that item: {error}") from error


class CheckedCopy(RefusedPaste, Copy):
    pass


class CheckedMove(RefusedPaste, Move):
    pass
