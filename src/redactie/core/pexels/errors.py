"""Every way a Pexels request can fail, as a type with a message for the journalist.

Core never shows dialogs (DESIGN, decision 6): it raises these, and the GUI shows `message_nl`
or `message_en`. The messages say what happened and what to do, not which exception it was;
`detail` keeps the technical cause for logs.
"""

from __future__ import annotations

from datetime import datetime

_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip


class PexelsError(Exception):
    """Base of all Pexels failures; `str()` is the English message."""

    def __init__(
        self, message_nl: str, message_en: str, *, status: int | None = None, detail: str = ""
    ) -> None:
        super().__init__(message_en)
        self.message_nl = message_nl
        self.message_en = message_en
        self.status = status  # the HTTP status, if an answer came at all
        self.detail = detail

    def message(self, language: str) -> str:
        """The message in `language` ("nl", "nl-NL", "en", ...); English unless Dutch."""
        return self.message_nl if language.lower().startswith("nl") else self.message_en


class InvalidKeyError(PexelsError):
    """No key, or Pexels refused it (401), or its edge refused the request (403)."""

    def __init__(self, status: int | None = None, *, detail: str = "") -> None:
        if status is None:
            nl = (
                "Er is nog geen Pexels-sleutel ingesteld. Vul je API-sleutel in bij Instellingen; "
                "een gratis sleutel vraag je aan op pexels.com/api."
            )
            en = (
                "No Pexels key has been set yet. Enter your API key in Settings; "
                "you can get a free key at pexels.com/api."
            )
        elif status == 403:
            nl = (
                "Pexels weigert de toegang. Controleer de API-sleutel bij Instellingen; "
                "klopt die, probeer het dan later opnieuw."
            )
            en = (
                "Pexels refused access. Check the API key in Settings; "
                "if it is correct, try again later."
            )
        else:
            nl = "Pexels accepteert de API-sleutel niet. Controleer de sleutel bij Instellingen."
            en = "Pexels did not accept the API key. Check the key in Settings."
        super().__init__(nl, en, status=status, detail=detail)


class RateLimitedError(PexelsError):
    """429: too many requests this hour, or the monthly quota is spent.

    Pexels does not say which (SPEC §4), so `quota_spent` comes from the last `X-Ratelimit-
    Remaining` seen; `reset_at` is the last `X-Ratelimit-Reset` seen, or None before any.
    """

    def __init__(self, reset_at: datetime | None, *, quota_spent: bool = False) -> None:
        self.reset_at = reset_at
        self.quota_spent = quota_spent
        if quota_spent and reset_at is not None:
            nl = (
                "Het maandelijkse aantal zoekopdrachten bij Pexels is op. "
                f"Vanaf {_when_nl(reset_at)} kun je weer zoeken."
            )
            en = (
                "The monthly number of Pexels searches is used up. "
                f"You can search again from {_when_en(reset_at)}."
            )
        else:
            nl = (
                "Er is te vaak gezocht bij Pexels (maximaal 200 keer per uur). "
                "Wacht een paar minuten en probeer het opnieuw."
            )
            en = (
                "There have been too many Pexels searches (at most 200 an hour). "
                "Wait a few minutes and try again."
            )
            if reset_at is not None:
                nl += f" Het maandtegoed wordt op {_when_nl(reset_at)} aangevuld."
                en += f" The monthly allowance is renewed on {_when_en(reset_at)}."
        super().__init__(nl, en, status=429)


class NotFoundError(PexelsError):
    """404: the photo (or endpoint) does not exist."""

    def __init__(self, *, detail: str = "") -> None:
        super().__init__(
            "Deze foto is niet (meer) te vinden bij Pexels.",
            "This photo cannot be found on Pexels (any more).",
            status=404,
            detail=detail,
        )


class ServerError(PexelsError):
    """5xx: Pexels itself is in trouble; trying again later is all anyone can do."""

    def __init__(self, status: int, *, detail: str = "") -> None:
        super().__init__(
            f"Pexels heeft op dit moment een storing (foutcode {status}). "
            "Probeer het over een paar minuten opnieuw.",
            f"Pexels is having problems right now (error {status}). Try again in a few minutes.",
            status=status,
            detail=detail,
        )


class PexelsTimeoutError(PexelsError):
    """No connection or no answer within the client's timeouts."""

    def __init__(self, *, detail: str = "") -> None:
        super().__init__(
            "Pexels reageert niet op tijd. Controleer je internetverbinding "
            "of probeer het zo opnieuw.",
            "Pexels did not answer in time. Check your internet connection or try again shortly.",
            detail=detail,
        )


class OfflineError(PexelsError):
    """Pexels could not be reached: no network, DNS failure, refused or dropped connection."""

    def __init__(self, *, detail: str = "") -> None:
        super().__init__(
            "Er is geen verbinding met Pexels. Controleer je internetverbinding "
            "en probeer het opnieuw.",
            "Cannot reach Pexels. Check your internet connection and try again.",
            detail=detail,
        )


class BadResponseError(PexelsError):
    """An answer the client cannot use: broken JSON, no `photos`, an unexpected status."""

    def __init__(self, *, status: int | None = None, detail: str = "") -> None:
        super().__init__(
            "Pexels stuurde een onverwacht antwoord. Probeer het opnieuw; blijft dit gebeuren, "
            "meld het dan bij de technische beheerder.",
            "Pexels sent an unexpected answer. Try again; if this keeps happening, "
            "tell your technical support.",
            status=status,
            detail=detail,
        )


def _when_nl(moment: datetime) -> str:
    """`1 januari 2030 om 01:00`, in the computer's time zone."""
    local = moment.astimezone()
    return f"{local.day} {_MONTHS_NL[local.month - 1]} {local.year} om {local:%H:%M}"


def _when_en(moment: datetime) -> str:
    """`1 January 2030 at 01:00`, in the computer's time zone."""
    local = moment.astimezone()
    return f"{local.day} {_MONTHS_EN[local.month - 1]} {local.year} at {local:%H:%M}"
