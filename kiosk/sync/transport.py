"""HTTP transport for sync (the only place the station speaks HTTP), plus a fake for tests.

POST {server}/v1/elections/{election}/batches with the export-file bytes; the answer is JSON:
200 {"receipt": {...}} or 4xx {"error": message_id, "message": "..."}.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

CONTENT_TYPE = "application/vnd.rostkiosk.export"


@dataclass(frozen=True)
class Answer:
    status: int  # HTTP status, or 0 when the server could not be reached
    body: dict

    @property
    def reachable(self) -> bool:
        return self.status != 0


class HttpTransport:
    def __init__(self, server: str, timeout: float = 15.0) -> None:
        self.server = server.rstrip("/")
        self.timeout = timeout

    def send_batch(self, election_id: str, data: bytes) -> Answer:
        request = urllib.request.Request(
            f"{self.server}/v1/elections/{election_id}/batches", data=data, method="POST",
            headers={"Content-Type": CONTENT_TYPE, "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return Answer(response.status, _json(response.read()))
        except urllib.error.HTTPError as error:
            return Answer(error.code, _json(error.read()))
        except (urllib.error.URLError, OSError, ValueError) as error:
            return Answer(0, {"error": "sync.unreachable", "message": str(error)})


def _json(raw: bytes) -> dict:
    try:
        value = json.loads(raw or b"{}")
    except ValueError:
        return {"error": "sync.bad_answer", "message": "the server's answer is not JSON"}
    return value if isinstance(value, dict) else {"error": "sync.bad_answer",
                                                   "message": "unexpected answer"}


class FakeTransport:
    """For tests and the demo: answers with `handler(election_id, data) -> Answer`."""

    def __init__(self, handler: Callable[[str, bytes], Answer]) -> None:
        self.handler = handler
        self.sent: list[bytes] = []

    def send_batch(self, election_id: str, data: bytes) -> Answer:
        self.sent.append(data)
        return self.handler(election_id, data)
