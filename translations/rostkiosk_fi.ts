<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "fi". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(näytetään ruotsiksi)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(näytetään englanniksi)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(näytetään suomeksi)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(ei saatavilla kielelläsi)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>Takaisin kaikkiin ehdotuksiin</translation>
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
        <translation>Lue ääneen</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Vain yksi näistä voidaan toteuttaa: %1. Voit silti valita niistä useamman; laskennassa toteutetaan enintään yksi.</translation>
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
        <translation>Pyydä apua avustajalta (möjliggörare). Avustaja työskentelee täällä ja voi istua vieressäsi, kun äänestät.</translation>
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
        <translation>Värit</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Tavalliset värit</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Lue näyttö ääneen</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>Avustajalle</translation>
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
        <translation>Enemmän aikaa ennen kuin näyttö tyhjenee</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Lopeta ja tyhjennä valintani</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Sulje ohje</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>Tumma teksti kermanvärisellä pohjalla</translation>
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
        <translation>Sinulla on %1. Valitse haluamasi ehdotukset, kunnes rahat loppuvat.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Käytä vähintään %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Valitse ehdotukset, joista pidät eniten. Enintään voit valita: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>Vähintään sinun täytyy valita: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Anna pisteitä ehdotuksille, joista pidät. Pisteesi: %1. Yksi ehdotus voi saada enintään: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>Voit muuttaa valintojasi, kunnes vahvistat äänesi. Kukaan ei näe, mitä äänestät.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Näytä ehdotukset</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>Ehdotus tarvitsee vähintään %1 ääntä, jotta se toteutetaan.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>Ehdotus tarvitsee vähintään %1 pistettä, jotta se toteutetaan.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>Ehdotus tarvitsee ääniä vähintään %1 prosentilta äänestäjistä, jotta se toteutetaan.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>Mitä enemmän ehdotus maksaa, sitä useamman äänestäjän on valittava se, jotta se toteutetaan.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Jotkin ehdotukset sulkevat toisensa pois: niistä voidaan toteuttaa enintään yksi. Se kerrotaan ehdotuksessa.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>Henkilötunnuksesi</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>Kirjoita henkilötunnuksesi (personnummer), 10 tai 12 numeroa. Sitä käytetään vain sen varmistamiseen, että jokainen äänestää kerran. Sitä ei tallenneta.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Äänestyskoodisi</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Kirjoita kirjeesi koodi tai pidä QR-koodia lukijan edessä.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Äänestyskoodi</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Odota hetki</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>Henkilökunnan jäsen tulee ja avaa äänestyksen sinulle.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä siellä?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>Sekunteja jäljellä: %1. Sitten valintasi tyhjennetään.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Tarvitsen lisää aikaa</translation>
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
        <translation>Valitse kielesi</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Jokin meni vikaan. Pyydä apua henkilökunnalta.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>Henkilötunnuksessa (personnummer) on 10 tai 12 numeroa, esimerkiksi 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>Numero ei näytä oikealta. Tarkista numerot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>Numerossa ei ole oikeaa syntymäaikaa. Tarkista se.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>Olet liian nuori äänestämään tässä äänestyksessä. Ikäraja: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>Äänestyskoodissa on kirjaimia ja numeroita, esimerkiksi K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>Tämä äänestyskoodi ei kelpaa tässä äänestyksessä. Tarkista se.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>Tällä numerolla tai koodilla on jo äänestetty tässä äänestyspaikassa. Kysy henkilökunnalta, jos uskot tämän olevan virhe.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>Henkilökunnan jäsenen täytyy ensin avata äänestys.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Tunnistaudu ensin.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Äänestys ei ole juuri nyt auki. Kysy henkilökunnalta.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Äänestyskertasi on päättynyt. Aloita alusta.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Valitse lisää ehdotuksia. Vähimmäismäärä: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>Liian monta ehdotusta valittu. Enimmäismäärä: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Valintasi maksavat enemmän kuin budjetti. Poista jotain.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Käytä budjetista vähintään %1.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>Olet antanut enemmän pisteitä kuin sinulla on. Poista pisteitä.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>Liian monta pistettä yhdelle ehdotukselle. Enimmäismäärä: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Ääntäsi ei voitu tallentaa. Pyydä apua henkilökunnalta. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Ei mahdu: %1 liikaa. Poista ensin jotain.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>Olet valinnut niin monta kuin voit (%1). Poista ensin yksi.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>Pisteitä ei ole jäljellä. Ota ensin piste toiselta ehdotukselta.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>Ehdotuksella on niin monta pistettä kuin se voi saada: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>Olet valinnut tämän.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>Jäljellä: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>Valittu: %1 / %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>Pisteitä jäljellä: %1 / %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>Valittu %1 edestä – %2 jäljellä</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>Annetut pisteet: %1 – %2 jäljellä</translation>
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
        <translation>Aloita alusta</translation>
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
        <translation>Kaikki ehdotukset</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Tarkista ääneni</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lue lisää</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Valitse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ei mahdu</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>Ei enempää</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>Valitsit tämän</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>Pisteesi: %1</translation>
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
        <translation>Valitse ensin vähintään yksi ehdotus.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>Anna ensin vähintään yksi piste.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>Kiitos, äänesi on tallennettu</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Seurantakoodisi:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>Tällä koodilla voit myöhemmin tarkistaa, että äänesi laskettiin. Koodi ei näytä, mitä äänestit. Voit ottaa siitä kuvan.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>TESTIÄÄNI: tätä ääntä ei lasketa.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>Näyttö sulkeutuu itsestään. Sekunteja jäljellä: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Tarkista koodisi osoitteessa %1 alkaen %2. QR-koodi avaa sivun, jolla koodisi on valmiina.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Tarkista koodisi osoitteessa %1, kun tulos on julkaistu äänestyksen päätyttyä %2. QR-koodi avaa sivun, jolla koodisi on valmiina.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>QR-koodissa on vain koodisi. Henkilökunta kertoo, missä sen voi tarkistaa äänestyksen päätyttyä %1.</translation>
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
        <translation>Tarkista äänesi</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>Et ole valinnut yhtään ehdotusta. Voit silti antaa äänesi tai palata valitsemaan.</translation>
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
        <translation>Muuta valintojani</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Äänestä nyt</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Äänesi tallennetaan…</translation>
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
        <translation>TESTITILA: ääniä ei lasketa</translation>
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
        <translation>Äänestä koskettamalla tästä</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>Täällä voit äänestää ideoista asuinalueellesi.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Hetkinen…</translation>
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
        <translation>Ääneen lukeminen ei ole käytettävissä tässä kioskissa tällä kielellä.</translation>
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
        <translation>Millä alueella asut?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>Äänestät rahasta koko kaupungille ja rahasta omalle alueellesi. Valitse alueesi, niin näet sen ehdotukset.</translation>
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
        <translation>Edellinen osa</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>Vaihda alue</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>Äänestys kuunnellen</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Äänestys kuunnellen. Varmista, että kuulet tämän kuulokkeista, ja paina sitten Enter. Paina H, niin kuulet ohjeet näppäimistä.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Äänestys kuunnellen. Kytke kuulokkeet kioskiin ja paina sitten Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Ylös ja Alas siirtävät kohdasta toiseen. Enter valitsee. Askelpalautin palaa takaisin. R toistaa. Plus ja miinus muuttavat äänenvoimakkuutta, hakasulkeet puhenopeutta. B peittää näytön tai näyttää sen. Kahdella kytkimellä: välilyönti siirtyy eteenpäin, Enter valitsee.</translation>
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
        <translation>Äänestys kuunnellen on käynnissä. Näyttö on peitetty.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>Näyttö näkyy.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>Äänestyksessä on useita osia, yksi kerrallaan. Osan viimeisen ehdotuksen jälkeen Seuraava osa siirtyy seuraavaan osaan. Viimeisessä osassa Tarkista ääneni lukee kaikkien osien valinnat ennen kuin äänestät. Askelpalautin palaa edelliseen osaan.</translation>
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
        <translation>Vastauksesi suljetaan samaan kuoreen äänesi kanssa. Ne lasketaan vain yhdessä monien muiden kanssa, ei koskaan nimesi kanssa. Voit ohittaa minkä tahansa kysymyksen.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Ohita ja äänestä nyt</translation>
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
