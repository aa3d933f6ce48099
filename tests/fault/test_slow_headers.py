"""Request headers sent byte by byte: a real `kiosk tally serve` cuts the client off at the
header deadline (`--header-timeout`, 1 s here), answering 408, instead of holding the
connection; a genuine station is served meanwhile and afterwards."""

from __future__ import annotations

import socket
import time
import urllib.request

import pytest

from tests.conftest import make_world
from tests.tally_server import Server, init_tally

HEADER_SECONDS = 1.0


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("headers")
    world = make_world(tmp, stations=1)
    db = f"sqlite:///{tmp / 'tally.db'}"
    init_tally(world, db)
    running = Server(db, world, tmp, extra=("--header-timeout", str(HEADER_SECONDS)))
    running.start()
    yield running
    running.kill()


def trickle(port: int, request: bytes, pause: float, limit: float) -> tuple[float, bytes, int]:
    """Send `request` one byte per `pause` seconds until the server closes; (seconds until it
    did, what it answered, bytes sent)."""
    started = time.monotonic()
    answer, sent = b"", 0
    with socket.create_connection(("127.0.0.1", port), timeout=limit) as conn:
        conn.settimeout(pause)
        for byte in request:
            try:
                conn.sendall(bytes([byte]))
                sent += 1
            except OSError:
                break
            try:
                chunk = conn.recv(4096)
            except TimeoutError:
                chunk = None
            except OSError:
                break
            if chunk is not None:
                answer += chunk
                if not chunk:
                    break
            if time.monotonic() - started > limit:
                break
        else:
            conn.settimeout(limit)
            answer += conn.recv(4096)
    return time.monotonic() - started, answer, sent


REQUEST = (b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + b"slow" * 40
           + b"\r\n\r\n")


def test_headers_sent_byte_by_byte_are_cut_off_at_the_deadline(server):
    seconds, answer, sent = trickle(server.port, REQUEST, pause=0.2, limit=15)
    print(f"\nslow headers: cut off after {seconds:.1f} s and {sent} of {len(REQUEST)} bytes; "
          f"answer {answer[:40]!r}")
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert b'"error":"http.timeout"' in answer
    assert HEADER_SECONDS * 0.8 <= seconds < HEADER_SECONDS + 3
    assert sent < len(REQUEST)
    assert server.healthy()


def test_a_silent_connection_is_closed_too(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
        started = time.monotonic()
        answer = conn.recv(4096)
        seconds = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408") and seconds < HEADER_SECONDS + 3


def whole_response(conn: socket.socket) -> bytes:
    """One HTTP response read whole (its headers and Content-Length bytes of body): a response
    may arrive in several pieces."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(4096)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        piece = conn.recv(4096)
        if not piece:
            break
        body += piece
    return head + b"\r\n\r\n" + body


def test_a_request_whose_headers_arrive_in_time_takes_as_long_as_it_needs(server):
    """The deadline covers the headers only; on a kept-alive connection it starts afresh."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
        for _ in range(2):
            conn.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = whole_response(conn)
            assert answer.startswith(b"HTTP/1.1 200"), answer
            time.sleep(HEADER_SECONDS * 0.6)
    with urllib.request.urlopen(server.url + "/v1/health", timeout=5) as answer:
        assert answer.status == 200
