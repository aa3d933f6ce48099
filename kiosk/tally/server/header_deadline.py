"""A deadline for request headers: a client that sends its headers byte by byte is cut off.

uvicorn bounds idle keep-alive connections (5 s) and the number of connections, but not the
time a client may take to send its request line and headers: one byte every few seconds holds
a connection (and a place under `--max-connections`) for ever. These protocol classes start a
timer when a connection opens, and again after each answer on a kept-alive connection, and stop
it once the request's headers are complete. When it fires first, the client gets a 408 and the
connection is closed. The deadline comes from `--header-timeout` (default 10 s), passed to the
worker processes in the environment (`ENV_HEADER_SECONDS`).
"""

from __future__ import annotations

import asyncio
import logging
import os

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

ENV_HEADER_SECONDS = "KIOSK_TALLY_SERVE_HEADER_SECONDS"
DEFAULT_HEADER_SECONDS = 10.0
_TIMEOUT_BODY = (b'{"error":"http.timeout","message":"the request headers did not arrive '
                 b'in time"}')
TIMEOUT_ANSWER = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
                  b"connection: close\r\ncontent-length: " + str(len(_TIMEOUT_BODY)).encode()
                  + b"\r\n\r\n" + _TIMEOUT_BODY)

log = logging.getLogger("kiosk.tally.server")


def header_seconds() -> float:
    try:
        value = float(os.environ.get(ENV_HEADER_SECONDS, DEFAULT_HEADER_SECONDS))
    except ValueError:
        return DEFAULT_HEADER_SECONDS
    return value if value > 0 else DEFAULT_HEADER_SECONDS


class _HeaderDeadline:
    """Mixed into a uvicorn HTTP protocol class (which provides loop and transport)."""

    _header_timer: asyncio.TimerHandle | None = None

    def _arm_header_deadline(self) -> None:
        self._disarm_header_deadline()
        self._header_timer = self.loop.call_later(header_seconds(), self._headers_too_slow)

    def _disarm_header_deadline(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            log.info("closed a connection whose request headers took longer than %g s",
                     header_seconds())
            self.transport.write(TIMEOUT_ANSWER)
            self.transport.close()

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._arm_header_deadline()

    def connection_lost(self, exc) -> None:
        self._disarm_header_deadline()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_deadline()  # the next request on a kept-alive connection


class H11HeaderDeadline(_HeaderDeadline, H11Protocol):
    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # a whole request head was parsed
            self._disarm_header_deadline()


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - httptools is optional for uvicorn
    PROTOCOL = "kiosk.tally.server.header_deadline:H11HeaderDeadline"
else:
    class HttpToolsHeaderDeadline(_HeaderDeadline, HttpToolsProtocol):
        def on_headers_complete(self) -> None:
            self._disarm_header_deadline()
            super().on_headers_complete()

    PROTOCOL = "kiosk.tally.server.header_deadline:HttpToolsHeaderDeadline"
