"""The printed words of the posters and the chart, whole in each of the nine election languages.

Every language has every label (a test holds them complete), so no poster mixes a translated
title with Swedish headings. The tie-break is explained in words a resident can follow; it
describes `kiosk.tally.rules.tiebreak` without naming any file. Written by an AI model; see
translations/STATUS.md for the review status (no human review yet).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PosterWords:
    results: str
    funded: str          # heading above the proposals that get money
    votes: str           # unit after a number of votes
    points: str          # unit after a number of points
    budget: str
    used: str
    valid: str           # after the number of valid ballots
    not_funded: str      # heading above the others
    tie_break: str       # one or two sentences; %s is the published seed
    count: str = "{n} {unit}"  # how a number and its unit are written together

    def counted(self, n: int, unit: str) -> str:
        return self.count.format(n=n, unit=unit)


POSTER_WORDS: dict[str, PosterWords] = {
    "sv": PosterWords(
        "Resultat", "Dessa förslag blir verklighet", "röster", "poäng", "Budget", "Använt",
        "giltiga röster", "Fick inte pengar den här gången",
        "Vid lika antal röster går det billigare förslaget före. Kostar de lika mycket avgör en "
        "lottning som vem som helst kan göra om med det publicerade fröet %s."),
    "sv-simple": PosterWords(
        "Resultat", "De här förslagen blir av", "röster", "poäng", "Pengar", "Använt",
        "röster räknades", "De här förslagen blir inte av nu",
        "Två förslag kan få lika många röster. Då vinner det som kostar minst. Kostar de lika "
        "mycket? Då avgör en lottning. Alla kan kontrollera lottningen med koden %s."),
    "fi": PosterWords(
        "Tulokset", "Nämä ehdotukset toteutetaan", "ääntä", "pistettä", "Budjetti",
        "Käytetty", "hyväksyttyä ääntä", "Eivät saaneet rahoitusta tällä kertaa",
        "Jos ehdotukset saivat yhtä monta ääntä, halvempi ehdotus menee edelle. Jos ne "
        "maksavat yhtä paljon, ratkaisee arvonta, jonka kuka tahansa voi toistaa julkaistulla "
        "siemenluvulla %s."),
    "fit": PosterWords(
        "Tulokset", "Nämät ehotukset tehhään", "ääntä", "pistettä", "Budjetti", "Käytetty",
        "hyväksyttyä ääntä", "Ei saanheet rahhaa tälä kertaa",
        "Jos ehotukset sait yhtä monta ääntä, halvempi ehotus mennee ensin. Jos net "
        "maksavat yhtä paljon, arvonta ratkaisee; kuka hyvänsä saapi tehhä sen uuesthaan "
        "julkaistula luvula %s."),
    "se": PosterWords(
        "Bohtosat", "Dát evttohusat čađahuvvojit", "jiena", "čuoggá", "Bušeahtta",
        "Geavahuvvon", "gustovaš jiena", "Eai ožžon ruđa dán háve",
        "Jus evttohusat ožžo seamma ollu jienaid, de hálbbit evttohus boahtá ovdalis. Jus dat "
        "máksiba seamma ollu, de vuorbádeapmi mearrida; juohkehaš sáhttá dahkat dan ođđasit "
        "almmuhuvvon loguin %s."),
    "smj": PosterWords(
        "Boados", "Dá oajválvisá dahkaduvvi", "jiena", "tjuoggá", "Budsjæhtta",
        "Aneduvvam", "gustovasj jiena", "E oadtjum ruhtav dán bále",
        "Jus oajválvisá oadtju samma ednagav jienajt, de hálbbep oajválvis boahtá åvdebut. Jus "
        "dá máksi samma ednagav, de vuorbbe mierret; juohkka ájnna máhttá dahkat dav ådåsis "
        "almulattjum loguj %s."),
    "sma": PosterWords(
        "Illedahke", "Daah raeriestimmieh dorjesuvvieh", "gïelh", "tjoeggh", "Budsjedte",
        "Nuhtjeme", "reaktoe gïelh", "Eah åådtjeme beetnegh daan aejkien",
        "Jis raeriestimmieh seamma jïjnje gïeli åadtjoeh, dellie geehpes raeriestimmie "
        "åvtelen båata. Jis seamma jïjnje maeksieh, dellie vuarpa nænnoste; fïerhten maahta "
        "dam orrestidh bæjhkoehtamme taalline %s."),
    "en": PosterWords(
        "Results", "These proposals will be carried out", "votes", "points", "Budget", "Used",
        "valid ballots", "Not funded this time",
        "Where proposals had the same number of votes, the cheaper one came first. Where the "
        "cost was also the same, a draw decided, which anyone can repeat with the published "
        "seed %s."),
    "ar": PosterWords(  # "the votes: 40": Arabic number agreement needs no plural rules then
        "النتائج", "هذه المقترحات سيتم تنفيذها", "الأصوات", "النقاط", "الميزانية", "المستخدم",
        "الأصوات الصحيحة", "لم تحصل على تمويل هذه المرة",
        "إذا حصلت مقترحات على عدد الأصوات نفسه، يأتي الأقل تكلفة أولاً. وإذا تساوت التكلفة "
        "أيضاً، تقرر قرعة يستطيع أي شخص إعادتها بالرقم المنشور %s.", "{unit}: {n}"),
}


def poster_words(language: str) -> PosterWords:
    """The poster's words in `language`; Swedish only for a language the table does not know."""
    return POSTER_WORDS.get(language, POSTER_WORDS["sv"])


CHART_WORDS = {  # unit, rule, budget, used, funded, not funded (Swedish / English)
    "points": "poäng / points", "votes": "röster / votes", "rule": "regel / rule",
    "budget": "budget", "used": "använt / used", "funded": "finansieras / funded",
    "not_funded": "finansieras inte / not funded",
}
