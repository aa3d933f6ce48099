"""The printed paper ballot's own words, in the nine voter languages (kiosk.printing.paper_ballots).

Election content (title, proposal titles) comes from the package. These texts were written by
an AI model from the touchscreen's wording in translations/*.ts and need native-speaker review,
like every other text in languages other than Swedish and English (translations/STATUS.md).
`{max}`, `{total}`, `{per}` and `{budget}` are filled in when the ballot is drawn; `{name}`,
`{n}` and `{count}` on the sheets of a package with pots (the district's or the pot's name, the
part's number and how many parts the sheet has).
"""

from __future__ import annotations

KEYS = ("sheet", "rule.approval", "rule.knapsack", "rule.cumulative", "budget",
        "invalid.approval", "invalid.knapsack", "invalid.cumulative", "proposal", "cost",
        "points", "secret", "identity", "fold", "district", "part", "parts")

_TEXTS = {
    "sv": ("Röstsedel nr",
           "Sätt ett kryss i rutan för de förslag du tycker bäst om, högst {max} förslag.",
           "Sätt ett kryss i rutan för de förslag du vill ha; tillsammans får de kosta högst "
           "budgeten.",
           "Skriv poäng i rutorna: högst {total} poäng sammanlagt och högst {per} poäng på ett "
           "förslag.",
           "Budget: {budget}",
           "En röstsedel med fler kryss än så är ogiltig.",
           "En röstsedel där förslagen kostar mer än budgeten är ogiltig.",
           "En röstsedel med fler poäng än så är ogiltig.",
           "Förslag", "Kostnad", "Poäng",
           "Skriv inte ditt namn på röstsedeln.",
           "Ditt personnummer eller din röstkod skrivs bara på kuvertet, aldrig här.",
           "Vik röstsedeln och lämna den till en funktionär eller lägg den i valurnan.",
           "Område: {name}", "Del {n} av {count}: {name}",
           "Rösta i varje del. Varje del räknas för sig."),
    "sv-simple": ("Röstsedel nummer",
                  "Sätt ett kryss vid de förslag som du tycker bäst om. Du får välja {max} "
                  "förslag.",
                  "Sätt ett kryss vid de förslag som du vill ha. Alla dina förslag tillsammans "
                  "får inte kosta mer än pengarna som finns.",
                  "Skriv poäng i rutorna. Du har {total} poäng. Ett förslag kan få {per} poäng.",
                  "Pengar som finns: {budget}",
                  "Har du kryssat för många förslag räknas inte din röst.",
                  "Kostar dina förslag mer än pengarna som finns räknas inte din röst.",
                  "Har du gett för många poäng räknas inte din röst.",
                  "Förslag", "Det kostar", "Poäng",
                  "Skriv inte ditt namn här.",
                  "Ditt personnummer eller din kod skriver du bara på kuvertet.",
                  "Vik papperet. Ge det till en funktionär eller lägg det i lådan för röster.",
                  "Ditt område: {name}", "Del {n} av {count}: {name}",
                  "Rösta i alla delarna. Varje del räknas för sig."),
    "fi": ("Äänestyslippu nro",
           "Merkitse rasti niiden ehdotusten ruutuun, joista pidät eniten, enintään {max} "
           "ehdotusta.",
           "Merkitse rasti niiden ehdotusten ruutuun, jotka haluat; yhteensä ne saavat maksaa "
           "enintään budjetin verran.",
           "Kirjoita pisteet ruutuihin: yhteensä enintään {total} pistettä ja yhdelle "
           "ehdotukselle enintään {per}.",
           "Budjetti: {budget}",
           "Äänestyslippu, jossa on enemmän rasteja, on mitätön.",
           "Äänestyslippu, jonka ehdotukset maksavat enemmän kuin budjetti, on mitätön.",
           "Äänestyslippu, jossa on enemmän pisteitä, on mitätön.",
           "Ehdotus", "Hinta", "Pisteet",
           "Älä kirjoita nimeäsi äänestyslippuun.",
           "Henkilötunnus tai äänestyskoodi kirjoitetaan vain kuoreen, ei koskaan tähän.",
           "Taita äänestyslippu ja anna se vaalivirkailijalle tai pudota se vaaliuurnaan.",
           "Alue: {name}", "Osa {n}/{count}: {name}",
           "Äänestä jokaisessa osassa. Jokainen osa lasketaan erikseen."),
    "fit": ("Äänestyslippu nro",
            "Pane rasti niitten ehotusten ruutuun mistä sie tykkäät eniten, enintään {max} "
            "ehotusta.",
            "Pane rasti niitten ehotusten ruutuun mitä sie halvaat; yhessä net saattavat maksaa "
            "enintään budjetin verran.",
            "Kirjota pisteet ruutuihin: yhessä enintään {total} pistettä ja yhele ehotukselle "
            "enintään {per}.",
            "Budjetti: {budget}",
            "Äänestyslippu missä on enemän rastia ei käy.",
            "Äänestyslippu minkä ehotukset maksavat enemän ko budjetti ei käy.",
            "Äänestyslippu missä on enemän pistettä ei käy.",
            "Ehotus", "Hinta", "Pisteet",
            "Älä kirjota nimeä äänestyslipphuun.",
            "Henkilötunnuksen eli äänestyskoodin kirjotat vain kuorheen, ei tähän.",
            "Taita äänestyslippu ja anna se virkailijale eli pane se vaaliuurnhaan.",
            "Alue: {name}", "Osa {n}/{count}: {name}",
            "Äänestä joka osassa. Joka osa laskethaan erikseen."),
    "se": ("Jienastanlihppu nr",
           "Bija ruossa daid evttohusaid ruktui mat dus liikojit buoremusat, eanemusat {max} "
           "evttohusa.",
           "Bija ruossa daid evttohusaid ruktui maid don háliidat; oktiibuot dat sáhttet máksit "
           "eanemusat bušeahta.",
           "Čális čuoggáid ruktuide: oktiibuot eanemusat {total} čuoggá ja ovtta evttohussii "
           "eanemusat {per}.",
           "Bušeahtta: {budget}",
           "Jienastanlihppu mas leat eambbo ruossat ii leat gustovaš.",
           "Jienastanlihppu man evttohusat mákset eambbo go bušeahtta ii leat gustovaš.",
           "Jienastanlihppu mas leat eambbo čuoggát ii leat gustovaš.",
           "Evttohus", "Haddi", "Čuoggát",
           "Ale čále du nama jienastanlihppui.",
           "Du riegádannummir dahje jienastankoda čállojuvvo dušše govččasii, ii goassege dása.",
           "Máhcut jienastanlihpu ja atte dan doaibmaolbmái dahje bija dan jienastanboksii.",
           "Guovlu: {name}", "Oassi {n}/{count}: {name}",
           "Jienas juohke oasis. Juohke oassi rehkenastojuvvo sierra."),
    "smj": ("Jienastimlihppo nr",
            "Bieja ruossa dáj oajvvadusáj ruktaj ma dujna buoremusát likti, ienemusát {max} "
            "oajvvadusá.",
            "Bieja ruossa dáj oajvvadusáj ruktaj majt sidá; aktan máhtti ienemusát budsjehta "
            "máksēt.",
            "Tjále tjuoggáid ruktajda: aktan ienemusát {total} tjuoggá ja akta oajvvadussaj "
            "ienemusát {per}.",
            "Budsjehtta: {budget}",
            "Jienastimlihppo gånnå li ienep ruossa ij la fámon.",
            "Jienastimlihppo man oajvvadusá máksi ienep gå budsjehtta ij la fámon.",
            "Jienastimlihppo gånnå li ienep tjuoggá ij la fámon.",
            "Oajvvadus", "Hadde", "Tjuoggá",
            "Ale tjále namát jienastimlihppuj.",
            "Persåvnnålåhko jali jienastimkoda tjáleduvvá dåssju goahtásij, ij goassak dánna.",
            "Gåbbå jienastimlihpov ja vatte dav doajmmaulmutjij jali bieja dav jienastimboksaj.",
            "Guovllo: {name}", "Oasse {n}/{count}: {name}",
            "Jienasta juohkka oasen. Juohkka oasse rehkenasteduvvá sierra."),
    "sma": ("Veeljemetjaalege nr",
            "Bïejh kruassem dej raeriehtimmiej kraapan mejtie jeenjemes lyjhkh, jeenjemes {max} "
            "raeriehtimmieh.",
            "Bïejh kruassem dej raeriehtimmiej kraapan mejtie sïjhtah; ektesne maehtieh "
            "jeenjemes budsjedten åasside.",
            "Tjaelieh poengh kraapide: ektesne jeenjemes {total} poengh jïh aktede "
            "raeriehtæmman jeenjemes {per}.",
            "Budsjedte: {budget}",
            "Veeljemetjaalege gusnie jeenjebh kruassh, ij leah gustoes.",
            "Veeljemetjaalege gusnie raeriehtimmieh jeenjebe åassoeh goh budsjedte, ij leah "
            "gustoes.",
            "Veeljemetjaalege gusnie jeenjebh poengh, ij leah gustoes.",
            "Raeriehtimmie", "Åassoe", "Poengh",
            "Aellieh dov nommem veeljemetjaalegasse tjaelieh.",
            "Dov persovnenummere jallh veeljemekoode ajve konvoluhtese tjaalasåvva, ij gåessie "
            "daesnie.",
            "Gaarkesth veeljemetjaalegem jïh vedtieh barkijasse jallh bïejh veeljemegaaran.",
            "Dajve: {name}", "Bielie {n}/{count}: {name}",
            "Veeljh fïerhten bieline. Fïerhten bielie sjïere lohkesåvva."),
    "en": ("Ballot no.",
           "Put a cross in the box of the proposals you like best, at most {max} proposals.",
           "Put a cross in the box of the proposals you want; together they may cost at most "
           "the budget.",
           "Write points in the boxes: at most {total} points in all and at most {per} points "
           "for one proposal.",
           "Budget: {budget}",
           "A ballot with more crosses than that is invalid.",
           "A ballot whose proposals cost more than the budget is invalid.",
           "A ballot with more points than that is invalid.",
           "Proposal", "Cost", "Points",
           "Do not write your name on the ballot.",
           "Your personal identity number or voting code goes on the envelope only, never here.",
           "Fold the ballot and hand it to a member of staff or put it in the ballot box.",
           "District: {name}", "Part {n} of {count}: {name}",
           "Vote in each part. Each part is counted on its own."),
    "ar": ("ورقة الاقتراع رقم",
           "ضع علامة × في مربع المقترحات التي تعجبك أكثر، {max} مقترحات على الأكثر.",
           "ضع علامة × في مربع المقترحات التي تريدها؛ ويجب ألّا تزيد تكلفتها معًا على الميزانية.",
           "اكتب النقاط في المربعات: {total} نقطة على الأكثر في المجموع و{per} نقاط على الأكثر "
           "لمقترح واحد.",
           "الميزانية: {budget}",
           "ورقة الاقتراع التي فيها علامات أكثر من ذلك باطلة.",
           "ورقة الاقتراع التي تكلّف مقترحاتها أكثر من الميزانية باطلة.",
           "ورقة الاقتراع التي فيها نقاط أكثر من ذلك باطلة.",
           "المقترح", "التكلفة", "النقاط",
           "لا تكتب اسمك على ورقة الاقتراع.",
           "يُكتب رقمك الشخصي أو رمز التصويت على الظرف فقط، وليس هنا أبدًا.",
           "اطوِ ورقة الاقتراع وسلّمها إلى أحد الموظفين أو ضعها في صندوق الاقتراع.",
           "المنطقة: {name}", "الجزء {n} من {count}: {name}",
           "صوّت في كل جزء. يُحسب كل جزء على حدة."),
}

PAPER_TEXTS: dict[str, dict[str, str]] = {
    tag: dict(zip(KEYS, texts, strict=True)) for tag, texts in _TEXTS.items()}


def paper_text(language: str, key: str, **values: object) -> str:
    """A ballot text in `language` (Swedish where the language has none), values filled in."""
    texts = PAPER_TEXTS.get(language, PAPER_TEXTS["sv"])
    return texts[key].format(**values)
