"""`kiosk tally serve`: the HTTP intake on uvicorn, bound to the tally's own store.

The parent process checks everything a worker will need before it listens — the database holds a
tally, the key file opens with the passphrase, and the key's receipt-signing half is the one the
election package pins (otherwise every receipt would be refused by every station) — and refuses
to start with one line if not. Then uvicorn runs the app factory `app_from_env` in each worker
(one or several processes); the settings travel in environment variables (the passphrase too,
never on a command line, where `ps` would show it), and each worker opens the store and decrypts
the key itself. Only the receipt-signing key is kept in memory; the sealing key is dropped at once.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.crypto.keys import SigningKey
from kiosk.domain.errors import KeyFileError, KioskError
from kiosk.package.authority_keys import load_receipt_key
from kiosk.package.signed_package import LoadedPackage, load_stored_package
from kiosk.tally.store import TallyStore

ENV_DB = "KIOSK_TALLY_SERVE_DB"
ENV_KEY = "KIOSK_TALLY_SERVE_KEY"
ENV_PASSPHRASE = "KIOSK_TALLY_SERVE_PASSPHRASE"
ENV_MAX_BYTES = "KIOSK_TALLY_SERVE_MAX_BYTES"
ENV_BODY_SECONDS = "KIOSK_TALLY_SERVE_BODY_SECONDS"
FACTORY = "kiosk.tally.server.serve:app_from_env"
DEFAULT_PORT = 8700

log = logging.getLogger("kiosk.tally.server")


def add_arguments(parser) -> None:
    """The options of `kiosk tally serve` (the tally CLI adds --db)."""
    from kiosk.tally.server.limits import Limits

    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes (several only over PostgreSQL make sense)")
    parser.add_argument("--key", type=Path, metavar="FILE", required=True,
                        help="receipt.key from `kiosk keys tally` (or the whole tally.key): "
                             "signs receipts")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE")
    parser.add_argument("--passphrase-env", metavar="NAME")
    parser.add_argument("--max-bytes", type=int, default=Limits.max_bytes,
                        help=f"largest batch accepted (default {Limits.max_bytes})")
    parser.add_argument("--max-connections", type=int, default=Limits.max_connections,
                        help="connections at once per worker; more are answered 503 "
                             f"(default {Limits.max_connections})")
    parser.add_argument("--body-timeout", type=float, default=Limits.body_seconds,
                        metavar="SECONDS", help="time for a batch to arrive, plus one second "
                        f"per {Limits.min_rate // 1024} KiB (default {Limits.body_seconds:g})")
    parser.add_argument("--header-timeout", type=float, default=Limits.header_seconds,
                        metavar="SECONDS", help="time for a request's line and headers to "
                        f"arrive; slower clients get 408 (default {Limits.header_seconds:g})")
    parser.add_argument("--tls-cert", type=Path, metavar="FILE",
                        help="serve HTTPS with this certificate chain (PEM)")
    parser.add_argument("--tls-key", type=Path, metavar="FILE",
                        help="the TLS private key (PEM) for --tls-cert")


@dataclass(frozen=True)
class Settings:
    db: str
    key: Path
    passphrase: str
    max_bytes: int
    body_seconds: float = 30.0

    def limits(self):
        from kiosk.tally.server.limits import Limits

        return Limits.for_max_bytes(self.max_bytes, body_seconds=self.body_seconds)


def receipt_key(settings: Settings, package: LoadedPackage) -> SigningKey:
    """The tally's receipt-signing key, only if the package pins its public half."""
    sign = load_receipt_key(settings.key, settings.passphrase)
    pinned = package.election.tally.sign_public
    if sign.public.raw != pinned:
        raise KeyFileError("key.wrong_receipt_key", f"the receipt key in {settings.key} is not "
                           f"the one election {package.election.id}'s package pins; stations "
                           "would refuse every receipt (wrong key file?)")
    return sign


def build_app(settings: Settings):
    from kiosk.tally.server.app import create_app
    from kiosk.tally.server.dashboard import ENV_DASHBOARD_TOKEN, dashboard_router
    from kiosk.tally.server.store_intake import StoreIntake

    store = TallyStore.open(settings.db)
    package = load_stored_package(store.package_raw())
    token = os.environ.get(ENV_DASHBOARD_TOKEN)
    return create_app(StoreIntake(store, package), receipt_key(settings, package),
                      limits=settings.limits(),
                      dashboard=dashboard_router(store, token) if token else None)


def app_from_env():
    """The uvicorn app factory, run in every worker process."""
    # Hand the GIL over after 1 ms instead of 5: the writer thread and the event loop, which
    # mostly wait on the disk and the network, then never queue long behind a verifying thread.
    sys.setswitchinterval(0.001)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s:  %(name)s %(message)s")
    logging.getLogger("kiosk.tally.server").setLevel(logging.INFO)
    try:
        settings = Settings(db=os.environ[ENV_DB], key=Path(os.environ[ENV_KEY]),
                            passphrase=os.environ[ENV_PASSPHRASE],
                            max_bytes=int(os.environ[ENV_MAX_BYTES]),
                            body_seconds=float(os.environ[ENV_BODY_SECONDS]))
    except (KeyError, ValueError):
        raise SystemExit(f"kiosk tally serve: this worker's settings ({ENV_DB}, {ENV_KEY}, "
                         f"{ENV_PASSPHRASE}, {ENV_MAX_BYTES}) are missing") from None
    try:
        return build_app(settings)
    except KioskError as error:
        raise SystemExit(f"kiosk: {error.text}") from None


def redact(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise KioskError("serve.cannot_listen", f"cannot listen on {host}:{port} "
                             f"({error.strerror or error})") from None


def serve_main(args) -> int:
    import uvicorn

    from kiosk.tally.key_source import read_passphrase
    from kiosk.tally.server.header_deadline import ENV_HEADER_SECONDS, PROTOCOL

    if args.workers < 1:
        raise KioskError("usage", "--workers must be at least 1")
    if not 0 < args.port < 65536:
        raise KioskError("usage", "--port must be between 1 and 65535")
    if not 1024 <= args.max_bytes <= 1024 * 1024 * 1024:
        raise KioskError("usage", "--max-bytes must be from 1024 to 1073741824")
    if args.max_connections < 1:
        raise KioskError("usage", "--max-connections must be at least 1")
    if not 0 < args.body_timeout <= 3600:
        raise KioskError("usage", "--body-timeout must be more than 0 and at most 3600 seconds")
    if not 0 < args.header_timeout <= 600:
        raise KioskError("usage", "--header-timeout must be more than 0 and at most 600 "
                         "seconds")
    if (args.tls_cert is None) != (args.tls_key is None):
        raise KioskError("usage", "--tls-cert and --tls-key go together")
    for path in (args.tls_cert, args.tls_key):
        if path is not None and not path.is_file():
            raise KioskError("serve.tls_file", f"{path}: no such file")
    if not args.key.is_file():
        raise KioskError("key.missing", f"{args.key}: no such key file")
    settings = Settings(db=args.db, key=args.key.resolve(),
                        passphrase=read_passphrase(args, "tally key"), max_bytes=args.max_bytes,
                        body_seconds=args.body_timeout)
    store = TallyStore.open(settings.db)
    try:
        package = load_stored_package(store.package_raw())
        key = receipt_key(settings, package)
        state = store.meta()["state"]
    finally:
        store.dispose()
    _check_port(args.host, args.port)
    os.environ.update({ENV_DB: settings.db, ENV_KEY: str(settings.key),
                       ENV_PASSPHRASE: settings.passphrase,
                       ENV_MAX_BYTES: str(settings.max_bytes),
                       ENV_BODY_SECONDS: str(settings.body_seconds),
                       ENV_HEADER_SECONDS: str(args.header_timeout)})
    scheme = "https" if args.tls_cert else "http"
    _dashboard_token(f"{scheme}://{args.host}:{args.port}")
    print(f"Tally intake for election {package.election.id} (intake {state}) on "
          f"{scheme}://{args.host}:{args.port} with {args.workers} worker(s), database "
          f"{redact(settings.db)}; receipts signed by key {key.public.fingerprint}",
          file=sys.stderr, flush=True)
    uvicorn.run(FACTORY, factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="info", limit_concurrency=args.max_connections, http=PROTOCOL,
                timeout_keep_alive=5, h11_max_incomplete_event_size=16 * 1024,
                ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
                ssl_keyfile=str(args.tls_key) if args.tls_key else None,
                timeout_graceful_shutdown=10)
    return 0


def _dashboard_token(base: str) -> None:
    """The officials' dashboard's login token: KIOSK_TALLY_DASHBOARD_TOKEN, or a new one,
    printed once here (the workers read it from the environment)."""
    import secrets

    from kiosk.tally.server.dashboard import ENV_DASHBOARD_TOKEN, MIN_TOKEN_CHARS

    token = os.environ.get(ENV_DASHBOARD_TOKEN, "")
    if len(token) < MIN_TOKEN_CHARS:
        if token:
            raise KioskError("usage", f"{ENV_DASHBOARD_TOKEN} must have at least "
                             f"{MIN_TOKEN_CHARS} characters")
        token = secrets.token_urlsafe(24)
        os.environ[ENV_DASHBOARD_TOKEN] = token
        print(f"Dashboard (read-only): {base}/dashboard  token: {token}", file=sys.stderr,
              flush=True)
    else:
        print(f"Dashboard (read-only): {base}/dashboard  token: from {ENV_DASHBOARD_TOKEN}",
              file=sys.stderr, flush=True)
