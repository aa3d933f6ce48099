"""The tally protocol's labels: Swedish (the officers sign in Swedish) with one more election
language — `protocol.pdf` is Swedish / English, `protocol-<lang>.pdf` Swedish / <lang>, and the
Swedish and lättläst ones Swedish only. Every language has every label (a test holds it).

Written by an AI model; no human review (translations/STATUS.md).
"""

from __future__ import annotations

from kiosk.tally.count_results import TIE_BREAK  # the same words as results.json

KEYS = (
    "title", "period", "counted", "item", "value", "rule", "budget", "tie", "tie_text", "seed",
    "from_bulletin", "given", "duplicates", "policy", "authority", "tally_key", "package",
    "bulletin", "ballots_hash", "received", "set_aside", "opened", "valid", "invalid",
    "invalid_ballots", "count", "summary", "per_station", "station_note", "station", "records",
    "set_aside_col", "opened_col", "invalid_col", "assisted", "languages", "proposal", "points",
    "votes", "cost", "funded", "total", "results", "yes", "no", "used", "left", "no_conflicts",
    "seq", "cast_at", "decision", "kept", "set_aside_one", "certify", "place_date", "signature",
    "name", "page", "kind.approval", "kind.knapsack", "kind.cumulative",
    "set_aside.duplicate", "set_aside.no-outer-envelope", "set_aside.outer-unopenable",
    "ballot.over_budget", "ballot.under_minimum_spend", "ballot.too_many", "ballot.too_few",
    "ballot.unknown_proposal", "ballot.malformed", "ballot.points_over_total",
    "ballot.points_over_max", "envelope.unopenable", "envelope.malformed",
    "envelope.wrong_election", "envelope.test_ballot", "set_aside.not-issued",
    "set_aside.fork",
)
# Ballots by channel (touch and paper, kiosk.station.paper) and spoiled paper sheets.
PAPER_KEYS = ("by_channel", "channel", "touch", "paper", "all_channels", "ballot.spoiled")
KEYS = KEYS + PAPER_KEYS

_TEXT = {
    "sv": (
        "Valprotokoll – rösträkning", "Röstningsperiod", "Räknad", "Uppgift", "Värde",
        "Räkneregel", "budget", "Lika röster",
        "Högre antal röster eller poäng först; vid lika det billigare förslaget; vid lika kostnad "
        "en lottning: stigande SHA-256 av \"<frö>:<förslagets id>\".", "Frö", "ur anslagslistan",
        "angivet", "Dubbelröster", "regel", "Valmyndighet", "Rösträkningens nyckel", "Valpaket",
        "Anslagslista", "Öppnade röster", "Mottagna röster", "Åsidosatta före öppning",
        "Öppnade röster", "Giltiga röster", "Ogiltiga", "Ogiltiga röster", "Antal",
        "Sammanställning", "Per station",
        "Språk och assisterade röster räknas per station som stationen själv redan vet; valen "
        "(förslagen) räknas aldrig per station.", "Station", "Poster", "Åsidosatta", "Öppnade",
        "Ogiltiga", "Assisterade", "Språk", "Förslag", "Poäng", "Röster", "Kostnad",
        "Finansieras", "Summa", "Resultat", "JA", "nej", "använt", "kvar",
        "Inga väljare hittades på mer än en röst.", "Löpnr", "Avgiven (UTC)", "Beslut", "räknas",
        "åsidosatt", "Vi intygar att rösträkningen gått till som protokollet visar.",
        "Ort och datum", "Underskrift", "Namnförtydligande", "Sida", "godkännande",
        "budgetval", "poäng", "dubbelröst", "ytterkuvert saknas", "ytterkuvert kunde inte öppnas",
        "över budget", "under lägsta belopp", "för många val", "för få val", "okänt förslag",
        "felaktigt formad", "för många poäng", "för många poäng på ett förslag",
        "kuvertet kunde inte öppnas", "kuvertet var felaktigt", "fel val", "teströst"),
    "en": (
        "Tally protocol – count of the ballots", "Voting period", "Counted", "Item", "Value",
        "Counting rule", "budget", "Tie-break",
        TIE_BREAK, "Seed", "derived from the bulletin",
        "given", "Duplicate voters", "policy", "Authority", "Tally key", "Package", "Bulletin",
        "Ballots", "Ballot records received", "Set aside", "Ballots opened", "Valid ballots",
        "Invalid", "Invalid ballots", "Count", "Summary", "Per station",
        "Languages and assisted sessions per station, which the station itself already knows; "
        "choices are never counted per station.", "Station", "Records", "Set aside", "Opened",
        "Invalid", "Assisted", "Languages", "Proposal", "Points", "Votes", "Cost", "Funded",
        "Total", "Results", "YES", "no", "used", "left",
        "No voter was found on more than one ballot.", "Seq", "Cast at (UTC)", "Decision",
        "kept", "set aside", "We certify that the count was carried out as this protocol shows.",
        "Place and date", "Signature", "Name in capitals", "Page", "approval", "knapsack",
        "cumulative", "duplicate voter", "no outer envelope", "outer envelope unopenable",
        "over budget", "under minimum spend", "too many choices", "too few choices",
        "unknown proposal", "malformed", "too many points", "too many points on one",
        "envelope could not be opened", "envelope malformed", "another election",
        "test ballot"),
    "fi": (
        "Vaalipöytäkirja – ääntenlaskenta", "Äänestysaika", "Laskettu", "Tieto", "Arvo",
        "Laskentasääntö", "budjetti", "Tasatilanne",
        "Enemmän ääniä tai pisteitä ensin; tasatilanteessa halvempi ehdotus; saman hinnan "
        "ollessa arvonta: nouseva SHA-256 merkkijonosta \"<siemen>:<ehdotuksen tunnus>\".",
        "Siemen", "johdettu ilmoitustaululta", "annettu", "Kaksoisäänet", "käytäntö",
        "Vaaliviranomainen", "Ääntenlaskennan avain", "Vaalipaketti", "Ilmoitustaulu",
        "Avatut äänet", "Vastaanotetut äänet", "Erotettu ennen avaamista", "Avatut äänet",
        "Hyväksytyt äänet", "Hylätyt", "Hylätyt äänet", "Määrä", "Yhteenveto", "Asemittain",
        "Kielet ja avustetut äänestykset lasketaan asemittain, koska asema tietää ne jo; "
        "valintoja (ehdotuksia) ei koskaan lasketa asemittain.", "Asema", "Merkinnät", "Erotetut",
        "Avatut", "Hylätyt", "Avustetut", "Kielet", "Ehdotus", "Pisteet", "Äänet", "Kustannus",
        "Rahoitetaan", "Yhteensä", "Tulokset", "KYLLÄ", "ei", "käytetty", "jäljellä",
        "Yhtään äänestäjää ei löytynyt useammasta kuin yhdestä äänestä.", "Järj.nro",
        "Annettu (UTC)", "Päätös", "lasketaan", "erotettu",
        "Vakuutamme, että ääntenlaskenta tehtiin niin kuin tämä pöytäkirja osoittaa.",
        "Paikka ja päivämäärä", "Allekirjoitus", "Nimen selvennys", "Sivu", "hyväksyntä",
        "budjettivalinta", "pisteet", "kaksoisääni", "ulkokuori puuttuu",
        "ulkokuorta ei voitu avata", "yli budjetin", "alle vähimmäissumman", "liian monta valintaa",
        "liian vähän valintoja", "tuntematon ehdotus", "virheellinen", "liikaa pisteitä",
        "liikaa pisteitä yhdelle ehdotukselle", "kuorta ei voitu avata", "kuori oli virheellinen",
        "eri vaali", "testiääni"),
    "fit": (
        "Vaalipöytäkirja – äänitten laskeminen", "Äänestysaika", "Laskettu", "Tieto", "Arvo",
        "Laskusääntö", "budjetti", "Yhtä monta ääntä",
        "Enemmän ääniä eli pisteitä ensin; jos yhtä monta, halvempi ehotus; jos sama hinta, "
        "arvonta: nouseva SHA-256 \"<luku>:<ehotuksen tunnus>\".", "Luku",
        "otettu ilmotustaululta", "annettu", "Kaksoisäänet", "sääntö", "Vaalivirasto",
        "Laskemisen avain", "Vaalipaketti", "Ilmotustaulu", "Avatut äänet", "Vasthaan otetut äänet",
        "Pantu sivule ennen avaamista", "Avatut äänet", "Hyväksytyt äänet", "Hylätyt",
        "Hylätyt äänet", "Määrä", "Yhteenveto", "Aseemittain",
        "Kielet ja autetut äänestykset laskethaan aseemittain, ko aseema tietää net jo; valintoja "
        "(ehotuksia) ei lasketa koskhaan aseemittain.", "Aseema", "Merkinnät", "Sivule pannut",
        "Avatut", "Hylätyt", "Autetut", "Kielet", "Ehotus", "Pisteet", "Äänet", "Hinta",
        "Rahotethaan", "Yhtheensä", "Tulokset", "JOO", "ei", "käytetty", "jäljelä",
        "Yhtään äänestäjää ei löytynny useammasta ko yhestä äänestä.", "Järj.nro",
        "Annettu (UTC)", "Päätös", "laskethaan", "pantu sivule",
        "Met vakuutamma, ette äänet laskethiin niin ko tämä pöytäkirja näyttää.",
        "Paikka ja päivä", "Allekirjotus", "Nimi selvästi", "Sivu", "hyväksyminen",
        "budjettivalinta", "pisteet", "kaksoisääni", "ulkokuori puuttuu",
        "ulkokuorta ei saatettu avata", "yli budjetin", "alle pienimmän summan",
        "liian monta valintaa", "liian vähän valintoja", "tuntematon ehotus", "virheelinen",
        "liian monta pistettä", "liian monta pistettä yhele ehotukselle",
        "kuorta ei saatettu avata", "kuori oli virheelinen", "toinen vaali", "testiääni"),
    "se": (
        "Válgabeavdegirji – jienaid lohkan", "Jienastanáigi", "Lohkkojuvvon", "Dieđu", "Árvu",
        "Lohkannjuolggadus", "bušeahtta", "Seamma ollu jienat",
        "Eanet jienat dahje čuoggát vuosttažin; seamma ollu jienaiguin hálbbit evttohus; seamma "
        "haddái vuorbádeapmi: goarkŋu SHA-256 \"<lohku>:<evttohusa dovddaldat>\".", "Lohku",
        "almmuhantávvalis", "addojuvvon", "Guovttegeardásaš jienat", "njuolggadus",
        "Válgaeiseváldi", "Lohkama čoavdda", "Válgapáhkka", "Almmuhantávval", "Rahpojuvvon jienat",
        "Vuostáiváldojuvvon jienat", "Bidjojuvvon eret ovdal rahpama", "Rahpojuvvon jienat",
        "Gustovaš jienat", "Gustohis", "Gustohis jienat", "Lohku", "Čoahkkáigeassu",
        "Stašuvnnaid mielde",
        "Gielat ja veahkehuvvon jienasteamit lohkkojuvvojit stašuvnnaid mielde, danin go "
        "stašuvdna juo diehtá daid; válljemiid (evttohusaid) ii goassege lohkko stašuvnnaid "
        "mielde.",
        "Stašuvdna", "Merkemat", "Eret bidjojuvvon", "Rahpojuvvon", "Gustohis", "Veahkehuvvon",
        "Gielat", "Evttohus", "Čuoggát", "Jienat", "Gollu", "Ruhtaduvvo", "Oktiibuot",
        "Bohtosat", "JUO", "ii", "geavahuvvon", "báhcán",
        "Ii oktage jienasteaddji gávdnon eanet go ovtta jienas.", "Nr", "Addojuvvon (UTC)",
        "Mearrádus", "lohkko", "bidjojuvvon eret",
        "Mii duođaštit ahte jienat lohkkojuvvojedje nugo dát beavdegirji čájeha.",
        "Báiki ja beaivi", "Vuolláičála", "Namma čielgasit", "Siidu", "dohkkeheapmi",
        "bušeahttaválljen", "čuoggát", "guovttegeardásaš jietna", "olgguldas gopmi váilu",
        "olgguldas gopmi ii rahpasan", "badjel bušeahta", "vuollel unnimus supmi",
        "menddo ollu válljemat", "menddo unnán válljemat", "amas evttohus", "boasttuhápmásaš",
        "menddo ollu čuoggát", "menddo ollu čuoggát ovtta evttohussii", "gopmi ii rahpasan",
        "gopmi lei boasttuhápmásaš", "eará válga", "geahččalanjietna"),
    "smj": (
        "Válljembeavddegirjje – jienaj lohkam", "Jienastimájgge", "Lohkidum", "Diehtu", "Árvvo",
        "Lohkamnjuolggadus", "budsjæhtta", "Samma ednagav jienajt",
        "Ienep jiena jali tjuoggá vuostak; samma ednagijn hálbbep oajválvis; samma hattij "
        "vuorbbe: goarkŋe SHA-256 \"<lågo>:<oajválvisa dåbddomerkka>\".", "Lågo",
        "almulattjamtávvalis", "vaddedum", "Guoktegerdak jiena", "njuolggadus",
        "Válljemeiseválddie", "Lohkama tjoavdda", "Válljempáhkka", "Almulattjamtávval",
        "Rabadum jiena", "Vuosstáj váldedum jiena", "Bieradum ierit åvddål rahpamav",
        "Rabadum jiena", "Gustovasj jiena", "Gustodis", "Gustodis jiena", "Lågo",
        "Tjoahkkájgæsos", "Stasjåvnåj milta",
        "Giela ja viehkedum jienastime lohkeduvvi stasjåvnåj milta, danen gå stasjåvnnå juo "
        "diehtá dajt; válljemijt (oajválvisájt) ij goassak lohke stasjåvnåj milta.",
        "Stasjåvnnå", "Merkkima", "Ierit bieradum", "Rabadum", "Gustodis", "Viehkedum", "Giela",
        "Oajválvis", "Tjuoggá", "Jiena", "Gållo", "Ruhtaduvvá", "Ålggoláhkáj", "Boados", "JO",
        "ij", "aneduvvam", "báhtsám",
        "Ij aktak jienastiddje gávnnum ienep gå akta jienan.", "Nr", "Vaddedum (UTC)",
        "Mierredus", "lohkeduvvá", "ierit bieradum",
        "Mij duodastip jiena lohkeduvvin nåv gåktu dát beavddegirjje vuoset.",
        "Sajje ja biejvve", "Vuollájtjála", "Namma tjielggasit", "Siddo", "dåhkkidibme",
        "budsjæhttaválljem", "tjuoggá", "guoktegerdak jiedna", "ålggolis gåbmå vádnun",
        "ålggolis gåbmå ij rahpasam", "badjel budsjæhta", "vuolle unnemus sumå",
        "ilá ålov válljema", "ilá binná válljema", "amás oajválvis", "boasstovuogásj",
        "ilá ålov tjuoggá", "ilá ålov tjuoggá akta oajválvisáj", "gåbmå ij rahpasam",
        "gåbmå lij boasstovuogásj", "ietjá válljem", "gæhttjalimjiedna"),
    "sma": (
        "Veeljemegærja – gïeli ryökneme", "Veeljemeboelhke", "Ryökneme", "Bïevnese", "Vyörtege",
        "Ryöknemenjoelkedasse", "budsjedte", "Seamma jïjnje gïelh",
        "Jeenjebh gïelh jallh tjoeggh voestegh; seamma jïjnjine geehpes raeriestimmie; seamma "
        "åasese vuarpa: jïjnjebe SHA-256 \"<taalle>:<raeriestimmien nommere>\".", "Taalle",
        "bæjhkoehtimmiebaakeste", "vadteme", "Göökte gïelh", "njoelkedasse", "Veeljemeåejvie",
        "Ryöknemen tjoevtenje", "Veeljemepaahka", "Bæjhkoehtimmiebaakene", "Rihpeme gïelh",
        "Dåastoeh gïelh", "Bæjhkoe bïejeme åvtelen rihpemem", "Rihpeme gïelh", "Reaktoe gïelh",
        "Ij reaktoe", "Ij reaktoe gïelh", "Låhkoe", "Tjåanghkanimmie", "Stasjovni mietie",
        "Gïelh jïh viehkiehtamme veeljemh stasjovni mietie ryöknesuvvieh, juktie stasjovne joe "
        "daajra; veeljemh (raeriestimmieh) ij gåessie stasjovni mietie ryöknesuvvieh.",
        "Stasjovne", "Tjaalegh", "Bæjhkoe bïejeme", "Rihpeme", "Ij reaktoe", "Viehkiehtamme",
        "Gïelh", "Raeriestimmie", "Tjoeggh", "Gïelh", "Åasa", "Beetnegh åådtje", "Abpe",
        "Illedahke", "JAA", "ij", "nuhtjeme", "baetsieh",
        "Ij guhte veeljije gååvnesji jeenjebinie goh aktine gïeline.", "Nr", "Vadteme (UTC)",
        "Nænnoestimmie", "ryöknesåvva", "bæjhkoe bïejeme",
        "Mijjieh vihtiestibie gïelh ryöknesovvin guktie daate gærja vuesehte.",
        "Sijjie jïh biejje", "Vuelielähkoe", "Nomme tjïelke", "Bielie", "dåhkasjimmie",
        "budsjedteveeljeme", "tjoeggh", "göökte gïelh", "ålkoekonvovlte fååtesje",
        "ålkoekonvovltem ij maehtieh rihpedh", "budsjedten bijjelen", "unnemes åasen vuelelen",
        "fer jïjnje veeljemh", "fer vaenie veeljemh", "åvtese raeriestimmie", "båajhtode",
        "fer jïjnje tjoeggh", "fer jïjnje tjoeggh aktese raeriestimmiese",
        "konvovltem ij maehtieh rihpedh", "konvovlte lij båajhtode", "jeatjah veeljeme",
        "pryövemegïele"),
    "ar": (
        "محضر فرز الأصوات", "فترة التصويت", "تاريخ الفرز", "البند", "القيمة", "قاعدة الفرز",
        "الميزانية", "التعادل",
        "الأعلى أصواتاً أو نقاطاً أولاً؛ عند التساوي المقترح الأقل تكلفة؛ عند تساوي التكلفة قرعة: "
        "ترتيب تصاعدي لـ SHA-256 من \"<البذرة>:<رمز المقترح>\".", "البذرة", "مشتقة من لوحة النشر",
        "مُعطاة", "الأصوات المكررة", "القاعدة", "الجهة المسؤولة عن الانتخاب", "مفتاح الفرز",
        "حزمة الانتخاب", "لوحة النشر", "الأصوات المفتوحة", "الأصوات المستلمة",
        "المستبعدة قبل الفتح", "الأصوات المفتوحة", "الأصوات الصحيحة", "غير صحيحة",
        "الأصوات غير الصحيحة", "العدد", "الملخص", "حسب المحطة",
        "اللغات والجلسات بمساعدة تُحسب لكل محطة، لأن المحطة تعرفها أصلاً؛ أما الاختيارات "
        "(المقترحات) فلا تُحسب أبداً لكل محطة.", "المحطة", "السجلات", "المستبعدة", "المفتوحة",
        "غير الصحيحة", "بمساعدة", "اللغات", "المقترح", "النقاط", "الأصوات", "التكلفة", "يُموَّل",
        "المجموع", "النتائج", "نعم", "لا", "المستخدم", "المتبقي",
        "لم يُعثر على أي ناخب في أكثر من صوت واحد.", "الرقم", "وقت الإدلاء (UTC)", "القرار",
        "يُحتسب", "مستبعد", "نشهد أن الفرز جرى كما يبيِّن هذا المحضر.", "المكان والتاريخ",
        "التوقيع", "الاسم بخط واضح", "صفحة", "موافقة", "اختيار ضمن الميزانية", "نقاط",
        "ناخب مكرر", "لا يوجد مغلف خارجي", "تعذَّر فتح المغلف الخارجي", "يتجاوز الميزانية",
        "أقل من الحد الأدنى", "اختيارات كثيرة جداً", "اختيارات قليلة جداً", "مقترح غير معروف",
        "تالف الشكل", "نقاط كثيرة جداً", "نقاط كثيرة جداً لمقترح واحد", "تعذَّر فتح المغلف",
        "المغلف تالف", "انتخاب آخر", "صوت تجريبي"),
}

# Ballots whose voting code is on none of the authority's issued lists (set aside unopened).
_NOT_ISSUED = {
    "sv": "röstkoden utfärdades aldrig", "en": "voting code never issued",
    "fi": "äänestyskoodia ei ole myönnetty", "fit": "äänestyskoodia ei ole annettu",
    "se": "jienastankoda ii leat addojuvvon", "smj": "jienastimkoda ij la vaddusam",
    "sma": "veeljemekoode ij leah vadtasovveme", "ar": "رمز تصويت لم يُصدَر قط",
}

# Records of a station whose chain two copies claimed, from the fork point on (kiosk.tally.forks).
_FORK = {
    "sv": "två kopior av samma station (gren)", "en": "two copies of one station (fork)",
    "fi": "saman aseman kaksi kopiota (haara)", "fit": "saman aseeman kaks kopiota (haara)",
    "se": "seamma stašuvnna guokte kopiija (oalgi)",
    "smj": "sämmi stasjåvnå guokta kopija (oalgge)",
    "sma": "seamma stasjovnen göökte kopijh (åeliedahke)",
    "ar": "نسختان من المحطة نفسها (تفرّع)",
}

_PAPER = {
    "sv": ("Per sätt att rösta", "Sätt", "Pekskärm", "Papper", "Sammanlagt",
           "förstörd pappersröst"),
    "en": ("By way of voting", "Way", "Touchscreen", "Paper", "Together",
           "spoiled paper ballot"),
    "fi": ("Äänestystavoittain", "Tapa", "Kosketusnäyttö", "Paperi", "Yhteensä",
           "pilattu paperilippu"),
    "fit": ("Äänestystavan mukhaan", "Tapa", "Kosketusnäyttö", "Paperi", "Yhtheensä",
            "pilattu paperilippu"),
    "se": ("Jienastanvuogi mielde", "Vuohki", "Guoskkahanšearbma", "Bábir", "Oktiibuot",
           "billistuvvon bábirlihppu"),
    "smj": ("Jienastimvuoge milta", "Vuohke", "Guoskadimšiærmma", "Bábbár", "Aktan",
            "billistuvvam bábbárlihppo"),
    "sma": ("Veeljemevuekien mietie", "Vuekie", "Doehtedimmieskäerme", "Paehpere", "Ektesne",
            "skaaloeh paehpere-veeljemetjaalege"),
    "ar": ("حسب طريقة التصويت", "الطريقة", "شاشة لمس", "ورق", "المجموع",
           "ورقة اقتراع ورقية تالفة"),
}

# The package's signed rule options and why a proposal was not funded because of one.
OPTION_KEYS = ("options", "opt.min_score", "opt.share", "opt.eligibility", "opt.incompatible",
               "why.below-min-score", "why.below-voter-share", "why.below-eligibility-share",
               "why.incompatible")
_OPTIONS = {
    "sv": ("Regelval", "minst {n} röster (poäng)", "stöd på minst {n} % av rösterna",
           "stöd av minst kostnad ÷ ({n} × budget) av väljarna", "högst ett av {ids}",
           "för få röster", "för litet stöd", "för litet stöd för kostnaden",
           "utesluts av {id}"),
    "en": ("Rule options", "at least {n} votes (points)", "support on at least {n} % of ballots",
           "support of at least cost ÷ ({n} × budget) of the voters", "at most one of {ids}",
           "too few votes", "too little support", "too little support for its cost",
           "excluded by {id}"),
    "fi": ("Sääntövalinnat", "vähintään {n} ääntä (pistettä)", "tuki vähintään {n} %:ssa äänistä",
           "vähintään hinta ÷ ({n} × budjetti) äänestäjistä", "enintään yksi: {ids}",
           "liian vähän ääniä", "liian vähäinen tuki", "liian vähäinen tuki hintaan nähden",
           "poissuljettu: {id}"),
    "fit": ("Sääntövalinnat", "vähhiinthään {n} äänttä (pistettä)",
            "tuki vähhiinthään {n} %:ssa äänistä",
            "vähhiinthään hinta ÷ ({n} × pusjetti) äänestäjistä", "enintään yks: {ids}",
            "liian vähän äänttä", "liian vähän tukea", "liian vähän tukea hinthaan nähen",
            "pois suljettu: {id}"),
    "se": ("Njuolggadusválljemat", "unnimusat {n} jiena (čuoggá)",
           "doarjja unnimusat {n} %:s jienain",
           "unnimusat haddi ÷ ({n} × budjeahtta) jienasteddjiin", "eanemusat okta: {ids}",
           "menddo unnán jienat", "menddo unnán doarjja", "menddo unnán doarjja hadde ektui",
           "olggušuvvon: {id}"),
    "smj": ("Njuolgadusválljima", "unnemusát {n} jienaj (poengaj)",
            "dårjja unnemusát {n} %:s jienajs",
            "unnemusát hadde ÷ ({n} × budsjæhtta) jienastiddjijs", "ienemusát akta: {ids}",
            "ilá unnán jienaj", "ilá unnán dårjja", "ilá unnán dårjja hadde ektuj",
            "ålgusj guoddem: {id}"),
    "sma": ("Njoelkedassevaeljemh", "unnemes {n} gïelh (poengh)",
            "dåarjoe unnemes {n} %:ste gïelijste",
            "unnemes åasa ÷ ({n} × budsjedte) veeljijijstie", "jeenemes akte: {ids}",
            "fer vaenie gïelh", "fer vaenie dåarjoe", "fer vaenie dåarjoe åasan muvhtine",
            "olkese böörtesovveme: {id}"),
    "ar": ("خيارات القاعدة", "{n} صوتًا (نقطة) على الأقل", "تأييد {n} ٪ على الأقل من البطاقات",
           "تأييد نسبة لا تقل عن التكلفة ÷ ({n} × الميزانية) من الناخبين",
           "واحد على الأكثر من {ids}", "أصوات قليلة جدًا", "تأييد قليل جدًا",
           "تأييد قليل جدًا بالنسبة للتكلفة", "استبعده {id}"),
}

PROTOCOL_LABELS: dict[str, dict[str, str]] = {
    tag: dict(zip(KEYS + OPTION_KEYS, (*texts, _NOT_ISSUED[tag], _FORK[tag], *_PAPER[tag],
                                       *_OPTIONS[tag]), strict=True))
    for tag, texts in _TEXT.items()}
SWEDISH_ONLY = {"sv", "sv-simple"}
RIGHT_TO_LEFT = {"ar"}


def protocol_language(language: str) -> str:
    """The second language of a protocol ("sv" for a Swedish-only one)."""
    return "sv" if language in SWEDISH_ONLY or language not in PROTOCOL_LABELS else language


def labeller(language: str):
    """label(key) -> "Swedish / <language>" (or Swedish alone for sv and lättläst)."""
    other = protocol_language(language)

    def label(key: str) -> str:
        sv = PROTOCOL_LABELS["sv"][key]
        if other == "sv":
            return sv
        second = PROTOCOL_LABELS[other][key]
        if second == sv:
            return sv
        if other in RIGHT_TO_LEFT:  # an embedded right-to-left run: numbers after it stay put
            second = f"\u202b{second}\u202c\u200e"
        return f"{sv} / {second}"

    return label
