<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fit" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "fit". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Takasin</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(näytethään ruottiksi)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(näytethään engelskaksi)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(näytethään suomeksi)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(ei ole sinun kielelä)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>Takasin kaikhiin ehotuksiin</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Paikka: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Hinta: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lue äänheen</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Vain yks näistä saatethaan tehhä: %1. Saatat silti valita niistä useamman; laskemisessa tehhään enintään yks.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Apua</translation>
    </message>
    <message>
        <source>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</source>
        <translation>Pyyä apua avustajalta (möjliggörare). Avustaja tekkee töitä tässä ja saattaa istua sinun vieressä ko sie äänestät.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Tavallinen teksti</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Suuri teksti</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Suurin teksti</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Färit</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Tavalliset färit</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Lue näyttö äänheen</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>Avustajale</translation>
    </message>
    <message>
        <source>A möjliggörare is helping me</source>
        <translation>Avustaja auttaa minua</translation>
    </message>
    <message>
        <source>Show a second language:</source>
        <translation>Näytä toinen kieli:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Ei toista kieltä</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>Enämpi aikaa ennen ko näyttö tyhjenee</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Lopeta ja tyhjennä minun valinat</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Sulje ohje</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Suuremppi teksti</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>Tumma teksti kermanvärisellä pohjala</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>Näin se toimii</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>Sulla oon %1. Valitte ehotukset mitä sie halvaat, kunnes rahat loppuvat.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Käytä vähhiinthään %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Valitte ehotukset mistä sie tykkäät eniten. Enintään saatat valita: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>Vähhiinthään sinun pittää valita: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Anna pisteitä ehotuksile mistä sie tykkäät. Sinun pisteet: %1. Yks ehotus saattaa saa enintään: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>Sie saatat muuttaa valinat, kunnes sie vahvistat äänen. Kukhaan ei näe mitä sie äänestät.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Näytä ehotukset</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>Ehotus tarvittee vähhiinthään %1 äänttä ette se tehhään.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>Ehotus tarvittee vähhiinthään %1 pistettä ette se tehhään.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>Ehotus tarvittee äänet vähhiinthään %1 prosentilta äänestäjistä ette se tehhään.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>Mitä enemän ehotus maksaa, sitä useamman äänestäjän pittää valita se ette se tehhään.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Jokku ehotukset sulkevat toisensa pois: niistä saatethaan tehhä enintään yks. Se sanotaan ehotuksessa.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>Sinun henkilönumero</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>Kirjoita sinun henkilönumero (personnummer), 10 eli 12 numeroa. Sitä käytethään vain ette jokhainen äänestää kerran. Sitä ei talleteta.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Sinun äänestyskooti</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Kirjoita kooti sinun kirjeestä, eli pijä QR-kootia lukijan eessä.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistethaan…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Henkilönumero</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Äänestyskooti</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Ootta vähän aikaa</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>Työntekijä tullee ja avvaa äänestyksen sinule.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä tässä?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>Sekuntia jäljelä: %1. Sitten sinun valinat tyhjenethään.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Mie tarvitten enämpi aikaa</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>Valitte kielen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Jokku meni vikhaan. Pyyä apua työntekijältä.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>Henkilönumerossa oon 10 eli 12 numeroa, esimerkiksi 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>Numero ei näytä oikeelta. Tarkista numerot ja yritä uuesti.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>Numerossa ei ole oikeeta syntymäpäivää. Tarkista se.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>Sie olet liian nuori äänestämhään tässä äänestyksessä. Ikäraja: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>Äänestyskootissa oon kirjaimia ja numeroita, esimerkiksi K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>Tämä äänestyskooti ei kelppaa tässä äänestyksessä. Tarkista se.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>Tällä numerolla eli kootilla oon jo äänestetty tässä. Kysy työntekijältä jos sie luulet ette se oon väärin.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>Työntekijän pittää ensin avata äänestys.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Tunnistaua ensin.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Äänestys ei ole nyt auki. Kysy työntekijältä.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Sinun äänestyskerta oon loppunu. Alota alusta.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Valitte lissää ehotuksia. Vähhiin: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>Liian monta ehotusta valittu. Enintään: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Sinun valinat maksavat enämpi ko budjetti. Poista jotaki.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Käytä budjetista vähhiinthään %1.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>Sie olet antanu enämpi pisteitä ko sulla oon. Poista pisteitä.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>Liian monta pistettä yhele ehotukselle. Enintään: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Sinun äänen ei saatettu tallentaa. Pyyä apua työntekijältä. Mithään ei talletettu.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Ei mahu: %1 liikaa. Poista ensin jotaki.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>Sie olet valinnu niin monta ko saatat (%1). Poista ensin yks.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>Pisteitä ei ole jäljelä. Ota ensin piste toiselta ehotukselta.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>Ehotuksella oon niin monta pistettä ko se saattaa saa: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>Sie olet valinnu tämän.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>Jäljelä: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>Valittu: %1 / %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>Pisteitä jäljelä: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>Valittu %1 eestä – %2 jäljelä</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>Annetut pistet: %1 – %2 jäljelä</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Sorry</source>
        <translation>Anteeksi</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Alota alusta</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Kaikki ehotukset</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Tarkista minun äänen</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lue lissää</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Valitte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ei mahu</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>Ei enämpää</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>Sie valittit tämän</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>Sinun pisteet: %1</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Lisää piste</translation>
    </message>
    <message>
        <source>Take away a point</source>
        <translation>Poista piste</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Hinta %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Valittu</translation>
    </message>
    <message>
        <source>Choose at least one proposal first.</source>
        <translation>Valitte ensin vähhiinään yks ehotus.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>Anna ensin vähhiinään yks pistet.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>Kiitos, sinun ääni oon talletettu</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Sinun seurantakooti:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>Tällä kootilla sie saatat myöhemin tarkistaa ette sinun ääni laskethiin. Kooti ei näytä mitä sie äänestit. Sie saatat ottaa siitä kuvan.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>TESTIÄÄNI: tätä ääntä ei lasketa.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>Näyttö sulkeutuu itestään. Sekuntia jäljelä: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Tarkista koodi osoitteessa %1 alkaen %2. QR-koodi avaa sivun ja koodi oon valmiina.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Tarkista koodi osoitteessa %1 ko tulos oon julkaistu, äänestyksen loputtua %2. QR-koodi avaa sivun ja koodi oon valmiina.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>QR-koodissa oon vain sinun koodi. Henkilökunta sanoo missä sen saapi tarkistaa äänestyksen loputtua %1.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Lisää aikaa</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check your vote</source>
        <translation>Tarkista sinun äänen</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>Sie et ole valinnu yhtään ehotusta. Sie saatat kuitenki äänestää, eli palata valittemhaan.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Yhteensä: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Pisteet: %1</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Muuta minun valinat</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Äänestä nyt</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Sinun ääni talletethaan…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Kieli: %1</translation>
    </message>
    <message>
        <source>Change language. Now: %1</source>
        <translation>Vaihda kieli. Nyt: %1</translation>
    </message>
    <message>
        <source>TEST MODE: votes are not counted</source>
        <translation>TESTI: äänet ei lasketa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Apua</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Tap here to vote</source>
        <translation>Paina tästä äänestääkses</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>Tässä sie saatat äänestää iteoista sinun alueele.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Hetki…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Listen</source>
        <translation>Kuuntele</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this kiosk in this language.</source>
        <translation>Ääneen lukeminen ei ole käytössä tässä kioskissa tällä kielelä.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>%1 kronor</source>
        <translation>%1 kruunua</translation>
    </message>
</context>
<context>
    <name>Pots</name>
    <message>
        <source>Which district do you live in?</source>
        <translation>Millä aluheela sie asut?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>Sie äänestät rahasta koko kaupunkile ja rahasta omale aluheele. Valikoitte oma alue, niin näet sen ehotukset.</translation>
    </message>
    <message>
        <source>Part %1 of %2:</source>
        <translation>Osa %1/%2:</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Seuraava osa</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Eelinen osa</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>Vaihta alue</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>Äänestys kuunnelen</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Äänestys kuunnelen. Katto ette sie kuulet tämän kuulokkeista, ja paina sitten Enter. Paina H, niin sie kuulet ohjeet näppäimistä.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Äänestys kuunnelen. Pane kuulokkeet kioskhiin ja paina sitten Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Ylös ja Alas siirtävät kohtasta toisheen. Enter valittee. Backspace palaa takaisin. R sannoo uuesti. Plus ja miinus muuttavat äänen vahvuutta, hakasulkeet nopeutta. B peittää näytön eli näyttää sen. Kahela kytkimelä: välilyönti menee etheen, Enter valittee.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1/%2.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ei valittu</translation>
    </message>
    <message>
        <source>Audio ballot in progress. The screen is covered.</source>
        <translation>Äänestys kuunnelen on käynissä. Näyttö on peitetty.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>Näyttö näkyy.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>Äänestyksessä on monta osaa, yks kerrallaan. Osan viimisen ehotuksen jälkhiin Seuraava osa menee seuraavhaan osaan. Viimisessä osassa Tarkista minun äänen lukee kaikitten ositten valinnat ennen ko sie äänestät. Backspace palaa eelisheen osaan.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>Muutama vapaaehtoinen kysymys</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>Sinun vastaukset suljethaan yhessä äänen kans. Net lasethaan vain yhessä monen muun kans, ei koskaan sinun nimen kans. Saatat hypätä kysymysten yli.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Hyppää yli ja äänestä nyt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Valittu: %1</translation>
    </message>
</context>
</TS>
