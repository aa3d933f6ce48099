"""An example follow-up survey (age band, first time, how they heard) to add to an election
folder: `kiosk election init DIR --survey`. The municipality changes the questions to its own.

The texts were written by an AI model for all nine kiosk languages; no human has reviewed them
(translations/STATUS.md). Only the languages the folder has texts for are written.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.errors import PackageError

ELECTION_PART = '''
# The follow-up: optional questions after the vote, answered inside the sealed ballot and only
# ever counted in tables where counts below min_cell are hidden. Texts: [survey] in texts/*.toml.
[survey]
min_cell = 5
[[survey.questions]]
id = "age_band"
answers = ["under-16", "16-24", "25-44", "45-64", "65-plus"]
[[survey.questions]]
id = "first_time"
answers = ["yes", "no"]
[[survey.questions]]
id = "heard_from"
answers = ["letter", "social-media", "library", "friends", "other"]
'''

# language -> (intro, (age, first time, heard), answers per question)
_TEXTS = {
    "sv": ("Några frivilliga frågor till kommunens uppföljning. Svaren läggs i samma förseglade "
           "kuvert som din röst. Du kan hoppa över dem.",
           ("Hur gammal är du?", "Är det första gången du röstar i medborgarbudgeten?",
            "Hur fick du höra om omröstningen?"),
           (("Under 16 år", "16–24 år", "25–44 år", "45–64 år", "65 år eller äldre"),
            ("Ja", "Nej"),
            ("Brev hem", "Sociala medier", "På biblioteket", "Av vänner eller familj", "Annat"))),
    "sv-simple": ("Här är några frågor. Du behöver inte svara. Svaren hjälper kommunen.",
                  ("Hur gammal är du?", "Röstar du för första gången?",
                   "Hur fick du veta om omröstningen?"),
                  (("Yngre än 16", "16 till 24", "25 till 44", "45 till 64", "65 eller äldre"),
                   ("Ja", "Nej"),
                   ("Ett brev", "Sociala medier", "Biblioteket", "Vänner eller familj",
                    "På annat sätt"))),
    "fi": ("Muutama vapaaehtoinen kysymys kunnan seurantaa varten. Vastaukset menevät samaan "
           "suljettuun kuoreen kuin äänesi. Voit ohittaa ne.",
           ("Kuinka vanha olet?", "Äänestätkö osallistuvassa budjetoinnissa ensimmäistä kertaa?",
            "Mistä kuulit äänestyksestä?"),
           (("Alle 16 vuotta", "16–24 vuotta", "25–44 vuotta", "45–64 vuotta", "65 vuotta tai yli"),
            ("Kyllä", "Ei"),
            ("Kirjeestä", "Sosiaalisesta mediasta", "Kirjastosta", "Ystäviltä tai perheeltä",
             "Muualta"))),
    "fit": ("Muutama vapaaehtoinen kysymys kunnan seurantaa varten. Vastaukset menevät samhaan "
            "suljettuhun kuorheen ko äänesi. Saatat hypätä niitten yli.",
            ("Kuinka vanha sie olet?", "Äänestätkö sie ensimäisen kerran?",
             "Mistä sie kuulit äänestyksestä?"),
            (("Alle 16 vuotta", "16–24 vuotta", "25–44 vuotta", "45–64 vuotta",
              "65 vuotta eli yli"),
             ("Jo", "Ei"),
             ("Kirjeestä", "Sosiaalisesta mediasta", "Kirjastosta", "Kamraatilta eli perheeltä",
              "Muualta"))),
    "se": ("Moadde eaktodáhtolaš gažaldaga gieldda čuovvoleapmái. Vástádusat bidjojuvvojit "
           "seamma giddejuvvon gollii go du jietna. Sáhtát njuiket daid badjel.",
           ("Man boaris don leat?", "Leago vuosttaš háve go jienastat?",
            "Movt gulle jienasteami birra?"),
           (("Vuollel 16 jagi", "16–24 jagi", "25–44 jagi", "45–64 jagi", "65 jagi dahje eanet"),
            ("Juo", "Ii"),
            ("Reivves", "Sosiála mediain", "Girjerádjosis", "Ustibiin dahje bearrašis",
             "Eará láhkai"))),
    "smj": ("Moadda friddja gatjálvisá suohkana tjuovvoluvvamij. Vástádusá bieddjuji sämmi "
            "gidduj gåvttåj gå du jiena. Máhtá dajt badjel njuolgget.",
            ("Man vuoras la dån?", "Jienastagá vuostasj bále?",
             "Gåktu gullí jienastime birra?"),
            (("Vuollel 16 jage", "16–24 jage", "25–44 jage", "45–64 jage", "65 jage jali ienep"),
             ("Jo", "Ij"),
             ("Rájnnasis", "Sosiála mediajn", "Girjjevuorkán", "Ustebijs jali bearrahis",
              "Iehtjáda láhkáj"))),
    "sma": ("Naan jiehtesh gyhtjelassh tjïeltese. Vaestiedassh seamma gåptoes goh dov gïele. "
            "Maahtah dejtie bååstede sjïehtedidh.",
            ("Man båeries datne?", "Voestes aejkien gïelem vadtah?",
             "Guktie govlih veeljemen bïjre?"),
            (("Nuelesne 16 jaepieh", "16–24 jaepieh", "25–44 jaepieh", "45–64 jaepieh",
              "65 jaepieh jallh jeenjebe"),
             ("Jaavoe", "Ij"),
             ("Prievesne", "Sosijaale meedijisnie", "Gærjagåetesne", "Voelpeste jallh fuolkeste",
              "Jeatjah vuekine"))),
    "en": ("A few optional questions for the municipality's follow-up. The answers go into the "
           "same sealed envelope as your vote. You can skip them.",
           ("How old are you?", "Is this your first time voting in the citizens' budget?",
            "How did you hear about the vote?"),
           (("Under 16", "16–24", "25–44", "45–64", "65 or older"),
            ("Yes", "No"),
            ("A letter", "Social media", "At the library", "Friends or family", "Other"))),
    "ar": ("بعض الأسئلة الاختيارية لمتابعة البلدية. توضع الإجابات في الظرف المختوم نفسه مع "
           "صوتك. يمكنك تخطيها.",
           ("كم عمرك؟", "هل هذه أول مرة تصوّت فيها في ميزانية المواطنين؟",
            "كيف سمعت عن التصويت؟"),
           (("أقل من 16", "16–24", "25–44", "45–64", "65 أو أكثر"),
            ("نعم", "لا"),
            ("رسالة", "وسائل التواصل الاجتماعي", "في المكتبة", "من الأصدقاء أو العائلة",
             "طريقة أخرى"))),
}
_IDS = (("age_band", ("under-16", "16-24", "25-44", "45-64", "65-plus")),
        ("first_time", ("yes", "no")),
        ("heard_from", ("letter", "social-media", "library", "friends", "other")))


def survey_texts(lang: str) -> str:
    intro, questions, answers = _TEXTS[lang]
    out = [f"\n[survey]\nintro = {_quote(intro)}\n"]
    for (qid, ids), question, texts in zip(_IDS, questions, answers, strict=True):
        out.append(f"\n[survey.questions.{qid}]\nquestion = {_quote(question)}\n"
                   f"[survey.questions.{qid}.answers]\n")
        out.extend(f'"{aid}" = {_quote(text)}\n' for aid, text in zip(ids, texts, strict=True))
    return "".join(out)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def add_example_survey(folder: Path) -> None:
    """Append the example [survey] to election.toml and its texts to each texts/<lang>.toml."""
    root = Path(folder)
    election = root / "election.toml"
    text = election.read_text(encoding="utf-8")
    if "[survey]" in text:
        raise PackageError("package.survey_exists", f"{election} already has a [survey]",
                           place=str(election), reason="survey exists")
    election.write_text(text + ELECTION_PART, encoding="utf-8")
    for path in sorted((root / "texts").glob("*.toml")):
        if path.stem in _TEXTS:
            path.write_text(path.read_text(encoding="utf-8") + survey_texts(path.stem),
                            encoding="utf-8")
