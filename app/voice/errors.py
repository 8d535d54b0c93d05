"""What can go wrong with push-to-talk, each with a message the user can act on."""

from __future__ import annotations


class VoiceError(Exception):
    """A push-to-talk failure shown to the user as is."""


class NoMicrophone(VoiceError):
    pass


class NothingHeard(VoiceError):
    pass


class SpeechModelMissing(VoiceError):
    pass
