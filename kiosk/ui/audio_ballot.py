"""The audio ballot: the whole ballot by ear and a few keys, for a voter who cannot see the screen.

Started with the "Audio ballot" button on the language screen (next to Listen) or a keypad key
on the welcome or language screen (kiosk.ui.audio_keys has every key). Each screen of the flow
becomes a list of items read aloud one at a time: Up/Down (or Space, for a two-switch user) move,
Enter does what the item says (choose, unchoose, go on, cast), Backspace goes back. The controller
drives the same window and screens a sighted voter uses (the same session, the same Cast), so the
ballot that is sealed is the one on the screen. The screen can be covered for privacy; the cover,
the keys and the voice all stop when the session ends (cast and Done, Stop, or time-out: the
window's reset() calls stop()).

Nothing here is logged: what the voter hears is nobody else's business.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kiosk.domain.election import RuleKind
from kiosk.domain.languages import LANGUAGES
from kiosk.ui import audio_pots
from kiosk.ui.audio_keys import Action, action_for
from kiosk.ui.headphones import headphones_plugged
from kiosk.ui.i18n import translate
from kiosk.ui.messages import message_for
from kiosk.ui.screens.howto import SHOW_PROPOSALS
from kiosk.ui.screens.proposals import CHOOSE_FIRST, GIVE_POINTS_FIRST, REVIEW
from kiosk.ui.screens.review import CAST, CHANGE, DONE, MORE_TIME
from kiosk.ui.screens.start import CHOOSE_LANGUAGE
from kiosk.ui.spoken import proposal_words, read_aloud, read_aloud_offered, sentences
from kiosk.ui.widgets.card import CHOSEN, YOUR_POINTS

CONFIRM_HEADPHONES = translate("AudioBallot", "Audio ballot. Check that you hear this through "
                               "headphones, then press Enter. Press H for help with the keys.")
PLUG_IN = translate("AudioBallot", "Audio ballot. Plug headphones into the kiosk, then press "
                    "Enter.")
KEYS_HELP = translate("AudioBallot", "Up and Down move between the items. Enter chooses. "
                      "Backspace goes back. R repeats. Plus and minus change the volume, the "
                      "square brackets the speed. B covers or uncovers the screen. With two "
                      "switches: Space moves on, Enter chooses.")
POSITION = translate("AudioBallot", "%1 of %2.")
NOT_CHOSEN = translate("AudioBallot", "Not chosen")
COVERED = translate("AudioBallot", "Audio ballot in progress. The screen is covered.")
UNCOVERED = translate("AudioBallot", "The screen is shown.")

Item = tuple[str, Callable[[], None] | None]  # words, what Enter does (None: nothing)


def _in_staff_panel(widget: QWidget) -> bool:
    """Staff mode lies over the voter window: its PIN pad and pages keep their keys."""
    while widget is not None:
        if widget.objectName() == "StaffPanel":
            return True
        widget = widget.parentWidget()
    return False


class Cover(QWidget):
    """Black, with one small line: nobody beside the voter sees the ballot."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("audio-cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#audio-cover { background: black; } "
                           "#audio-cover-line { color: #9a9a9a; font-size: 18px; }")
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.line = QLabel()
        self.line.setObjectName("audio-cover-line")
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.line)
        self.hide()


class AudioBallot(QObject):
    def __init__(self, ui, window) -> None:
        super().__init__(window)
        self.ui = ui
        self.window = window
        self.active = False
        self.pending = False  # started from Welcome: waiting for the session to begin
        self.step = ""
        self.items: list[Item] = []
        self.index = 0
        self.intro = ""
        self.jack = False
        self.cover = Cover(window)

    # -- on and off ----------------------------------------------------------------------------
    def offered(self) -> bool:
        """A voice or recorded clips for the default language: else the voter would hear
        nothing and the button and key do nothing."""
        return read_aloud_offered(self.ui)

    def start(self) -> None:
        """The button or the start key: begin now, or as soon as the session has begun."""
        if self.active or not self.offered():
            return
        if self.ui.state.session is None:
            self.pending = True
            self.window.start_voting()
            return
        self.pending = False
        self.active = True
        self.ui.state.set_assistance(read_aloud=True)
        QApplication.instance().installEventFilter(self)
        plugged = headphones_plugged()
        self.jack = plugged is not None  # the hardware tells: it is asked before every key
        self.step, self.index = "intro", 0
        self.intro = ""
        self.items = [(self.ui.text(PLUG_IN if plugged is False else CONFIRM_HEADPHONES),
                       self._after_intro)]
        self._say_item()

    def stop(self) -> None:
        """The session ended: no more keys, voice or cover. Safe to call when not active."""
        self.pending = False
        if self.active:
            QApplication.instance().removeEventFilter(self)
        self.active = False
        self.cover.hide()
        self.items = []
        self.ui.speech.stop()
        self.ui.speech.reset_prosody()

    def _after_intro(self) -> None:
        if headphones_plugged() is False:
            self._say_item()  # still no plug: say it again
            return
        self.on_screen(self.window.current_id)

    # -- the screens as lists ------------------------------------------------------------------
    def on_screen(self, screen_id: str) -> None:
        """The window moved to `screen_id`: read its first item (with its heading)."""
        if not self.active:
            return
        build = getattr(self, f"_items_{screen_id.replace('-', '_')}", None)
        screen = self.window.page(screen_id)
        self.step = screen_id
        self.index = 0
        if audio_pots.is_pot_screen(screen_id):  # one pot's part (a package with pots)
            self.intro, self.items = audio_pots.pot_items(self, screen_id)
        elif screen_id == "district":
            self.intro, self.items = audio_pots.district_items(self)
        elif build is None:  # identify, staff-wait, problem: what the screen says, nothing to do
            self.intro, self.items = "", [(screen.spoken_text(), None)]
        else:
            self.intro, self.items = build()
        self._say_item(with_intro=True)

    def _items_language(self):
        """The languages the kiosk can speak (a voice or recorded clips): in any other the
        voter would hear nothing from the next screen on."""
        ui = self.ui
        return ui.text(CHOOSE_LANGUAGE), [
            (LANGUAGES[tag].native_name, lambda t=tag: self.window.choose_language(t))
            for tag in ui.content.languages() if read_aloud_offered(ui, tag)]

    def _items_howto(self):
        screen = self.window.page("howto")
        return "", [(sentences(screen.spoken_text()), self.window.show_proposals),
                    (self.ui.text(SHOW_PROPOSALS), self.window.show_proposals)]

    def _items_proposals(self):
        screen = self.window.page("proposals")
        items = self.proposal_items(screen)
        items.append((self.ui.text(REVIEW), self._review))
        return screen.spoken_state(), items

    def proposal_items(self, screen) -> list[Item]:
        """One item per proposal of a proposals screen (with pots: of that screen's pot)."""
        return [(self._proposal_words(screen.ui, p),
                 lambda pid=p.id: self._toggle(screen, pid))
                for p in screen.ui.election.proposals]

    def _items_review(self):
        ui, screen = self.ui, self.window.page("review")
        return "", [(screen.spoken_text(), None),
                    (ui.text(CAST), screen.cast_vote),
                    (ui.text(CHANGE), self.window.show_proposals)]

    def _items_receipt(self):
        """The code spelled, then Done and More time. The receipt closes by itself (30 s by
        default, about as long as its words take): listening, the voter gets a minute more."""
        receipt = self.window.page("receipt")
        receipt.more_time()
        return "", [(receipt.spoken_text(), None), (self.ui.text(DONE), self.window.finish),
                    (self.ui.text(MORE_TIME), self._more_time)]

    def _more_time(self) -> None:
        self.window.page("receipt").more_time()
        self._say_item()

    @staticmethod
    def _proposal_words(ui, proposal) -> str:
        """`ui`: the proposals screen's (with pots, it sees the pot's rule and proposals)."""
        session = ui.state.session
        points = session.points.get(proposal.id, 0) if session else 0
        if ui.election.rule.kind is RuleKind.CUMULATIVE:
            state = ui.text(YOUR_POINTS.arg(points))
        else:
            state = ui.text(CHOSEN if points else NOT_CHOSEN)
        return sentences(proposal_words(ui, proposal), state)

    # -- what Enter does on the proposals ------------------------------------------------------
    def _toggle(self, screen, pid: str) -> None:
        """Choose or unchoose (cumulative: one more point; at the limit, back to none)."""
        ui = screen.ui
        session = ui.state.session
        cumulative = ui.election.rule.kind is RuleKind.CUMULATIVE
        said = ""
        if session.is_chosen(pid) and not cumulative:
            screen.remove(pid)
        else:
            blocked = session.blocked(pid)
            if blocked is None:
                screen.choose(pid)
            elif cumulative:
                screen.remove(pid)
                while session.points.get(pid, 0):
                    screen.remove(pid)
            else:
                said = self.ui.text(message_for(blocked.message_id, blocked.params))
        proposal = ui.election.proposal(pid)
        self.items[self.index] = (self._proposal_words(ui, proposal), self.items[self.index][1])
        points = session.points.get(pid, 0)
        state = YOUR_POINTS.arg(points) if cumulative else CHOSEN if points else NOT_CHOSEN
        self.say(sentences(said, self.ui.text(state), screen.spoken_state()))
        QTimer.singleShot(0, self._show_item)  # the card, once it is laid out as chosen

    def _review(self) -> None:
        session = self.ui.state.session
        if session is None or not session.ballot.choices:
            cumulative = self.ui.election.rule.kind is RuleKind.CUMULATIVE
            self.say(self.ui.text(GIVE_POINTS_FIRST if cumulative else CHOOSE_FIRST))
            return
        self.window.show_review()

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Every key press meant for the kiosk window while the audio ballot runs. The press
        first passes the window's handle (the idle watcher counts it as activity) and is taken
        when it reaches a widget, so no button or scroll area ever acts on it."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) \
                or watched.window() is not self.window or _in_staff_panel(watched):
            return False
        self.key(event.key())
        return True

    def key(self, key: int) -> None:
        if self.window.idle_warning.isVisible():  # "are you still there?": any key answers
            self.window.more_time()
            self._say_item()
            return
        action = action_for(key)
        if action is None or not self.items:
            return
        if self.jack and self.step != "intro" and headphones_plugged() is False:
            self.say(self.ui.text(PLUG_IN))  # unplugged mid-ballot: no choice to the room
            return
        if action is Action.NEXT:
            self.index = (self.index + 1) % len(self.items)
            self._say_item()
        elif action is Action.PREVIOUS:
            self.index = (self.index - 1) % len(self.items)
            self._say_item()
        elif action is Action.SELECT:
            do = self.items[self.index][1]
            if do is not None:
                do()
        elif action is Action.BACK:
            self._back()
        elif action is Action.HELP:  # with pots: how the parts work, too
            self.say(sentences(self.ui.text(KEYS_HELP), self.ui.text(audio_pots.PARTS_HELP)
                                if self.ui.election.pots else ""))
        elif action is Action.REPEAT:
            self._say_item(with_intro=True)
        elif action in (Action.LOUDER, Action.SOFTER, Action.SLOWER, Action.FASTER):
            self.ui.speech.adjust(rate={Action.SLOWER: -1, Action.FASTER: 1}.get(action, 0),
                                  volume={Action.SOFTER: -1, Action.LOUDER: 1}.get(action, 0))
            self._say_item()
        elif action is Action.COVER:
            self.toggle_cover()

    def _back(self) -> None:
        if audio_pots.back(self, self.step):
            return
        back = {"howto": lambda: self.window.go("language"),
                "proposals": lambda: self.window.go("howto"),
                "review": self.window.show_proposals}.get(self.step)
        if back is not None:
            back()

    def toggle_cover(self) -> None:
        if self.cover.isVisible():
            self.cover.hide()
            self.say(self.ui.text(UNCOVERED))
            return
        self.cover.line.setText(self.ui.text(COVERED))
        self.cover.setGeometry(self.window.rect())
        self.cover.show()
        self.cover.raise_()
        self.say(self.ui.text(COVERED))

    # -- speaking ------------------------------------------------------------------------------
    def _say_item(self, with_intro: bool = False) -> None:
        if not self.items:
            return
        self._show_item()
        words = self.items[self.index][0]
        where = self.ui.text(POSITION.arg(self.index + 1, len(self.items))) \
            if len(self.items) > 1 else ""
        self.say(sentences(self.intro if with_intro else "", words, where))

    def _show_item(self) -> None:
        """The proposal being read is scrolled into view (the district being read has the
        focus frame): a helper beside the voter, or a voter who sees a little, sees which one
        it is. The items start with the proposals (districts), in the order of the screen's
        cards (buttons)."""
        screen = self.window.screens.get(self.step) if self.active else None
        if screen is None or self.cover.isVisible():
            return
        cards = getattr(screen, "cards", None)
        if cards and self.index < len(cards):
            screen.scroll.ensureWidgetVisible(cards[self.index], 0, 16)
        choices = getattr(screen, "choices", None)  # the district question's buttons
        if choices and self.index < len(choices):  # the focus frame: the one being read
            choices[self.index].setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        """Say `text` now (instead of what was being said), in the voter's language."""
        read_aloud(self.ui, text)
