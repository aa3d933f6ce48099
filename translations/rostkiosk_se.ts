<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="se_SE" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "se". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Ruovttoluotta</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(čájehuvvo ruoŧagillii)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(čájehuvvo eŋgelasgillii)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(čájehuvvo suomagillii)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(ii gávdno du gillii)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>Ruovttoluotta buot evttohusaide</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Báiki: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Haddi: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Loga jietnadit</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Dušše okta dáin sáhttá čađahuvvot: %1. Sáhtát goittotge válljet eanet go ovtta dain; rehkenastin čađaha eanemusat ovtta.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Veahkki</translation>
    </message>
    <message>
        <source>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</source>
        <translation>Jeara veahki veahkkeolbmos (möjliggörare). Veahkkeolmmoš bargá dáppe ja sáhttá čohkkát du bálddas go jienastat.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Teavstta sturrodat</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Dábálaš teaksta</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stuorra teaksta</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Stuorimus teaksta</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Ivnnit</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Dábálaš ivnnit</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alla kontrásta</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Loga šearpma jietnadit</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>Veahkkeolbmui</translation>
    </message>
    <message>
        <source>A möjliggörare is helping me</source>
        <translation>Veahkkeolmmoš veahkeha mu</translation>
    </message>
    <message>
        <source>Show a second language:</source>
        <translation>Čájet nuppi giela:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Ii nuppi giella</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>Eambbo áigi ovdal go šearbma čuorbbohuvvo</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Heaittit ja sihko mu válljemiid</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Gidde veahki</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Stuorit teaksta</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>Sevdnjes teaksta čuvges vuođus</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>Nu dat doaibmá</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>Dus leat %1. Vállje evttohusaid maid háliidat, dassážii go ruđat nohket.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Geavat unnimusat %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Vállje evttohusaid mat dus liikojit buoremusat. Eanemus sáhtát válljet: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>Unnimusat fertet válljet: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Atte čuoggáid evttohusaide mat dus liikojit. Du čuoggát: %1. Eanemus čuoggát ovtta evttohussii: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>Sáhtát rievdadit válljemiid dassážii go duođaštat jiena. Ii oktage oaččo oaidnit maid jienastat.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Čájet evttohusaid</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>Evttohus dárbbaša unnimusat %1 jiena vai dat čađahuvvo.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>Evttohus dárbbaša unnimusat %1 čuoggá vai dat čađahuvvo.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>Evttohus dárbbaša jienaid unnimusat %1 %:s jienasteddjiin vai dat čađahuvvo.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>Dađi eanet evttohus máksá, dađi eanet jienasteaddjit fertejit dan válljet vai dat čađahuvvo.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Muhtin evttohusat eai sáhte čađahuvvot goabbáge: eanemusat okta dain sáhttá čađahuvvot. Dat čállojuvvo evttohussii.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>Du persovdnanummir</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>Čále du persovdnanummira, 10 dahje 12 nummira. Dat geavahuvvo dušše dan várás ahte juohkehaš jienasta oktii. Dat ii vurkejuvvo.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Du jienastankoda</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Čále koda du reivves, dahje doala QR-koda lohkki ovddas.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Dárkkistuvvo…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Persovdnanummir</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Jienastankoda</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Vuordde veaháš</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>Bargi boahtá ja rahpá jienasteami dutnje.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Leatgo ain dáppe?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>Sekunddat báhcán: %1. Dasto du válljemat sihkkojuvvojit.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Dárbbašan eambbo áiggi</translation>
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
        <translation>Joatkke</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>Vállje giela</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Juoga manai boastut. Jeara veahki bargiin.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>Persovdnanummiris leat 10 dahje 12 nummira, ovdamearkka dihte 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>Nummir ii orro riekta. Dárkkis nummiriid ja geahččal ođđasit.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>Nummiris ii leat duohta riegádanbeaivi. Dárkkis dan.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>Don leat menddo nuorra jienastit dán jienasteamis. Ahkeráddji: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>Jienastankodas leat bustávat ja nummirat, ovdamearkka dihte K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>Dát jienastankoda ii gusto dán jienasteamis. Dárkkis dan.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>Dáinna nummiriin dahje kodain lea juo jienastuvvon dáppe. Jeara bargis jos jáhkát ahte dat lea boastut.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>Bargi ferte vuos rahpat jienasteami.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Identifisere alddát vuos.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Jienasteapmi ii leat rabas dál. Jeara bargis.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Du jienastanvuorru lea nohkan. Álgge ođđasit.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Vállje eambbo evttohusaid. Unnimus lohku: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>Menddo ollu evttohusat leat válljejuvvon. Eanemus lohku: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Du válljemat mákset eambbo go bušeahtta. Sihko juoidá.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Geavat bušeahtas unnimusat %1.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>Don leat addán eambbo čuoggáid go dus leat. Sihko muhtin čuoggáid.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>Menddo ollu čuoggát ovtta evttohussii. Eanemus lohku: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Du jietna ii sáhttán vurkejuvvot. Jeara veahki bargiin. Mihkkege ii vurkejuvvon.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Ii heive: %1 menddo ollu. Sihko juoidá vuos.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>Don leat válljen nu ollu go sáhtát (%1). Sihko ovtta vuos.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>Čuoggát leat nohkan. Váldde vuos čuoggá eará evttohusas.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>Evttohusas leat nu ollu čuoggát go sáhttá oažžut: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>Don leat válljen dán.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>Báhcán: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>Válljejuvvon: %1 / %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>Čuoggát báhcán: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>Válljejuvvon %1 ovddas – %2 báhcá</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>Addojuvvon čuoggát: %1 – %2 báhcá</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Sorry</source>
        <translation>Ándagassii</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Álgge ođđasit</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Show:</source>
        <translation>Čájet:</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Buot evttohusat</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Geahča mu jiena</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Loga eambbo</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Vállje</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sihko</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ii heive</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>Ii šat eambbo</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>Don válljejit dán</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>Du čuoggát: %1</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Lasit čuoggá</translation>
    </message>
    <message>
        <source>Take away a point</source>
        <translation>Váldde eret čuoggá</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Haddi %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Válljejuvvon</translation>
    </message>
    <message>
        <source>Choose at least one proposal first.</source>
        <translation>Vállje vuos unnimusat ovtta evttohusa.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>Atte vuos unnimusat ovtta čuoggá.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>Giitu, du jietna lea vurkejuvvon</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Du čuovvunkoda:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>Dáinna kodain sáhtát maŋŋel dárkkistit ahte du jietna rehkenastojuvvui. Koda ii čájet maid jienastit. Sáhtát govvet dan.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>GEAHČČALANJIETNA: dát jietna ii rehkenastojuvvo.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>Šearbma giddejuvvo iešalddis. Sekunddat báhcán: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gárvvis</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Dárkkis koda čujuhusas %1 %2 rájes. QR-koda rahpá siiddu du kodain.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Dárkkis koda čujuhusas %1 go boađus lea almmuhuvvon, jienasteami loahpa maŋŋá %2. QR-koda rahpá siiddu du kodain.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>QR-kodas lea dušše du koda. Bargit sáhttet muitalit gos dan sáhttá dárkkistit jienasteami maŋŋá %1.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Eambbo áigi</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check your vote</source>
        <translation>Dárkkis du jiena</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>Don it leat válljen ovttage evttohusa. Sáhtát goit jienastit, dahje máhccat válljet.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Oktiibuot: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Čuoggát: %1</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Rievdat mu válljemiid</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Jienas dál</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Du jietna vurkejuvvo…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Joatkke</translation>
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
        <translation>Molsso giela. Dál: %1</translation>
    </message>
    <message>
        <source>TEST MODE: votes are not counted</source>
        <translation>GEAHČČALEAPMI: jienat eai rehkenasto</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Veahkki</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Tap here to vote</source>
        <translation>Deaddil dáppe jienastan dihtii</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>Dáppe sáhtát jienastit jurdagiid birra du guvllo várás.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Vuordde veaháš…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Listen</source>
        <translation>Guldal</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this kiosk in this language.</source>
        <translation>Jietnadeapmi ii leat olámuttus dán kiosas dán gillii.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>%1 kronor</source>
        <translation>%1 ruvnno</translation>
    </message>
</context>
<context>
    <name>Pots</name>
    <message>
        <source>Which district do you live in?</source>
        <translation>Guđe guovllus don orut?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>Don jienastat ruđaid birra olles gávpogii ja ruđaid birra iežat guvlui. Vállje iežat guovllu vai oainnát dan evttohusaid.</translation>
    </message>
    <message>
        <source>Part %1 of %2:</source>
        <translation>Oassi %1 / %2:</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Čuovvovaš oassi</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Ovddit oassi</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>Molsso guovllu</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>Jienasteapmi jietnain</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Jienasteapmi jietnain. Dárkkis ahte gulat dán bealjoštagain, ja deaddil dasto Enter. Deaddil H, de gulat rávvagiid boaluid birra.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Jienasteapmi jietnain. Čatna bealjoštagaid kioskii, ja deaddil dasto Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Bajás ja Vulos sirdet oasis nubbái. Enter vállje. Backspace máhccá ruovttoluotta. R geardduha. Plus ja minus rievdadit jietnalassivuođa, čiehkaruođut leavttu. B gokčá šearpma dahje čájeha dan. Guovtti boaluin: Gaskaboallu joatká, Enter vállje.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 / %2.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ii válljejuvvon</translation>
    </message>
    <message>
        <source>Audio ballot in progress. The screen is covered.</source>
        <translation>Jienasteapmi jietnain lea jođus. Šearbma lea gokčojuvvon.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>Šearbma oidno.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>Jienastusas leat máŋga oasi, okta hávális. Oasi maŋimuš evttohusa maŋŋá Čuovvovaš oassi joatká čuovvovaš oassái. Maŋimuš oasis Geahča mu jiena lohká buot oasiid válljemiid ovdal go jienastat. Backspace máhccá ovddit oassái.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>Moadde eaktodáhtolaš gažaldaga</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>Du vástádusat giddejuvvojit ovttas du jienain. Dat rehkenastojuvvojit dušše ollu earáid vástádusaiguin ovttas, eai goassege du namain. Sáhtát njuiket makkár gažaldaga badjel ihkinassii.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Njuike badjel ja jienas dál</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Ruovttoluotta</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Válljejuvvon: %1</translation>
    </message>
</context>
</TS>
