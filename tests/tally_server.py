"""A real `kiosk tally serve` process for tests (the fault tests, the live dashboard): the tally
database made with the `kiosk` command, the server in its own process group, killed whole."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PASSPHRASE_ENV = "KIOSK_TEST_TALLY_PASSPHRASE"


def kiosk(*args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                          text=True, timeout=timeout, check=check)


def init_tally(world: dict, db: str) -> None:
    kiosk("tally", "init", "--package", world["package"], "--db", db, "--authority",
          world["authority_fingerprint"])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

class Server:
    """`kiosk tally serve` in its own process group, so SIGKILL takes every worker with it."""

    def __init__(self, db: str, world: dict, logdir: Path, workers: int = 1,
                 key: str | None = None, passphrase: str | None = None,
                 extra: tuple[str, ...] = ()) -> None:
        self.db, self.workers, self.logdir = db, workers, logdir
        self.extra = extra  # more `kiosk tally serve` options
        self.key = key or world["receipt_key"]  # as deployed: no ballot-opening key
        self.passphrase = passphrase or world["passphrase"]
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.starts = 0

    def start(self, timeout: float = 60.0) -> None:
        self.starts += 1
        log = open(self.logdir / f"server-{self.port}-{self.starts}.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "tally", "serve", "--db", self.db, "--key",
             self.key, "--passphrase-env", PASSPHRASE_ENV, "--port", str(self.port),
             "--workers", str(self.workers), *self.extra],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, PASSPHRASE_ENV: self.passphrase})
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the server exited ({self.proc.returncode}): "
                                     f"{self.log_text()[-2000:]}")
            if self.healthy():
                return
            time.sleep(0.1)
        raise AssertionError(f"the server did not come up in {timeout} s: {self.log_text()}")

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/v1/health", timeout=1) as answer:
                return answer.status == 200
        except OSError:
            return False

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc is None or self.proc.poll() is not None and sig == signal.SIGKILL:
            self._reap()
            return
        try:
            os.killpg(self.proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(15)
        self._reap()

    def _reap(self) -> None:
        if self.proc is not None:
            try:  # workers left behind by a dead parent share its process group
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace")
                       for p in sorted(self.logdir.glob(f"server-{self.port}-*.log")))
