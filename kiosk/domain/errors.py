"""Expected failures: typed errors carrying a message id the UI translates.

`text` is a complete English sentence for the CLI, logs and tests; `message_id` and `params` are
what a user interface needs to say the same thing in the voter's language.
"""

from __future__ import annotations


class KioskError(Exception):
    """Base of every expected failure."""

    def __init__(self, message_id: str, text: str, **params: object) -> None:
        super().__init__(text)
        self.message_id = message_id
        self.text = text
        self.params = params

    def __str__(self) -> str:
        return self.text


class PackageError(KioskError):
    """An election package or its source folder is invalid, unsigned or tampered with."""


class BallotError(KioskError):
    """A ballot breaks the election's ballot rule."""


class EligibilityError(KioskError):
    """A voter identification (personnummer, code) is not accepted."""


class PollsError(KioskError):
    """An operation is not allowed in the current polls state."""


class BoxError(KioskError):
    """The ballot box cannot store or verify something (disk full, broken chain...)."""


class VerificationError(KioskError):
    """A signed artefact (export file, certificate, record) does not verify."""


class KeyFileError(KioskError):
    """A key file is missing, malformed or its passphrase is wrong."""
