"""Errors with a message meant for the editor: the CLI prints it as one line, the GUI in a dialog."""


class FactcheckError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence.

    Raised with ``template=`` (a literal) and keyword values, the sentence is
    ``template.format(**values)``, and a user interface may show a translation of the
    template filled with the same values (the GUI's ``CoreMessages`` catalogue).
    """

    def __init__(self, message: str = "", *, template: str = "", **values: object):
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if template else message)


class InvalidInput(FactcheckError):
    """The request was refused; nothing was changed."""


class NotFound(InvalidInput):
    """An article, claim, sentence, source or status that does not exist."""


class ConflictError(FactcheckError):
    """Someone else changed the record since it was read; the edit was refused."""


class StoreError(FactcheckError):
    """The database cannot be opened or written (not a database, newer schema, locked, full)."""


class StoreBusy(StoreError):
    """Another connection held the write lock for longer than the busy timeout."""


class StoreReplaced(StoreError):
    """The open database's file was deleted or replaced by another: nothing more is written."""
