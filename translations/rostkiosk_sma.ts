<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sma_SE" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "sma". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Bååstede</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(vuesiehtamme sveerjengïelesne)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(vuesiehtamme engelsken gïelesne)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(vuesiehtamme soemien gïelesne)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(ij gååvnesh dov gïelesne)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>Bååstede gaajhkide raeriehtimmide</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Sijjie: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Åassoe: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lohkh jïjnjesne</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Ajve akte daejstie maahta darjodh: %1. Maahtah jeenjebh dejstie veeljedh; ryöknedimmie jeenemes aktem dorje.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Viehkie</translation>
    </message>
    <message>
        <source>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</source>
        <translation>Gihtjh viehkiem viehkiehtæjjeste (möjliggörare). Viehkiehtæjja daesnie barka jïh maahta dov lihke tjahkasjidh gosse veeljh.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstem stoeredahke</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Åådtje tekste</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stoerre tekste</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Stööremes tekste</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Klaerieh</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Åådtje klaerieh</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Jolle kontraste</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Lohkh skeermem jïjnjesne</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>Viehkiehtæjjese</translation>
    </message>
    <message>
        <source>A möjliggörare is helping me</source>
        <translation>Viehkiehtæjja munnjien viehkehte</translation>
    </message>
    <message>
        <source>Show a second language:</source>
        <translation>Vuesehth mubpiem gïelem:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Ij mubpie gïele</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>Vielie tïjje åvtelen skeerme sjïdtji</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Orrijh jïh sihkh mov veeljemh</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Steng viehkiem</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Stuerebe teekste</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>Mörhke teekste tjoevke bijjen</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>Naemhtie dïhte barka</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>Dov lea %1. Veeljh dejtie raeriehtimmide mejtie sïjhth, goske beetnegh nåhkoeh.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Nåtsh unnemes %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Veeljh dejtie raeriehtimmide mejtie jeenjemes lyjhkh. Jeenjemes maahtah veeljedh: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>Unnemes byörh veeljedh: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Vedtieh poengh dejtie raeriehtimmide mejtie lyjhkh. Dov poengh: %1. Jeenjemes poengh aktede raeriehtæmman: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>Maahtah dov veeljemh jorkestidh goske dov veeljemem nænnoste. Gie gænnah ij maehtieh vuejnedh maam veeljh.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Vuesehth raeriehtimmide</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>Raeriestimmie daarpesje unnemes %1 gïelh juktie dam darjodh.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>Raeriestimmie daarpesje unnemes %1 poengh juktie dam darjodh.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>Raeriestimmie daarpesje gïelh unnemes %1 %:ste veeljijijstie juktie dam darjodh.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>Jis raeriestimmie jeenjebe maaksa, dellie jeenjebe veeljijh tjuerieh dam veeljedh.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Naan raeriestimmieh eah maehtieh gåabpatahke darjodh: jeenemes akte dejstie. Dïhte raeriestimmesne tjaalasovveme.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>Dov persovnenommere</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>Tjaelieh dov persovnenommerem, 10 jallh 12 nommerh. Dam ajve nåtsoeh guktie fierhten akten aejkien veeljie. Dam ij vöörhkesovvh.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Dov veeljemekode</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Tjaelieh kodem dov gærjeste, jallh dåarjoeh QR-kodem lohkeme uvte.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Goerehtamme…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Persovnenommere</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Veeljemekode</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Vuertieh åenehks</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>Barkije båata jïh veeljemem dutnjien rehpie.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Leah annje daesnie?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>Sekuntah baetsieh: %1. Dan mænngan dov veeljemh sihkesuvvieh.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Manne vielie tïjjem daarpesjem</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Sihkh</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jåarhkh</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>Veeljh dov gïelem</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Naakede sjïdti miste. Gihtjh viehkiem barkijistie.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>Persovnenommeresne 10 jallh 12 nommerh, vuesiehtimmien gaavhtan 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>Nommere ij vååjnesh reaktoe. Goerehth nommeride jïh pryövh orrestjeerehke.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>Nommeresne ij naan reaktoe reakedsbiejjie. Goerehth dam.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>Datne fer noere veeljedh daennie veeljemisnie. Jaepiegaerttie: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>Veeljemekodesne bokstavh jïh nommerh, vuesiehtimmien gaavhtan K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>Daate veeljemekode ij daennie veeljemisnie sjyöhtehks. Goerehth dam.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>Daejnie nommerinie jallh kodine lea joe veeljeme daesnie. Gihtjh barkijistie jis veanhth dïhte lea miste.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>Barkije tjuara voestes veeljemem rahpedh.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Identifiseredh datnem voestes.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Veeljeme ij leah rihpeste daelie. Gihtjh barkijistie.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Dov veeljemevoere orrijamme. Aalkh orrestjeerehke.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Veeljh vielie raeriehtimmieh. Unnemes låhkoe: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>Fer jeenjh raeriehtimmieh veeljesovveme. Jeenjemes låhkoe: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Dov veeljemh jeenjebe maeksieh goh budsjedte. Sihkh naakede.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Nåtsh budsjedteste unnemes %1.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>Datne jeenjebe poengh vadteme goh dov leah. Sihkh muvhtide poengide.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>Fer jeenjh poengh aktede raeriehtæmman. Jeenjemes låhkoe: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Dov veeljeme ij maehtieh vöörhkesovvedh. Gihtjh viehkiem barkijistie. Ij mij vöörhkesovveme.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Ij sjïehtieh: %1 fer jeenjh. Sihkh naakede voestes.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>Datne veeljeme dan jeenjh goh maahtah (%1). Sihkh aktem voestes.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>Poengh nåhkeme. Vaeltieh voestes poengem jeatjah raeriehtimmeste.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>Raeriehtimmesne dan jeenjh poengh goh maahta åadtjodh: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>Datne daam veeljeme.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>Baetsieh: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>Veeljesovveme: %1 / %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>Poengh baetsieh: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>Veeljeme %1 åvteste – %2 baatsa</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>Vadtasovveme poengh: %1 – %2 baatsa</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Sorry</source>
        <translation>Unnanyhtedh</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Aalkh orrestjeerehke</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Show:</source>
        <translation>Vuesehth:</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Gaajhkh raeriehtimmieh</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Vuartesjh mov veeljemem</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lohkh vielie</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Veeljh</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sihkh</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ij sjïehtieh</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>Ij jienebe</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>Datne daam veeljih</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>Dov poengh: %1</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Lissiehtjh poengem</translation>
    </message>
    <message>
        <source>Take away a point</source>
        <translation>Vaeltieh poengem</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Åassoe %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Veeljeme</translation>
    </message>
    <message>
        <source>Choose at least one proposal first.</source>
        <translation>Veelje voestegh unnemes akte raerie.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>Vedtieh voestegh unnemes akte poeng.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>Gæjhtoe, dov veeljeme lea vöörhkesovveme</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Dov dåeriedimmiekode:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>Daejnie kodine maahtah mænngan goerehtidh dov veeljeme ryöknesovveme. Kode ij vuesehth maam veeljih. Maahtah dam guvvierdidh.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>PRYÖVEME: daate veeljeme ij ryöknesovvh.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>Skeerme jïjtje stinkesåvva. Sekuntah baetsieh: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gaervies</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Gïehtjh dov koodem %1 sæjjesne %2 raejeste. QR-koode rïhpeste dam baakoem dov koodine.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Gïehtjh dov koodem %1 sæjjesne gosse illedahke bæjhkoehtamme, veeljemen mænngan %2. QR-koode rïhpeste dam baakoem dov koodine.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>QR-koodesne lea ajve dov koode. Barkijh maehtieh soptsestidh gusnie dam maahta gïehtjedidh veeljemen mænngan %1.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Vielie tïjje</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check your vote</source>
        <translation>Goerehth dov veeljemem</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>Datne ih naan raeriehtimmiem veeljeme. Maahtah læjhkan veeljedh, jallh bååstede vaedtsedh jïh veeljedh.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Abpe: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Poengh: %1</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Jorkesth mov veeljemh</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Veeljh daelie</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Dov veeljeme vöörhkesåvva…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jåarhkh</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Gïele: %1</translation>
    </message>
    <message>
        <source>Change language. Now: %1</source>
        <translation>Målsoeh gïelem. Daelie: %1</translation>
    </message>
    <message>
        <source>TEST MODE: votes are not counted</source>
        <translation>TEASTE: stemmh ij ryöknesuvvieh</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Viehkie</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Tap here to vote</source>
        <translation>Deedtieh daesnie juktie veeljedh</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>Daesnie maahtah veeljedh åssjalommesh dov dajvese.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Vuertieh åenehks…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Listen</source>
        <translation>Goltelh</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this kiosk in this language.</source>
        <translation>Jienine lohkeme ij gååvnesh daennie kioskesne daennie gïelesne.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>%1 kronor</source>
        <translation>%1 kråvnah</translation>
    </message>
</context>
<context>
    <name>Pots</name>
    <message>
        <source>Which district do you live in?</source>
        <translation>Mennie dajvesne datne årrah?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>Datne veeljeminie beetnegi bïjre abpe staaran jïh beetnegi bïjre dov jïjtsh dajvese. Veljh dov dajvem juktie dan raeriestimmieh vuejnedh.</translation>
    </message>
    <message>
        <source>Part %1 of %2:</source>
        <translation>Bielie %1 / %2:</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Mubpie bielie</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Åvtebe bielie</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>Jeatjah dajve</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>Tjoejine veeljeme</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Tjoejine veeljeme. Goerehth datne daam bieljiegoltelimmiejgujmie govlh, dellie Enter deedtieh. H deedtieh, dellie bievnesh buelhkiej bïjre govlh.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Tjoejine veeljeme. Bieljiegoltelimmieh kioskese tjaangkh, dellie Enter deedtieh.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Bijjiedasse jïh Vualan sertieh akte bieleste mubpien. Enter veeljie. Backspace bååstede. R vihth jeahta. Pluss jïh minus tjoejem jarkelieh, gaertjieh varkesvoetem. B skreenem gåbtjoe jallh vuesehte. Göökte deedtiejgujmie: Gaskeboallo vijrebe, Enter veeljie.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 / %2.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ij veeljesovveme</translation>
    </message>
    <message>
        <source>Audio ballot in progress. The screen is covered.</source>
        <translation>Tjoejine veeljeme juhtieminie. Skreene lea gåbtjoeh.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>Skreene vååjnoe.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>Veeljemisnie gellie bielieh, akte aejkien. Bieliem minngemes åssjalduvvine mænngan Mubpie bielie vijrebe mubpien bielien. Minngemes bielesne Vuartesjh mov veeljemem gaajhkh bieliej veeljemh lahkoe åvtelen datne veeljh. Backspace bååstede åvtebe bielien.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>Naan jiehtesh gyhtjelassh</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>Dov vaestiedassh gåptoes dov gïelinie ektesne. Dah ajve jeenjesinie ektesne ryöknesuvvieh, ij gåessie dov nommine. Maahtah fierhten gyhtjelassen bijjelen njuktjedh.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Njuktjh bijjelen jïh veeljh daelie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bååstede</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Veeljeme: %1</translation>
    </message>
</context>
</TS>
