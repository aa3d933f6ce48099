<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "fi". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>Jokainen muutos asemalla, uusin ensin. Loki ei koskaan sisällä mitään siitä, miten joku äänesti.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Tapahtumalokin merkinnät, uusin ensin</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>Vie tapahtumaloki (allekirjoitettu)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>Valmis. Kirjoitettu: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Asema luotu</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>Aseman avain luotu</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>Vaalipaketti ladattu</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Rekisteröintipyyntö kirjoitettu</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Asema rekisteröity</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>Äänestys avattu</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>Äänestys keskeytetty</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>Äänestystä jatkettu</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>Äänestys pysähtyi vian vuoksi</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Äänestys suljettu</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>Äänestysistunto aloitettu</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>Äänestysistunto päättyi ilman ääntä</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>Vaalitoimitsija avasi äänestysistunnon</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Tapahtumaloki viety</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Ääni annettu</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>Vientitiedosto kirjoitettu</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Tila vaihdettu</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>Testiäänet poistettu</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>Vaalitoimitsija kirjautui sisään</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>Väärä toimitsijan PIN-koodi</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>Vaalitoimitsija kirjautui ulos</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Toimitsijan PIN-koodi asetettu</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>Ääntenlaskentapalvelin vastaanotti äänet</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>Ääntenlaskentapalvelimen osoite asetettu</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>Ääntenlaskenta ilmoittaa ristiriidasta tämän aseman kohdalla</translation>
    </message>
    <message>
        <source>Logic and accuracy test result recorded</source>
        <translation>Testiäänipakan tulos kirjattu</translation>
    </message>
    <message>
        <source>Paper ballot sheet numbers set</source>
        <translation>Paperilippujen numerot asetettu</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation>Työskennellään …</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>Liian monta väärää PIN-koodia. Odota %1 sekuntia.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>Valitse ensin USB-muisti tai kansio.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>Asema ei voi käynnistyä</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>Jokin meni odottamatta vikaan. Mitään ei muutettu. Tiedot ovat aseman lokissa.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>Asema ei hyväksynyt tätä (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Väärä PIN-koodi. Yrityksiä jäljellä ennen odotusta: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>Tälle asemalle ei ole asetettu toimitsijan PIN-koodia. Tee ensin aseman käyttöönotto.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>Toimitsijan PIN-koodissa on vain numeroita.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>Toimitsijan PIN-koodissa on oltava vähintään %1 numeroa.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>Tämä PIN-koodi on liian helppo arvata (kuten 123456, 111111 tai 121212). Valitse toinen.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>PIN-koodit eivät ole samat. Kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>USB-muisti on täynnä. Mitään ei viety. Käytä toista muistia tai vapauta tilaa.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>USB-muistille ei voi kirjoittaa (vain luku tai lukittu). Mitään ei viety.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>USB-muisti on poissa (irrotettiinko se?). Mitään ei viety. Laita se takaisin ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>Tiedostoa ei voitu kirjoittaa USB-muistille. Mitään ei viety. Kokeile toista muistia.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>Muistilta takaisin luettu tiedosto eroaa kirjoitetusta. Muisti voi olla viallinen: käytä toista.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>Asemaa ei ole vielä rekisteröity, joten se ei voi viedä ääniä. Viimeistele aseman käyttöönotto.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>Asemaa ei ole vielä rekisteröity: äänestystä ei voi avata. Viimeistele aseman käyttöönotto.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>Tämän aseman testiäänipakan tarkistus (L&amp;A) epäonnistui, joten äänestystä ei voi avata. Vaihda testitilaan, anna testiäänet uudelleen ja tallenna hyväksytty tulos.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>Äänestyksen tilaa ei voi nyt muuttaa näin (tila on %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>Sulje ensin äänestys.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>Äänestys ei ole avoinna.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>Se äänestysistunto on jo päättynyt.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>Lippu %1 ei kuulu tämän aseman lippuihin (%2). Se voi olla toisen aseman pinosta, tai numero on kirjoitettu väärin. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>”%1” ei ole numeroalue. Kirjoita ensimmäinen ja viimeinen numero, esimerkiksi 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>Numerot %1 ja %2 menevät päällekkäin. Anna jokainen numero kerran.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>Täällä jo syötettyjä lippuja, jotka eivät ole alueella %1: %2. Mitään ei muutettu. Anna numerot, jotka kattavat ne.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>Palvelimen osoite alkaa http:// tai https://.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>Aseman levy on täynnä. Äänestys on keskeytynyt. Vapauta tilaa ja jatka sitten.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>Tässä kansiossa on jo asema.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>Tässä kansiossa ei ole vielä asemaa.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>Aseman kansio on kirjoitussuojattu, joten tämä asema ei voi tallentaa ääniä. Mitään ei muutettu. Pyydä vaalitoimistoa tekemään kansiosta kirjoitettava.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>Vaalipakettia ei voi lukea.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>Vaalipakettitiedostoa ei ole.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>Vaalipaketti on vioittunut tai sitä on muutettu. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>Tämä tiedosto ei ole Röstkiosk-vaalipaketti.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>Vaalipakettia ei ole allekirjoitettu. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>Vaalipaketin allekirjoitus ei vastaa sen sisältöä. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>Vaalipaketin on allekirjoittanut muu kuin odotettu viranomainen. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>Vaalipaketti hylättiin: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>Jaettujen äänestyskoodien luettelo hylättiin: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>Tämä ei ole luettava varmennetiedosto.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>Varmennetta ei ole allekirjoittanut tämän vaalin viranomainen. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>Varmenne on toista vaalia varten.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>Varmenne kuuluu toiselle asemalle.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>Varmennetiedostossa ei ole tunnisteavainta. Pyydä vaaliviranomaista varmentamaan asema uudelleen tällä versiolla.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>Varmennetiedoston tunnisteavainta ei voi käyttää tällä asemalla. Pyydä vaaliviranomaiselta oikea tiedosto.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>Vie USB-muistille</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>Laita USB-muisti asemaan ja valitse se. Vientitiedosto on allekirjoitettu. Asema lukee tiedoston takaisin ja tarkistaa sen ennen kuin se ilmoittaa valmiista. Asemalta ei poisteta mitään.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>USB-muistia ei löytynyt. Laita muisti paikalleen ja paina Etsi uudelleen.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 Mt vapaana)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (vain luku)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Etsi uudelleen</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Muu kansio …</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>Valitse kansio, johon viedään</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>Vie uudet äänet</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>Vie kaikki äänet</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>Viedään … Älä irrota USB-muistia.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>Ei mitään uutta vietävää: kaikki äänet on jo viety. Valitse ”Vie kaikki äänet”, jos tarvitset täydellisen kopion.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>Valmis. Kirjoitettu, luettu takaisin ja tarkistettu: %1. Voit nyt irrottaa USB-muistin.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Viennin eteneminen</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation>Testitila</translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation>Asema on VIRALLISESSA tilassa. Äänet lasketaan.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>Asema on TESTITILASSA. Testiäänet pidetään erillään eikä niitä koskaan lasketa.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>Käytä testitilaa ennen äänestyksen avaamista ja tarkista, että äänestys toimii. Testiäänet merkitään testiksi kaikkialla, ja ne poistetaan, kun vaihdat viralliseen tilaan.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>Vaihda testitilaan</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>Vaihda viralliseen tilaan</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>Vaihdetaanko testitilaan? Tästä eteenpäin annetut äänet ovat testiääniä.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>Vaihdetaanko viralliseen tilaan?</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>Kaikki testiäänet (%1) poistetaan. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>Virallinen tila. Poistettuja testiääniä: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>Testitila on päällä.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>Sulje äänestys ennen kuin vaihdat tilaa.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>Toimitsijatila – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Poistu toimitsijatilasta</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>TESTITILA – nyt annetut äänet ovat testiääniä eikä niitä koskaan lasketa</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Äänestys</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Vie USB-muistille</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>Äänestäjän tuki</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Paperiäänet</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testitila</translation>
    </message>
</context>
<context>
    <name>StaffPaper</name>
    <message>
        <source>Paper ballots</source>
        <translation>Paperiäänet</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Tallenna tämä syöttö</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>Odottaa toista syöttöä: %1. Odottaa kolmatta tarkistusta: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>Äänestyslippu %1: syöttö 1 tallennettu. Nyt toinen toimitsija syöttää sen syöttönä 2.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>Äänestyslippu %1: syötöt täsmäävät. Paperiääni on sinetöity.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>Äänestyslippu %1: syötöt eroavat. Mitään ei ole sinetöity. Katso paperilippua: kumpi syöttö on oikein?</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Äänestyslippu %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>Ei kumpikaan: siirrä lippu sivuun</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>Äänestyslippu %1 siirrettiin sivuun. Mitään ei sinetöity. Syötä se uudelleen alusta.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Valinnat: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not on this sheet</source>
        <translation>ei tässä äänestyslipussa</translation>
    </message>
    <message>
        <source>spoiled sheet</source>
        <translation>pilattu lippu</translation>
    </message>
    <message>
        <source>no choice marked</source>
        <translation>ei valintaa merkitty</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>Ensimmäinen syöttö</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Toinen syöttö</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>Syöttö 1: syötä lippu niin kuin se on täytetty. Toinen toimitsija syöttää sen uudelleen; se sinetöidään vain, kun molemmat syötöt täsmäävät.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>Syöttö 2: syötä lippu itse. Et näe syöttöä 1.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Valinnat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Personnummer or code</source>
        <translation>Henkilötunnus tai koodi</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Syöttö 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Syöttö 2</translation>
    </message>
    <message>
        <source>Entry 1 is right</source>
        <translation>Syöttö 1 on oikein</translation>
    </message>
    <message>
        <source>Entry 2 is right</source>
        <translation>Syöttö 2 on oikein</translation>
    </message>
    <message>
        <source>This sheet number has already been keyed and sealed. A sheet is keyed once.</source>
        <translation>Tämä lipun numero on jo syötetty ja sinetöity. Lippu syötetään kerran.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>Tämä lippu on jo syötetty kerran. Nyt se tarvitsee toisen syötön.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>Tällä lipulla ei ole vielä ensimmäistä syöttöä. Syötä se ensin syöttönä 1.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>Kirjoita lippuun painettu numero (vain numeroita).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>Paperiäänet syötetään, kun äänestys on auki tai tauolla.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>Tässä vaalissa äänestäjiä ei tunnisteta. Jätä tunniste tyhjäksi.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>Kirjoita henkilötunnus tai koodi kuoresta.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>Tämä henkilö tai koodi on jo äänestänyt tällä asemalla.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Merkityt ehdotukset maksavat enemmän kuin budjetti. Sellainen lippu on mitätön: syötä se pilattuna.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Ehdotuksia on merkitty enemmän kuin on sallittu. Sellainen lippu on mitätön: syötä se pilattuna.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Pisteitä on annettu enemmän kuin on sallittu. Sellainen lippu on mitätön: syötä se pilattuna.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>Valitse äänestyslipun yläosaan painettu alue.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>Merkitty: %1 ehdotusta, %2 budjetista %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>Merkitty: %1 ehdotusta</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>Annetut pisteet: %1 / %2</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Osa %1/%2: %3</translation>
    </message>
    <message>
        <source>Sheet numbers of this station: %1</source>
        <translation>Tämän aseman lippujen numerot: %1</translation>
    </message>
    <message>
        <source>no range set (any sheet number is taken)</source>
        <translation>aluetta ei ole asetettu (mikä tahansa numero käy)</translation>
    </message>
    <message>
        <source>Change sheet numbers</source>
        <translation>Muuta lippujen numeroita</translation>
    </message>
    <message>
        <source>Save sheet numbers</source>
        <translation>Tallenna lippujen numerot</translation>
    </message>
    <message>
        <source>Sheet numbers, like 1-500 501-600 (empty: any number)</source>
        <translation>Lippujen numerot, esimerkiksi 1-500 501-600 (tyhjä: mikä tahansa numero)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>Lippujen numerot on tallennettu.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>Lipun numero (painettu lipun yläreunaan)</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Lipun kieli</translation>
    </message>
    <message>
        <source>District printed at the top of the sheet</source>
        <translation>Äänestyslipun yläosaan painettu alue</translation>
    </message>
    <message>
        <source>Choices marked on the sheet</source>
        <translation>Lippuun merkityt valinnat</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>Pilattu lippu (lasketaan mitättömäksi)</translation>
    </message>
    <message>
        <source>Personnummer on the envelope</source>
        <translation>Henkilötunnus kuoressa</translation>
    </message>
    <message>
        <source>Voting code on the envelope</source>
        <translation>Äänestyskoodi kuoressa</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>Toimitsijatila</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Kirjoita toimitsijan PIN-koodi.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Toimitsijan PIN-koodi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Takaisin äänestykseen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan …</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Voit yrittää uudelleen nyt.</translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation>Äänestys</translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation>Avaa äänestys</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation>Jatka äänestystä</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>Sulje äänestys</translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation>Avataanko äänestys nyt? Nollaraportti tehdään ja tallennetaan PDF-tiedostona.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>Keskeytetäänkö äänestys? Kukaan ei voi aloittaa äänestämistä ennen kuin jatkat. Jo aloittanut voi äänestää loppuun.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>Jatketaanko äänestystä?</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>Suljetaanko äänestys? Tämän jälkeen kukaan ei voi äänestää. Loppuraportti tehdään ja tallennetaan PDF-tiedostona.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>Tämän äänestyksen äänestysaika alkaa %1. Se ei ole vielä alkanut. Avaa äänestys vain, jos vaaliviranomainen on pyytänyt sinua tekemään niin.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>Tämän äänestyksen äänestysaika päättyi %1. Avaa äänestys vain, jos vaaliviranomainen on pyytänyt sinua tekemään niin.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>Asema on TESTITILASSA: nämä äänet ovat testiääniä.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>Nollaraportti</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Loppuraportti</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Tallennettu PDF-tiedostona: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>Raporttia ei voitu tallentaa PDF-tiedostona. Kirjoita tässä näkyvät luvut muistiin.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>Äänestys on AVOINNA. Äänestäjät voivat äänestää.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>Äänestys on KESKEYTETTY. Kukaan ei voi aloittaa äänestämistä.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>Äänestys on SULJETTU.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>Äänestys PYSÄHTYI itsestään vian vuoksi (esimerkiksi levy on täynnä). Korjaa syy ja jatka sitten.</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>PASSED %1 · test ballots: %2</source>
        <translation>HYVÄKSYTTY %1 · testiääniä: %2</translation>
    </message>
    <message>
        <source>FAILED %1 · test ballots: %2</source>
        <translation>HYLÄTTY %1 · testiääniä: %2</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Vaali</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Aseman sormenjälki</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Vaaliviranomaisen sormenjälki</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>Vaalipaketin tiiviste (SHA-256)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Äänestys</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Ballots in the ballot box</source>
        <translation>Ääniä vaaliuurnassa</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Annetut äänet</translation>
    </message>
    <message>
        <source>Last record hash</source>
        <translation>Viimeisen merkinnän tiiviste</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>Tehdyt viennit</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>Viemättömät äänet</translation>
    </message>
    <message>
        <source>Ballots not synced</source>
        <translation>Synkronoimattomat äänet</translation>
    </message>
    <message>
        <source>Logic and accuracy test</source>
        <translation>Testiäänipakan tarkistus (L&amp;A)</translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>The station's district</source>
        <translation>Aseman alue</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>Tässä vaalissa jokaisella alueella on oma potti. Alueella olevan aseman äänestäjät äänestävät alueen potista kysymättä. Jos äänestäjiä tulee monelta alueelta, anna heidän valita alue näytöllä.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>Äänestäjät valitsevat alueensa näytöllä</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Luo asema</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>Kyllä, sama: jatka</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Alue: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>Alue: ei mitään, äänestäjät valitsevat alueensa näytöllä.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>Aseman käyttöönotto</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Valitse vaalipaketti</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>Vaaliviranomainen antaa vaalipaketin USB-muistilla (tiedosto, jonka pääte on .pkg). Laita muisti paikalleen ja valitse tiedosto.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>USB-muistilta ei löytynyt vaalipakettia. Laita muisti paikalleen ja paina Etsi uudelleen, tai valitse tiedosto itse.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto …</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Valittu: %1</translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation>Tarkista paketti</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Vertaa sormenjälkeä</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Vaali: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>Paketin allekirjoitus on oikea. Vaaliviranomainen allekirjoitti sen tällä sormenjäljellä:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>Onko se täsmälleen sama kuin vaaliviranomaisen paperissa oleva sormenjälki?</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>Kirjoita paperissa oleva sormenjälki tähän (väliviivoilla ja välilyönneillä ei ole väliä):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>Kirjoittamasi ei ole tämän paketin sormenjälki. Tarkista jokainen merkki paperista.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>Kyllä, sama: luo asema</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>Ei, se on eri</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>Seis. Älä käytä tätä pakettia. Soita vaaliviranomaiselle.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>Missä asema on (esimerkiksi Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Rekisteröintipyyntö</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>Asema on luotu. Sen sormenjälki:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>Kirjoita rekisteröintipyyntö USB-muistille ja anna se vaaliviranomaiselle. Saat takaisin varmennetiedoston.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>Kirjoita rekisteröintipyyntö</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Kirjoitettu: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>Vaaliviranomaisen varmenne</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>Laita paikalleen USB-muisti, jolla varmennetiedosto on, ja valitse tiedosto.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>USB-muistilta ei löytynyt varmennetiedostoa.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>Lue varmenne</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>Asema on rekisteröity.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>Myöhemmin (äänestystä ei voi avata ennen tätä)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Toimitsijan PIN-koodi</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>Valitse PIN-koodi, jolla toimitsijat pääsevät toimitsijatilaan: vähintään 6 numeroa, ei helposti arvattava. Kirjoita se kahdesti.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Uusi toimitsijan PIN-koodi</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Sama PIN-koodi uudelleen</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Tallenna PIN-koodi</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>Asema on valmis</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>Asema %1 on otettu käyttöön vaalia %2 varten. Avaa äänestys toimitsijatilassa, kun äänestys alkaa.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>Asemaa ei ole vielä rekisteröity: lue varmenne ennen kuin äänestyksen voi avata (aloita käyttöönotto uudelleen).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>Luettelo jaetuista äänestyskoodeista</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>Tässä vaalissa käytetään äänestyskoodeja. Asema hyväksyy vain vaaliviranomaisen luettelossa olevat koodit. Aseta luettelon sisältävä USB-muisti (issued-codes.json) ja valitse se.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>USB-muistilta ei löytynyt luetteloa jaetuista äänestyskoodeista.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>Lue jaettujen koodien luettelo</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>Jaetut äänestyskoodit, jotka asema hyväksyy: %1.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>open</source>
        <translation>avoinna</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>keskeytetty</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>pysähtynyt vian vuoksi</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TESTI</translation>
    </message>
    <message>
        <source>official</source>
        <translation>virallinen</translation>
    </message>
    <message>
        <source>Station status</source>
        <translation>Aseman tila</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>Aseman sormenjäljen QR-koodi</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>ei mitään: äänestäjät valitsevat alueensa näytöllä</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>Ei: viimeistele aseman käyttöönotto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mt</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>Toimii. Puheääni: %1. Äänitetyt leikkeet: %2. Ei mitään: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>Ei toimi, äänestäjille ei tarjota sitä: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Käynnistyy…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>SYNTEETTISIÄ PAIKKAMERKKEJÄ, ei äänitteitä: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>Ääntenlaskenta ilmoittaa ristiriidasta tämän aseman kohdalla: soita vaalitoimistoon.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Vaali</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Aseman sormenjälki</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Äänestys</translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation>Ääniä tänään</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>Ääniä yhteensä</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>Testiääniä</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Viemättä</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Synkronoimatta</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Viimeisin vienti</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Vapaata levytilaa</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Vaaliviranomaisen sormenjälki</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Ääneen luku</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Alue</translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation>Synkronointi ääntenlaskentapalvelimen kanssa</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>ei mitään: vie äänet USB-muistille</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>Ei yhteyttä: palvelinta ei ole asetettu</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Kaikki lähetetty</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>Odottaa lähettämistä (ei yhteyttä tai ei vielä lähetetty)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>Äänet säilyvät aina asemalla myös lähettämisen jälkeen. Vaihda palvelimen osoite vain, jos vaaliviranomainen pyytää.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>Ääntenlaskentapalvelimen osoite</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Tallenna osoite</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>Lähetystä odottavat äänet</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Viimeisin onnistunut synkronointi</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>Äänestäjä näytöllä</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>Tähän toimitsijanäkymään ei ole liitetty äänestysnäyttöä.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>Tarkista äänestäjän henkilöllisyys ja se, ettei hän ole vielä äänestänyt. Avaa sitten: äänestäjä jatkaa näytöllä.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>Avaa äänestys tälle äänestäjälle</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>Mitätöi äänestäjän istunto</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>Mitätöinti päättää istunnon näytöllä. Äänestäjän valinnat poistetaan eikä ääntä anneta.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>Mitätöidäänkö äänestäjän istunto? Valinnat poistetaan eikä ääntä anneta.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>Istunto mitätöitiin. Näytöllä on taas aloitussivu.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>Kukaan ei äänestä juuri nyt.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>Äänestäjä odottaa, että toimitsija avaa äänestyksen.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>Äänestäjä on aloittanut äänestämisen.</translation>
    </message>
</context>
</TS>
