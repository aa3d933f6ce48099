"""`kiosk election init DIR`: a small, valid example election folder to start from."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.errors import PackageError
from kiosk.package import scaffold_districts

ELECTION_TOML = '''\
# Röstkiosk election folder. Build it with:
#   kiosk election build <this folder> --key authority.key -o election.pkg
format = 1
id = "exempelby-2027"              # lowercase letters, digits and '-'
district = "Exempelby"
currency = "SEK"
languages = ["sv", "sv-simple", "en"]
default_language = "sv"
# How the tally counts: greedy (most votes first, fund what fits), greedy-no-skip,
# equalshares, equalshares/add1, equalshares/add1-comparison, top-k
# (greedy-threshold needs [options] min_score)
counting = "greedy"
# Rule options, signed with the rest (docs/tally.md): uncomment what the municipality uses.
# [options]
# min_score = 50                   # a proposal needs at least 50 votes
# min_voter_share_percent = 5      # ... or support on 5 % of the ballots
# eligibility_k = 3                # ... or cost / (3 x budget) of the voters (Swiecie)
# incompatible = [["p2", "p3"]]    # at most one of p2 and p3 is funded

[period]
opens = 2027-04-01T08:00:00+02:00
closes = 2027-04-21T20:00:00+02:00

[rule]
# knapsack: choose proposals until the money runs out
kind = "knapsack"
budget = 500000
min_spent_percent = 0
# approval:   kind = "approval", max_choices = 3, min_choices = 0
# cumulative: kind = "cumulative", total_points = 10, max_per_proposal = 5

[eligibility]
mode = "open"                      # open | staff-unlock | codes | personnummer
# minimum_age = 16                 # personnummer mode only
# age_reference_date = 2027-04-21

[duplicates]
policy = "keep-last"               # keep-first | keep-last | reject-all

[tally]
public_key = "tally.pub"           # from `kiosk keys tally`
# server = "https://tally.example.se"

# Where voters check their tracking code (the receipt's QR code opens it with the code filled
# in where {code} stands, or added as ?code=). Leave it out and the QR code holds the code alone.
# [results]
# url = "https://val.example.se/medborgarbudget/kolla?kod={code}"
# from = 2027-04-28                # the first day codes can be checked there

# Where one can vote (optional; printed on voting-code cards). One table per place:
# [[places]]
# name = "Exempelby bibliotek"     # required
# address = "Storgatan 1"          # optional
# hours = "mån–fre 10–19"          # optional, as the place posts it

[[proposals]]
id = "p1"
cost = 180000
category = "play"

[[proposals]]
id = "p2"
cost = 120000
category = "nature"

[[proposals]]
id = "p3"
cost = 250000
category = "meeting"
'''

TEXTS = {
    "sv": '''\
[election]
title = "Medborgarbudget Exempelby 2027"
intro = "Du bestämmer hur 500 000 kronor ska användas i Exempelby."

[categories]
play = "Lek och idrott"
nature = "Natur"
meeting = "Mötesplatser"

[proposals.p1]
title = "Ny lekplats vid skolan"
summary = "Gungor, klätterställning och sandlåda för barn i alla åldrar."
body = """Skolans gamla lekplats är sliten. Förslaget är en ny lekplats med gungor, \
klätterställning och sandlåda.

Pengarna räcker till utrustning, fallskydd och montering."""
place = "Exempelby skola"
# What the picture shows, for screen readers (optional; the title is used without it)
image_alt = "Foto: en sliten lekplats med en gammal gunga på en skolgård."

[proposals.p2]
title = "Blommande äng i parken"
summary = "En äng med blommor som hjälper bin och fjärilar."
body = """En del av gräsmattan i parken blir äng. Den slås bara en gång om året.

Pengarna räcker till fröer, skyltar och skötsel i tre år."""
place = "Parken vid ån"

[proposals.p3]
title = "Grillplats med tak vid sjön"
summary = "Ett vindskydd med grill och bänkar där alla kan träffas."
body = """Vid sjön finns ingen plats att sitta i skydd. Förslaget är ett vindskydd med grill, \
bord och bänkar.

Platsen byggs så att den går att nå med rullstol."""
place = "Badplatsen"
''',
    "sv-simple": '''\
[election]
title = "Medborgarbudget i Exempelby"
intro = "Du får vara med och bestämma. Det finns 500 000 kronor."

[categories]
play = "Lek och sport"
nature = "Natur"
meeting = "Träffas"

[proposals.p1]
title = "En ny lekplats"
summary = "Barnen får en ny lekplats vid skolan."
body = """Den gamla lekplatsen är sliten.
Det blir gungor och en sandlåda.
Barnen kan klättra också."""

[proposals.p2]
title = "Blommor i parken"
summary = "En del av gräset blir en äng med blommor."
body = """Blommorna hjälper bin.
Blommorna hjälper fjärilar.
Gräset klipps en gång per år."""

[proposals.p3]
title = "Grilla vid sjön"
summary = "Ett tak, en grill och bänkar vid sjön."
body = """Du kan sitta under taket när det regnar.
Du kan grilla där.
Du kan komma dit med rullstol."""
''',
    "en": '''\
[election]
title = "Participatory budget Exempelby 2027"
intro = "You decide how 500,000 kronor is spent in Exempelby."

[categories]
play = "Play and sport"
nature = "Nature"
meeting = "Meeting places"

[proposals.p1]
title = "A new playground at the school"
summary = "Swings, a climbing frame and a sandpit for children of all ages."
body = """The school's old playground is worn out. This proposal builds a new one.

The money covers equipment, safety surfacing and installation."""
place = "Exempelby school"

[proposals.p2]
title = "A flower meadow in the park"
summary = "A meadow with flowers that help bees and butterflies."
body = """Part of the park's lawn becomes a meadow, mown once a year.

The money covers seeds, signs and three years of care."""
place = "The park by the stream"

[proposals.p3]
title = "A covered barbecue place by the lake"
summary = "A shelter with a barbecue and benches where everyone can meet."
body = """There is nowhere to sit in shelter by the lake. This proposal builds one.

It is built so that it can be reached by wheelchair."""
place = "The bathing place"
''',
}


EXAMPLES = ("basic", "districts")


def scaffold_election(folder: Path, example: str = "basic") -> list[Path]:
    """Write an example election folder: `basic` (one pot) or `districts` (a city-wide pot
    and two district pots, kiosk.package.scaffold_districts)."""
    if example not in EXAMPLES:
        raise PackageError("package.unknown_example", f"there is no example {example!r}; "
                           f"choose one of {', '.join(EXAMPLES)}", place="example",
                           reason="unknown")
    districts = example == "districts"
    election_toml = scaffold_districts.ELECTION_TOML if districts else ELECTION_TOML
    texts = scaffold_districts.TEXTS if districts else TEXTS
    root = Path(folder)
    if root.exists() and any(root.iterdir()):
        raise PackageError("package.folder_not_empty",
                           f"{root} is not empty; choose a new folder", place=str(root),
                           reason="not empty")
    (root / "texts").mkdir(parents=True, exist_ok=True)
    (root / "images").mkdir(exist_ok=True)
    (root / "audio").mkdir(exist_ok=True)
    written = [root / "election.toml"]
    written[0].write_text(election_toml, encoding="utf-8")
    for lang, text in texts.items():
        path = root / "texts" / f"{lang}.toml"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    readme = root / "README.txt"
    readme.write_text(
        "election.toml   the election: rule, budget, period, proposals (ids, costs)\n"
        "texts/<lang>.toml  the texts in one language (hand one file to each translator)\n"
        "images/         one picture per proposal (PNG or JPEG), named in election.toml\n"
        "audio/<lang>/<proposal>.ogg  optional read-aloud clips for languages without a voice\n"
        "tally.pub       the tally's public key (from `kiosk keys tally`)\n", encoding="utf-8")
    written.append(readme)
    return written
