"""`kiosk demo --smoke` (the bundle's check) works from the source tree: it opens the touchscreen
on a fresh demo world, votes once by clicking, finds the ballot in the box and exits 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_demo_smoke_votes_once_and_exits():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "kiosk", "demo", "--smoke"], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ok"] is True and len(result["tracking_code"]) == 19
