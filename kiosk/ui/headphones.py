"""Whether headphones are plugged in, where ALSA can tell.

Intel HDA and most USB headsets expose a jack-detection control to ALSA: a read-only boolean
named like "Headphone Jack" or "Front Headphone Jack" (`amixer -c N contents` shows
`values=on` while a plug is in). Many kiosks' audio has none (HDMI audio, cheap USB dongles,
no sound card at all): then the answer is None, "cannot tell", and the audio ballot's first
sentence asks the voter to confirm that they hear it through headphones, and the möjliggörare's
checklist (docs/speech.md) says to plug them in. PulseAudio/PipeWire's port availability is not
asked: the kiosk session may run without an audio server, and ALSA is underneath both.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

_CONTROL = re.compile(r"^numid=\d+,iface=(?:CARD|MIXER),name='([^']*)'", re.M)


def jack_states(contents: str) -> list[bool]:
    """The headphone jack controls in `amixer contents` output: True where a plug is in."""
    states = []
    blocks = _CONTROL.split(contents)
    for name, body in zip(blocks[1::2], blocks[2::2], strict=True):
        if "headphone" in name.lower() and "jack" in name.lower():
            match = re.search(r":\s*values=(on|off)\b", body)
            if match:
                states.append(match.group(1) == "on")
    return states


def headphones_plugged(cards: Path = Path("/proc/asound/cards"), timeout: float = 2.0
                       ) -> bool | None:
    """True or False where a sound card reports its headphone jack, else None (cannot tell).
    Called on the GUI thread at the start of an audio ballot and, where a jack was found, on
    each of its keys (one amixer run per card: 7.7 ms measured here)."""
    amixer = shutil.which("amixer")
    try:
        listing = cards.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    numbers = re.findall(r"^\s*(\d+)\s+\[", listing, re.M)
    if amixer is None or not numbers:
        return None
    seen: list[bool] = []
    for number in numbers:
        try:
            out = subprocess.run([amixer, "-c", number, "contents"], capture_output=True,
                                 text=True, timeout=timeout).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        seen += jack_states(out)
    return any(seen) if seen else None
