"""The tally's HTTP API.

POST /v1/elections/{election}/batches   body: an export file (the same bytes as on a USB stick)
    200 {"status", "new_records", "receipt"}  receipt signed with the tally's receipt key
    4xx {"error": message_id, "message": sentence}
GET  /v1/health                         {"ok": true, "election": ...}
GET  /openapi.json                      the OpenAPI description

Malformed or hostile requests get a 4xx JSON error, never a 500: 415 for another content
type, 413 beyond the size limit, 408 for a body that does not arrive in time, 503 when the
memory budget for bodies is taken (kiosk.tally.server.limits). Logs name stations and sequence
numbers, never ballot content.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from kiosk.crypto.keys import SigningKey
from kiosk.domain.errors import KioskError
from kiosk.ledger.receipts import make_receipt
from kiosk.tally.server.intake import Intake
from kiosk.tally.server.limits import (
    CONTENT_TYPE,
    BodyTooLarge,
    ByteBudget,
    Limits,
    media_type,
    read_body,
    short,
)

log = logging.getLogger("kiosk.tally.server")

DEFAULT_MAX_BYTES = Limits.max_bytes
# Refusals that mean "send the earlier records first" or "intake is closed", not "bad file".
STATUS_BY_MESSAGE = {"tally.gap": 409, "tally.closed": 423, "tally.conflict": 409,
                     "tally.forked": 409,
                     "export.wrong_election": 422,
                     # the database is busy or briefly unreachable: the station tries again
                     "tally.retry": 503, "tally.db_failed": 503}


class ErrorBody(BaseModel):
    error: str
    message: str


class BatchAccepted(BaseModel):
    status: str
    new_records: int
    receipt: dict


class Health(BaseModel):
    ok: bool
    election: str


def _error(status: int, message_id: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": short(message_id, 64),
                                                     "message": short(message)})


def create_app(intake: Intake, receipt_key: SigningKey, max_bytes: int = DEFAULT_MAX_BYTES,
               limits: Limits | None = None, dashboard: APIRouter | None = None) -> FastAPI:
    limits = limits or Limits.for_max_bytes(max_bytes)
    max_bytes = limits.max_bytes
    budget = ByteBudget(limits.budget_bytes)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        close = getattr(intake, "close", None)
        if close is not None:  # the intake's writer and verify workers end with the server
            close()

    app = FastAPI(title="Röstkiosk tally intake", version="1", lifespan=lifespan,
                  description="Stations deliver signed ballot batches; the tally answers with "
                              "signed receipts.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        return _error(error.status_code, f"http.{error.status_code}", str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
        return _error(422, "http.invalid_request", "the request is malformed")

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error while handling a request")
        return _error(503, "tally.internal", "the tally could not handle this request now; "
                      "try again later")

    if dashboard is not None:  # the officials' dashboard (kiosk/tally/server/dashboard.py)
        app.include_router(dashboard)

    @app.get("/v1/health", response_model=Health)
    def health() -> Health:
        return Health(ok=True, election=intake.election_id)

    @app.post("/v1/elections/{election_id}/batches", response_model=BatchAccepted,
              responses={400: {"model": ErrorBody}, 404: {"model": ErrorBody},
                         408: {"model": ErrorBody}, 409: {"model": ErrorBody},
                         413: {"model": ErrorBody}, 503: {"model": ErrorBody},
                         415: {"model": ErrorBody}, 422: {"model": ErrorBody},
                         423: {"model": ErrorBody}},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/vnd.rostkiosk.export": {"schema": {"type": "string",
                                                                  "format": "binary"}}}}})
    async def post_batch(election_id: str, request: Request):
        if election_id != intake.election_id:
            return _error(404, "tally.unknown_election",
                          f"this tally counts election {intake.election_id!r}, "
                          f"not {election_id!r}")
        if media_type(request) != CONTENT_TYPE:
            return _error(415, "http.content_type", f"a batch is sent as {CONTENT_TYPE}")
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or len(declared) > 15
                                     or int(declared) > max_bytes):
            return _error(413, "http.too_large", f"a batch may be at most {max_bytes} bytes")
        reserved = max(int(declared), 1) if declared is not None else max_bytes
        if not await budget.reserve(reserved, limits.budget_wait):
            return _error(503, "tally.busy", "the tally is receiving many batches; try again "
                          "shortly")
        try:
            return await _take_batch(request, reserved)
        finally:
            await budget.release(reserved)

    async def _take_batch(request: Request, reserved: int):
        try:
            body = await read_body(request, min(reserved, max_bytes), limits.seconds_for(reserved))
        except BodyTooLarge:
            return _error(413, "http.too_large", f"a batch may be at most {max_bytes} bytes")
        except TimeoutError:
            log.info("a batch did not arrive in time")
            return _error(408, "http.timeout", "the batch did not arrive in time")
        except ClientDisconnect:  # the connection dropped mid-request: nothing was stored
            log.info("a station disconnected before its batch arrived whole")
            return _error(400, "http.disconnected", "the request ended before its body did")
        if not body:
            return _error(400, "http.empty", "the request has no batch in its body")
        from starlette.concurrency import run_in_threadpool

        try:
            outcome = await run_in_threadpool(intake.ingest, body)
        except KioskError as error:
            status = STATUS_BY_MESSAGE.get(error.message_id, 422)
            log.info("batch refused: %s", error.message_id)
            return _error(status, error.message_id, error.text)
        receipt = make_receipt(
            receipt_key, election=intake.election_id, station=outcome.station,
            batch_hash=outcome.batch_hash, first_seq=outcome.first_seq,
            last_seq=outcome.last_seq, head_hash=outcome.head_hash,
            received_at=datetime.now(UTC).replace(microsecond=0).isoformat())
        log.info("batch %s from station %s, records %d..%d (%d new)", outcome.status,
                 outcome.station[:4], outcome.first_seq, outcome.last_seq, outcome.new_records)
        # a ready JSONResponse: the body is already known to match BatchAccepted, so FastAPI's
        # second validation of it is skipped (the model still describes it in the OpenAPI)
        return JSONResponse({"status": outcome.status, "new_records": outcome.new_records,
                             "receipt": receipt})

    return app
