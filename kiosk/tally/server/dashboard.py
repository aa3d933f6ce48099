"""The officials' dashboard on `kiosk tally serve`: read-only, behind a login.

GET  /dashboard/login    a form asking for the dashboard token
POST /dashboard/login    token=…  → a session cookie (HttpOnly, SameSite=Strict), then /dashboard
GET  /dashboard          the page (polls /dashboard/status every 2 s)
GET  /dashboard/app.js   its script
GET  /dashboard/status   kiosk.tally.dashboard_view as JSON

The token comes from KIOSK_TALLY_DASHBOARD_TOKEN, or `kiosk tally serve` makes one and prints
it at start. Every route but the login answers 401 without the cookie (or an
`Authorization: Bearer <token>` header). The intake's own routes are untouched, and nothing
here shows a choice or a running result.
"""

from __future__ import annotations

import hmac
from importlib import resources
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kiosk.tally.dashboard_view import dashboard_view
from kiosk.tally.store import TallyStore

ENV_DASHBOARD_TOKEN = "KIOSK_TALLY_DASHBOARD_TOKEN"
COOKIE = "kiosk_dashboard"
MIN_TOKEN_CHARS = 16
LOGIN_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Tally dashboard: log in</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 30rem; margin: 3rem auto">
<main><h1>Tally dashboard</h1>{message}
<form method="post" action="/dashboard/login">
<label for="token">Dashboard token (printed by <code>kiosk tally serve</code> at start)</label><br>
<input id="token" name="token" type="password" autocomplete="off" style="width: 100%">
<button type="submit">Log in</button></form></main></body></html>
"""


def _asset(name: str) -> str:
    return resources.files("kiosk.tally.server").joinpath(name).read_text(encoding="utf-8")


def dashboard_router(store: TallyStore, token: str) -> APIRouter:
    if len(token) < MIN_TOKEN_CHARS:
        raise ValueError(f"the dashboard token must have at least {MIN_TOKEN_CHARS} characters")
    router = APIRouter(prefix="/dashboard", include_in_schema=False)
    expected = token.encode()

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
    def login_form() -> HTMLResponse:
        return HTMLResponse(LOGIN_PAGE.format(message=""))

    @router.post("/login")
    async def login(request: Request) -> Response:
        form = parse_qs((await request.body())[:4096].decode("utf-8", "replace"))
        given = (form.get("token") or [""])[0].strip()
        if not hmac.compare_digest(given.encode(), expected):
            return HTMLResponse(LOGIN_PAGE.format(
                message='<p role="alert">That token is not this server\'s dashboard token.</p>'),
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
        return Response(_asset("dashboard.js"), media_type="text/javascript")

    @router.get("/status")
    async def status(request: Request) -> Response:
        if not allowed(request):
            return refused()
        view = await run_in_threadpool(dashboard_view, store)
        return JSONResponse(view, headers={"Cache-Control": "no-store"})

    return router
