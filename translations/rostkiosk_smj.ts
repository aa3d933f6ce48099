<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="smj_SE" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "smj". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Máhttsat</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(vuosedum svieriggiellaj)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(vuosedum eŋgelasgiellaj)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(vuosedum suomagiellaj)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(ij gávnnu duv giellaj)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>Máhttsat gájkka oajvvadusájda</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Sadje: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Hadde: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lågå jienajn</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Dåssju akta dájs máhttá tjadáduvvat: %1. Máhtá huoman válljit ienep gå avtav dajs; rehkenastem tjadát ienemusát avtav.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Viehkke</translation>
    </message>
    <message>
        <source>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</source>
        <translation>Gatjáda viehkev viehkkeolmmoj (möjliggörare). Viehkkeolmmoj barggá dánna ja máhttá tjåhkkåhit duv baldan gå jienastit.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tevsta stuorrudahka</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Dábálasj tevsta</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stuorra tevsta</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Stuorámus tevsta</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Ivna</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Dábálasj ivna</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Allo kontrássta</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Lågå sjiermav jienajn</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>Viehkkeolmmáj</translation>
    </message>
    <message>
        <source>A möjliggörare is helping me</source>
        <translation>Viehkkeolmmoj viehket muv</translation>
    </message>
    <message>
        <source>Show a second language:</source>
        <translation>Vuoset nubbe giela:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Ij nubbe giella</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>Ienep áigge åvdål gå sjierbma guorrasuvvá</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Hiejttit ja sihko muv válljimijt</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Gidá viehkev</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Stuoráp tevsta</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>Sevdnjes tevsta tjuovgga vuodon</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>Nåv dat doajmmá</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>Dujna li %1. Válljii oajvvadusájt majt sidá, dassta gå ruhta nåhkå.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Adná binnemusát %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Válljii oajvvadusájt ma dujna buoremusát likti. Ienemusát máhtá válljit: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>Binnemusát hähttu válljit: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Vatte tjuoggáid oajvvadusájda ma dujna likti. Duv tjuoggá: %1. Ienemus tjuoggá akta oajvvadussaj: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>Máhtá válljimijt rievddadit dassta gå jienav duodastit. Ij aktak oattjo vuojnnet majt jienastit.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Vuoset oajvvadusájt</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>Oajvvadus dárbaš unnemusát %1 jienajt vaj dat tjadáduvvá.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>Oajvvadus dárbaš unnemusát %1 poengav vaj dat tjadáduvvá.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>Oajvvadus dárbaš jienajt unnemusát %1 %:s jienastiddjijs vaj dat tjadáduvvá.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>Dađi ienep oajvvadus máksá, dađi ienep jienastiddje virrti dav válljit vaj dat tjadáduvvá.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Muhtem oajvvadusá e máhte goappátja tjadáduvvat: ienemusát akta dajs máhttá tjadáduvvat. Dat tjáleduvvá oajvvadussaj.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>Duv ålmmåjnummar</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>Tjále duv ålmmåjnummarav, 10 jali 12 nummara. Dat adneduvvá dåssju vaj juohkka akta jienas akti. Dat ij vurkkiduvá.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Duv jienastimkåda</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Tjále kådav duv girjjes, jali adne QR-kådav lågådime åvdån.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Dárkkestuvvá…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Ålmmåjnummar</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Jienastimkåda</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Vuorde binnátjav</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>Barggij boahtá ja rabát jienastimev dunji.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Lágo ájn dánna?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>Sekunda báhtsám: %1. Dan maŋŋela duv válljima sihkoduvvi.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Dárbbahav ienep áigev</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Sihko</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Joarkke</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>Válljii gielav</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Juoga manáj boasstot. Gatjáda viehkev barggijis.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>Ålmmåjnummarin li 10 jali 12 nummara, ållagasj: 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>Nummar ij vuoje rievtes. Dárkkesta nummarijt ja gæhttjala åtsålis.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>Nummaran ij la duohta riegádimbiejvve. Dárkkesta dav.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>Dån la ilá nuorra jienastittjat dán jienastimen. Jahkeráddje: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>Jienastimkådan li bustávaj ja nummara, ållagasj: K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>Dát jienastimkåda ij gustu dán jienastimen. Dárkkesta dav.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>Dájna nummarijn jali kådajn la juo jienastuvvam dánna. Gatjáda barggijis jus jáhkká dat la boasstot.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>Barggij hähttu vuostak rabáldit jienastimev.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Identifiserij ájnas vuostak.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Jienastibme ij la rabás dál. Gatjáda barggijis.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Duv jienastimvuorro la nåhkåm. Álgge åtsålis.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Válljii ienep oajvvadusájt. Binnemus lågo: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>Ilá ållo oajvvadusá li válljidum. Ienemus lågo: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Duv válljima mákssi ienebuv gå budsjähtta. Sihko juojddá.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Adná budsjähtas binnemusát %1.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>Dån la vaddám ienep tjuoggáid gå dujna li. Sihko muhtem tjuoggáid.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>Ilá ållo tjuoggá akta oajvvadussaj. Ienemus lågo: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Duv jiednaj ij máhttám vurkkiduvvat. Gatjáda viehkev barggijis. Ij mikkek vurkkiduvvam.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Ij hiebo: %1 ilá ållo. Sihko juojddá vuostak.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>Dån la válljim nåv ålov gå máhtá (%1). Sihko akta vuostak.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>Tjuoggá li nåhkåm. Välde vuostak tjuogga ietjá oajvvadusás.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>Oajvvadusán li nåv ålov tjuoggá gå máhttá oadtjot: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>Dån la válljim dáv.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>Báhtsám: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>Válljidum: %1 / %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>Tjuoggá báhtsám: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>Válljidum %1 åvdås – %2 báhtsá</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>Vattedum tjuoggasa: %1 – %2 báhtsá</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Sorry</source>
        <translation>Ándagis</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Álgge åtsålis</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Show:</source>
        <translation>Vuoset:</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Gájkka oajvvadusá</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Gehtja muv jienav</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lågå ienebut</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Válljii</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sihko</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ij hiebo</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>Ij ienep</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>Dån válljijit dáv</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>Duv tjuoggá: %1</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Lasseda tjuoggáv</translation>
    </message>
    <message>
        <source>Take away a point</source>
        <translation>Välde ierit tjuoggáv</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Hadde %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Válljidum</translation>
    </message>
    <message>
        <source>Choose at least one proposal first.</source>
        <translation>Válljida vuostak unnemusát akta oajvveárvvalus.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>Vatte vuostak unnemusát akta tjuokkis.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>Gijtto, duv jiedna la vurkkiduvvam</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Duv tjuovvokåda:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>Dájna kådajn máhtá maŋŋela dárkkestit duv jiednaj lågeduvvam. Kåda ij vuoseda majt jienastijt. Máhtá dav gåvvit.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>GÆHTTJALIMJIEDNA: dát jiedna ij lågeduvá.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>Sjierbma gidáduvvá iesj. Sekunda báhtsám: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gárves</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Dárkkesta kodav adrässan %1 %2 rájes. QR-koda rahpá bielev duv kodajn.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Dárkkesta kodav adrässan %1 gå boados l almoduvvam, jienastime maŋŋel %2. QR-koda rahpá bielev duv kodajn.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>QR-kodan l dåssju duv koda. Barggeje máhtti subtsastit gåsstå dav máhttá dárkkestit jienastime maŋŋel %1.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Ienep ájgge</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check your vote</source>
        <translation>Dárkkesta duv jienav</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>Dån i la válljim makkirik oajvvadusáv. Máhtá huoman jienastit, jali máhttsat válljitjit.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Oktibuok: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Tjuoggá: %1</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Rievdada muv válljimijt</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Jienasta dál</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Duv jiedna vurkkiduvvá…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Joarkke</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Giella: %1</translation>
    </message>
    <message>
        <source>Change language. Now: %1</source>
        <translation>Målsso gielav. Dál: %1</translation>
    </message>
    <message>
        <source>TEST MODE: votes are not counted</source>
        <translation>TESTA: jienat e rehkenasto</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Viehkke</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Tap here to vote</source>
        <translation>Dedda dánna jienastittjat</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>Dánna máhtá jienastit jurddaga birra duv guovllo åvdås.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Vuorde binnátjav…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Listen</source>
        <translation>Gulldala</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this kiosk in this language.</source>
        <translation>Jienalattjat lågådibme ij gávnnu dán kiosan dán gielan.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>%1 kronor</source>
        <translation>%1 kråvnå</translation>
    </message>
</context>
<context>
    <name>Pots</name>
    <message>
        <source>Which district do you live in?</source>
        <translation>Makkir guovlon årru?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>Jienasta ruhtaj birra ålles stádaj ja ruhtaj birra dujna guovllouj. Vállji guovlov vaj vuojnná dan oajvvadusájt.</translation>
    </message>
    <message>
        <source>Part %1 of %2:</source>
        <translation>Oasse %1 / %2:</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Boahtte oasse</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Åvddåla oasse</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>Lonnuda guovlov</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>Jienastibme jienajn</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Jienastibme jienajn. Dárkkesta gulá gus dáv bieljijgulldaliddjij, ja dåbddi dan maŋŋela Enter. Dåbddi H, de gulá rávvagijt boalloj birra.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Jienastibme jienajn. Tjadná bieljijgulldaliddjijt kioskkaj, ja dåbddi dan maŋŋela Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Bajás ja Vuolus sirddi oases nubbáj. Enter válljij. Backspace máhttsá maŋos. R gärddu. Plus ja minus rievddadi jiena gievrrudagá, tjiegŋaruoppsasa lávttu. B gåbttjå sjerma jali vuoset dav. Guovte boalojn: Gaskaboallo joarkká, Enter válljij.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 / %2.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ij válljidum</translation>
    </message>
    <message>
        <source>Audio ballot in progress. The screen is covered.</source>
        <translation>Jienastibme jienajn le jåhtåjin. Sjerma l gåbttjåduvvam.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>Sjerma vuojnnu.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>Jienastibmen li moadda oase, akta ájggáj. Oase maŋemus evtoj maŋŋela Boahtte oasse joarkká boahtte oassáj. Maŋemus oasen Gehtja muv jienav låhkå gájka oasij válljemijt åvdål gå jienastit. Backspace máhttsá åvddåla oassáj.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>Moadda friddja gatjálvisá</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>Du vástádusá giddiji aktan du jienajn. Dá rehkenastoji dåssju aktan moatte iehtjádij vástádusáj, ij goassak du namájn. Máhtá makkir gatjálvisá badjel njuolgget.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Njuolgge badjel ja jienasta dál</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Maŋás</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Válljidum: %1</translation>
    </message>
</context>
</TS>
