"""The officials' dashboard on `kiosk tally serve`: read-only, behind a login.

GET  /dashboard/login    a form asking for the dashboard token
POST /dashboard/login    token=…  → a session cookie (HttpOnly, SameSite=Strict), then /dashboard
GET  /dashboard          the page (Swedish by default, English on a switch)
GET  /dashboard/app.js   its script, with its texts (dashboard_texts.json) in front
GET  /dashboard/events   server-sent events: the view whenever it changes (checked every
                         second), a comment line every 15 s otherwise; each stream ends after
                         STREAM_SECONDS and the browser reconnects by itself (so a server being
                         stopped waits for no stream longer than that)
GET  /dashboard/status   kiosk.tally.dashboard_view as JSON (the page polls it every 2 s when
                         the event stream cannot be had)

The token comes from KIOSK_TALLY_DASHBOARD_TOKEN, or `kiosk tally serve` makes one and prints
it at start. Every route but the login answers 401 without the cookie (or an
`Authorization: Bearer <token>` header). The intake's own routes are untouched, and nothing
here shows a choice or a running result.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import time
from importlib import resources
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.concurrency import run_in_threadpool

from kiosk.tally.dashboard_view import dashboard_view
from kiosk.tally.store import TallyStore

ENV_DASHBOARD_TOKEN = "KIOSK_TALLY_DASHBOARD_TOKEN"
COOKIE = "kiosk_dashboard"
MIN_TOKEN_CHARS = 16
STREAM_SECONDS = 8.0  # one event stream's life (EventSource reconnects after `retry`): shorter
# than the 10 s `kiosk tally serve` gives open requests when stopped, so no stream is cut off
CHECK_SECONDS = 1.0  # how often a stream looks for a change
QUIET_SECONDS = 15.0  # a comment line after this long without an event (keeps proxies open)
MAX_STREAMS = 32  # open event streams at once; beyond, 503 and the page polls instead
LOGIN_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 30rem; margin: 3rem auto">
<main><p><a href="/dashboard/login?lang={other}" lang="{other}">{other_name}</a></p>
<h1>{heading}</h1>{message}
<form method="post" action="/dashboard/login">
<label for="token">{label}</label><br>
<input id="token" name="token" type="password" autocomplete="off" style="width: 100%">
<button type="submit">{button}</button></form></main></body></html>
"""
LOGIN_TEXTS = {
    "sv": {"title": "Rösträkningens översikt: logga in", "heading": "Rösträkningens översikt",
           "label": "Översiktens nyckel (skrivs ut av <code>kiosk tally serve</code> vid start)",
           "button": "Logga in", "wrong": "Det är inte den här serverns nyckel till översikten.",
           "other": "en", "other_name": "English"},
    "en": {"title": "Tally dashboard: log in", "heading": "Tally dashboard",
           "label": "Dashboard token (printed by <code>kiosk tally serve</code> at start)",
           "button": "Log in", "wrong": "That token is not this server's dashboard token.",
           "other": "sv", "other_name": "Svenska"},
}


def login_page(lang: str | None, wrong: bool = False) -> str:
    lang = lang if lang in LOGIN_TEXTS else "sv"
    texts = LOGIN_TEXTS[lang]
    message = f'<p role="alert">{texts["wrong"]}</p>' if wrong else ""
    return LOGIN_PAGE.format(lang=lang, message=message, **texts)


def _asset(name: str) -> str:
    return resources.files("kiosk.tally.server").joinpath(name).read_text(encoding="utf-8")


def dashboard_router(store: TallyStore, token: str, *, stream_seconds: float = STREAM_SECONDS,
                     check_seconds: float = CHECK_SECONDS) -> APIRouter:
    if len(token) < MIN_TOKEN_CHARS:
        raise ValueError(f"the dashboard token must have at least {MIN_TOKEN_CHARS} characters")
    router = APIRouter(prefix="/dashboard", include_in_schema=False)
    expected = token.encode()
    texts = json.loads(_asset("dashboard_texts.json"))
    script_text = (f"window.DASHBOARD_TEXTS = {json.dumps(texts, ensure_ascii=True)};\n"
                   + _asset("dashboard.js"))
    open_streams = [0]

    def allowed(request: Request) -> bool:
        given = request.cookies.get(COOKIE, "")
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            given = header[7:]
        return hmac.compare_digest(given.encode(), expected)

    def refused() -> Response:
        return JSONResponse(status_code=401, content={
            "error": "dashboard.login", "message": "log in at /dashboard/login with the "
            "dashboard token that `kiosk tally serve` printed at start"})

    @router.get("/login")
    def login_form(request: Request) -> HTMLResponse:
        return HTMLResponse(login_page(request.query_params.get("lang")))

    @router.post("/login")
    async def login(request: Request) -> Response:
        form = parse_qs((await request.body())[:4096].decode("utf-8", "replace"))
        given = (form.get("token") or [""])[0].strip()
        if not hmac.compare_digest(given.encode(), expected):
            return HTMLResponse(login_page(request.query_params.get("lang"), wrong=True),
                                status_code=401)
        answer = RedirectResponse("/dashboard", status_code=303)
        answer.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/dashboard",
                          secure=request.url.scheme == "https")
        return answer

    @router.get("")
    def page(request: Request) -> Response:
        if not allowed(request):
            return RedirectResponse("/dashboard/login", status_code=303)
        return HTMLResponse(_asset("dashboard.html"))

    @router.get("/app.js")
    def script(request: Request) -> Response:
        if not allowed(request):
            return refused()
        return Response(script_text, media_type="text/javascript")

    @router.get("/status")
    async def status(request: Request) -> Response:
        if not allowed(request):
            return refused()
        view = await run_in_threadpool(dashboard_view, store)
        return JSONResponse(view, headers={"Cache-Control": "no-store"})

    @router.get("/events")
    async def events(request: Request) -> Response:
        if not allowed(request):
            return refused()
        if open_streams[0] >= MAX_STREAMS:
            return JSONResponse(status_code=503, content={
                "error": "dashboard.busy", "message": "too many dashboards are open; this one "
                "polls /dashboard/status instead"})
        return StreamingResponse(
            _stream(request, store, open_streams, stream_seconds, check_seconds),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    return router


async def _stream(request: Request, store: TallyStore, open_streams: list[int],
                  seconds: float, check: float):
    """The view as one `data:` line whenever it differs from the last one sent. Counted as
    open from its first step to its end (a stream never started holds nothing)."""
    open_streams[0] += 1
    try:
        yield f"retry: {int(check * 2000)}\n\n"
        started = last_event = time.monotonic()
        sent = None
        while time.monotonic() - started < seconds:
            if await request.is_disconnected():
                return
            view = await run_in_threadpool(dashboard_view, store)
            text = json.dumps(view, sort_keys=True, separators=(",", ":"))  # one line
            if text != sent:
                sent, last_event = text, time.monotonic()
                yield f"data: {text}\n\n"
            elif time.monotonic() - last_event >= QUIET_SECONDS:
                last_event = time.monotonic()
                yield ": still here\n\n"
            await asyncio.sleep(check)
    finally:
        open_streams[0] -= 1
