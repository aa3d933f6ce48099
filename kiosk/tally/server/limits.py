"""What an unauthenticated client can make the intake hold: bounded, and checked while reading.

- **Body size:** at most `max_bytes` per request, refused on the declared length before a byte
  of the body is read, and counted while reading (a missing or false length gains nothing).
- **Memory for bodies:** every request reserves its declared length (or `max_bytes` when it
  declares none) from one budget per server process before its body is read; a request that
  cannot get its reservation within `budget_wait` seconds is answered 503 and its body is never
  read. Bodies held at once therefore never exceed `budget_bytes` (peak memory about twice
  that, while a body is joined into one buffer).
- **Time:** a body must arrive within `body_seconds` plus one second per `min_rate` bytes of its
  reservation, else 408; a client trickling bytes holds its reservation no longer than that.
- **Connections:** uvicorn's `limit_concurrency` (`max_connections`) answers 503 beyond it;
  a connection whose request line and headers do not arrive within `header_seconds` is
  answered 408 and closed (kiosk.tally.server.header_deadline).
- **Echoes and storage:** every answer's message and every stored refusal reason is cut to
  `MAX_MESSAGE_CHARS`; a refused batch is stored as its SHA-256 and that short reason, never
  its content (kiosk.tally.server.store_intake).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads Limits to build its parser without the HTTP stack
    from starlette.requests import Request

CONTENT_TYPE = "application/vnd.rostkiosk.export"
MAX_MESSAGE_CHARS = 300
MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 16 * MiB
    budget_bytes: int = 64 * MiB
    budget_wait: float = 10.0
    body_seconds: float = 30.0
    min_rate: int = 64 * 1024  # bytes per second a slow link must still manage
    max_connections: int = 200
    header_seconds: float = 10.0  # request line and headers (kiosk.tally.server.header_deadline)

    @classmethod
    def for_max_bytes(cls, max_bytes: int, **changes) -> Limits:
        """Limits for a given largest batch: the budget holds at least four of them."""
        return cls(max_bytes=max_bytes, budget_bytes=max(cls.budget_bytes, 4 * max_bytes),
                   **changes)

    def seconds_for(self, reserved: int) -> float:
        return self.body_seconds + reserved / self.min_rate


def short(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """At most `limit` characters: what a stranger sent is never echoed or stored at length."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


class ByteBudget:
    """An asyncio budget of bytes: reserve before reading a body, release when done."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.free = total
        self._changed = asyncio.Condition()

    async def reserve(self, amount: int, wait: float) -> bool:
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: self.free >= amount),
                                       wait)
            except TimeoutError:
                return False
            self.free -= amount
            return True

    async def release(self, amount: int) -> None:
        async with self._changed:
            self.free += amount
            self._changed.notify_all()


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int, seconds: float) -> bytes:
    """The whole body, or BodyTooLarge as soon as it passes `limit`, or TimeoutError."""
    chunks: list[bytes] = []
    size = 0
    async with asyncio.timeout(seconds):
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge
            chunks.append(chunk)
    return b"".join(chunks)
