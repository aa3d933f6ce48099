<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fit" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "fit". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumalokki</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>Jokainen muutos aseemala, uusin ensin. Siinä ei ole koskhaan mithään siitä, kuinka joku äänesti.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Tapahtumalokin merkinnät, uusin ensin</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>Siirä tapahtumalokki (allekirjotettu)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>Valmis. Kirjotettu: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Aseema luotu</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>Aseeman avain tehty</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>Vaalipaketti luettu</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Rekisteröintipyyntö kirjotettu</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Aseema rekisteröity</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>Äänestys avattu</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>Äänestys pysäytetty hetkeksi</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>Äänestys jatkuu</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>Äänestys pysähty vian takia</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Äänestys suljettu</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>Äänestäjän vuoro alko</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>Äänestäjän vuoro loppu ilman äänttä</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>Funktionääri avasi äänestäjän vuoron</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Tapahtumalokki siirretty</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Ääni annettu</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>Siirtofiili kirjotettu</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Tila muutettu</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>Testiäänet poistettu</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>Funktionääri kirjauttu sisäle</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>Väärä funktionäärin PIN-koodi</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>Funktionääri kirjauttu ulos</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Funktionäärin PIN-koodi asetettu</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>Laskentaserveri otti äänet vasthaan</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>Laskentaserverin osote asetettu</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>Laskenta ilmoittaa ristiriijasta tämän aseeman kohala</translation>
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
        <translation>Tehhään…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Joo</translation>
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
        <translation>Liian monta väärää PIN-koodia. Oota %1 sekuntia.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>Valitte ensin USB-tikku eli mappi.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>Aseema ei saata käynnistyä</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>Jotaki meni odottamatta vikhaan. Mithään ei muutettu. Tieot on aseeman lokissa.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>Aseema ei hyväksyny tätä (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Väärä PIN-koodi. Yrityksiä jäljelä ennen oottamista: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>Tälle aseemale ei ole asetettu funktionäärin PIN-koodia. Tee ensin aseeman asennus.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>Funktionäärin PIN-koodissa on vain numeroita.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>Funktionäärin PIN-koodissa pittää olla vähinthään %1 numeroa.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>Tämä PIN-koodi on liian helppo arvata (niinku 123456, 111111 eli 121212). Valitte toinen.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Kaks PIN-koodia ei ole samat. Kirjota net uuesthaan.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>USB-tikku on täynnä. Mithään ei siirretty. Käytä toista tikkua eli tee tilaa.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>USB-tikule ei saata kirjottaa (vain lukemista varten eli lukittu). Mithään ei siirretty.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>USB-tikku on poissa (vethiinkö se ulos?). Mithään ei siirretty. Pane se takaisin ja yritä uuesthaan.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>Fiiliä ei saatettu kirjottaa USB-tikule. Mithään ei siirretty. Kokeile toista tikkua.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>Tikulta takaisin luettu fiili on erilainen ko se, mikä kirjotethiin. Tikku saattaa olla rikki: käytä toista.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>Aseemaa ei ole vielä rekisteröity, niin se ei saata siirtää. Tee aseeman asennus valmiiksi.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>Aseemaa ei ole vielä rekisteröity: äänestystä ei saata avata. Tee aseeman asennus valmiiksi.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>Tämän aseman testiäänipakan tarkistus (L&amp;A) ei onnistunu, niin äänestystä ei saa aukaista. Vaihđa testitilhaan, anna testiäänet uuđesti ja tallenna hyväksytty tulos.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>Äänestys ei saata nyt muuttua niin (se on %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>Sulje äänestys ensin.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>Äänestys ei ole auki.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>Se äänestäjän vuoro on jo loppunu.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>Lippu %1 ei kuulu tämän aseman lipphuin (%2). Se saattaa olla toisen aseman pinosta, tahi numero on kirjotettu väärin. Mithään ei tallenettu.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>”%1” ei ole numeroalue. Kirjota ensimäinen ja viimeinen numero, esimerkiksi 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>Numerot %1 ja %2 menevät päälekkäin. Anna jokainen numero kerran.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>Täälä jo syötettyjä lippuja, jokka eivät ole alueela %1: %2. Mithään ei muutettu. Anna numerot, jokka kattavat net.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>Serverin osote alkaa http:// eli https://.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>Aseeman levy on täynnä. Äänestys on pysäytetty. Tee tilaa ja jatka sitte.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>Tässä mapissa on jo aseema.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>Tässä mapissa ei ole vielä aseemaa.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>Aseeman kansio on kirjotussuojattu, niin tämä aseema ei saata tallentaa ääniä. Mithään ei muutettu. Pyyä vaalikonttuuria tekemhään kansiosta kirjotettava.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>Vaalipakettia ei saata lukea.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>Vaalipakettifiiliä ei ole siinä.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>Vaalipaketti on rikki eli sitä on muutettu. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>Tämä fiili ei ole Röstkiosk-vaalipaketti.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>Vaalipakettia ei ole allekirjotettu. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>Vaalipaketin allekirjotus ei sovi sen sisältöön. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>Vaalipaketin on allekirjottanu joku muu virasto ko oottethiin. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>Vaalipaketti hylättiin: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>Annettujen äänestyskoodien lista hylättiin: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>Tämä ei ole luettava sertifikaattifiili.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>Tämän vaalin virasto ei ole allekirjottanu sertifikaattia. Älä käytä sitä.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>Sertifikaatti on toista vaalia varten.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>Sertifikaatti kuuluu toisele aseemale.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>Sertifikaattifiilissä ei ole tunnusavainta. Pyyä vaaliviranomaista sertifioimhaan aseeman uuesti tällä versiolla.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>Sertifikaattifiilin tunnusavainta ei saata käyttää tällä aseemalla. Pyyä vaaliviranomaiselta oikean fiilin.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>Siirä USB-tikule</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>Pane USB-tikku aseemhaan ja valitte se. Siirtofiili on allekirjotettu; aseema lukkee sen takaisin ja tarkistaa sen ennen ko se sannoo valmis. Aseemalta ei poisteta mithään.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>USB-tikkua ei löytynny. Pane yks paikale ja paina sitte Kattele uuesthaan.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 MB vaphaana)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (vain lukemista varten)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Kattele uuesthaan</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Toinen mappi…</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>Valitte mappi, jonne siirethään</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>Siirä uuet äänet</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>Siirä kaikki äänet</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>Siirethään… Älä ota tikkua pois.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>Ei ole mithään uutta siirettävää: kaikki äänet on jo siirretty. Käytä "Siirä kaikki äänet", jos tarvittet täyen kopian.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>Valmis. Kirjotettu, luettu takaisin ja tarkistettu: %1. Saatat nyt ottaa tikun pois.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Siirron eteneminen</translation>
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
        <translation>Aseema on VIRALLISESSA TILASSA. Äänet laskethaan.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>Aseema on TESTITILASSA. Testiäänet pietethään erikseen eikä niitä lasketa koskhaan.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>Käytä testitilaa ennen ko äänestys avathaan, niin näet, ette äänestys toimii. Testiäänet merkithään testiksi joka paikassa ja poistethaan, ko sie vaihat viralisheen tilhaan.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>Vaiha testitilhaan</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>Vaiha viralisheen tilhaan</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>Vaihethaanko testitilhaan? Tästä etheenpäin annetut äänet on testiääniä.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>Vaihethaanko viralisheen tilhaan?</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>Kaikki testiäänet (%1) poistethaan. Tätä ei saata perua.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>Virallinen tila. Poistettuja testiääniä: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>Testitila on päälä.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>Sulje äänestys ennen ko sie muutat tilaa.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>Funktionäärin tila – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Lähe funktionäärin tilasta</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>TESTITILA – nyt annetut äänet on testiääniä eikä niitä lasketa koskhaan</translation>
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
        <translation>Siirä USB-tikule</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>Apu äänestäjälle</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Paperiäänet</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumalokki</translation>
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
        <translation>Tallena tämä syöttö</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>Oottaa toista syöttöä: %1. Oottaa kolmatta tarkistusta: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhthään</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>Äänestyslippu %1: syöttö 1 on tallennettu. Nyt toinen funktionääri syöttää sen syöttönä 2.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>Äänestyslippu %1: syötöt täsmäävät. Paperiääni on sinetöity.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>Äänestyslippu %1: syötöt eroavat. Mithään ei ole sinetöity. Kahtokaa paperilippua: kumpi syöttö on oikein?</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Äänestyslippu %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>Ei kumpikhaan: pane lippu sivule</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>Äänestyslippu %1 pantiin sivule. Mithään ei sinetöity. Syötä se uuesti alusta.</translation>
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
        <translation>Ensimäinen syöttö</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Toinen syöttö</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>Syöttö 1: syötä lippu niin ko se on täytetty. Toinen funktionääri syöttää sen uuesti; se sinetöiään vain ko molemat syötöt täsmäävät.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>Syöttö 2: syötä lippu itte. Sie et näe syöttöä 1.</translation>
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
        <translation>Henkilötunnus eli koodi</translation>
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
        <translation>Tämä lipun numero on jo syötetty ja sinetöity. Lippu syötethään kerran.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>Tämä lippu on jo syötetty kerran. Nyt se tarttee toisen syötön.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>Tällä lipula ei ole vielä ensimäistä syöttöä. Syötä se ensin syöttönä 1.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>Kirjota lipphuun painettu numero (vain numeroita).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>Paperiäänet syötethään ko äänestys on auki eli tauola.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>Tässä vaalissa äänestäjiä ei tunnisteta. Jätä tunnus tyhjäksi.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>Kirjota henkilötunnus eli koodi kuoresta.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>Tämä henkilö eli koodi on jo äänestäny tällä asemala.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Merkityt ehotukset maksavat enemän ko budjetti. Semmoinen lippu ei käy: syötä se pilattuna.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Ehotuksia on merkitty enemän ko saapii. Semmoinen lippu ei käy: syötä se pilattuna.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Pisteitä on annettu enemän ko saapii. Semmoinen lippu ei käy: syötä se pilattuna.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>Valitte äänestyslipun yläosaan painettu alue.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>Merkitty: %1 ehotusta, %2 budjetista %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>Merkitty: %1 ehotusta</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>Annetut pistet: %1 / %2</translation>
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
        <translation>aluetta ei ole asetettu (mikä hyvänsä numero käypi)</translation>
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
        <translation>Lippujen numerot, esimerkiksi 1-500 501-600 (tyhjä: mikä hyvänsä numero)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>Lippujen numerot on tallenettu.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>Lipun numero (painettu lipun yläreunhaan)</translation>
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
        <translation>Lipphuun merkityt valinnat</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>Pilattu lippu (laskethaan ette se ei käy)</translation>
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
        <translation>Funktionäärin tila</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Kirjota funktionäärin PIN-koodi.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Funktionäärin PIN-koodi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Pyyhi</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Takaisin äänestämhään</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistethaan…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Saatat nyt yrittää uuesthaan.</translation>
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
        <translation>Pysäytä</translation>
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
        <translation>Avathaanko äänestys nyt? Nollarapportti tehhään ja tallenethaan PDF:nä.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>Pysäytethäänkö äänestys? Kukhaan ei saata alkaa äänestää ennen ko sie jatkat. Äänestäjä, joka on jo alottanu, saapi äänestää loppuun.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>Jatkethaanko äänestystä?</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>Suljethaanko äänestys? Tämän jälkhiin kukhaan ei saata äänestää. Loppurapportti tehhään ja tallenethaan PDF:nä.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>Tämän vaalin äänestysaika alkaa %1. Se ei ole vielä alkanu. Avaa äänestys vain jos vaalivirasto on sanonu sulle niin.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>Tämän vaalin äänestysaika loppu %1. Avaa äänestys vain jos vaalivirasto on sanonu sulle niin.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>Aseema on TESTITILASSA: nämät äänet on testiääniä.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>Nollarapportti</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Loppurapportti</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Tallenettu PDF:nä: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>Rapporttia ei saatettu tallentaa PDF:nä. Kirjota tässä näkyvät luvut muistiin.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>Äänestys on AUKI. Äänestäjät saattavat äänestää.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>Äänestys on PYSÄYTETTY. Kukhaan ei saata alkaa äänestää.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>Äänestys on SULJETTU.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>Äänestys PYSÄHTY itestään vian takia (esimerkiksi levy on täynnä). Korjaa syy ja jatka sitte.</translation>
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
        <translation>Aseema</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Aseeman sormenjälki</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Vaaliviraston sormenjälki</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>Vaalipaketin hash (SHA-256)</translation>
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
        <translation>Viimi merkinnän hash</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>Tehyt siirrot</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>Siirtämättömät äänet</translation>
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
        <translation>Aseeman alue</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>Tässä vaalissa joka aluheela oon oma potti. Aluheela seisovan aseeman äänestäjät äänestävät sen aluheen potista kysymättä. Jos äänestäjiä tullee monelta aluheelta, anna heän valita näytölä.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>Äänestäjät valittevat aluheen näytölä</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Luo aseema</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>Joo, sama: mene etheen</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Alue: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>Alue: ei mithään, äänestäjät valittevat aluheen näytölä.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>Aseeman asennus</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Askel %1 / %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Valitte vaalipaketti</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>Vaalivirasto antaa sulle vaalipaketin USB-tikula (fiili, joka loppuu .pkg:hen). Pane tikku sisäle ja valitte fiili.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>USB-tikula ei löytynny vaalipakettia. Pane tikku sisäle ja paina Kattele uuesthaan, eli valitte fiili itte.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Valitte fiili…</translation>
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
        <translation>Vertaa sormenjälkiä</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Vaali: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>Paketin allekirjotus on oikea. Vaalivirasto allekirjotti sen tällä sormenjäljelä:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>Onko se justhiin sama ko sormenjälki vaaliviraston paperissa?</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>Kirjota paperila oleva sormenjälki tähän (viivat ja välit saavat olla eli puuttua):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>Se mitä kirjotit ei ole tämän paketin sormenjälki. Tarkista jokainen merkki paperia vasten.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>Joo, sama: luo aseema</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>Ei, se on erilainen</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>Seis. Älä käytä tätä pakettia. Soita vaalivirasthoon.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>Missä aseema seisoo (esimerkiksi Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Rekisteröintipyyntö</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>Aseema on luotu. Sen sormenjälki:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>Kirjota rekisteröintipyyntö USB-tikule ja anna se vaalivirasthoon. Het antavat sulle sertifikaattifiilin takaisin.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>Kirjota rekisteröintipyyntö</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Kirjotettu: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>Vaaliviraston sertifikaatti</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>Pane sisäle USB-tikku, jossa sertifikaattifiili on, ja valitte se.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>USB-tikula ei löytynny sertifikaattifiiliä.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>Lue sertifikaatti</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>Aseema on rekisteröity.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>Myöhemmin (äänestystä ei saata avata ennen tätä)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Funktionäärin PIN-koodi</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>Valitte PIN-koodi, jonka funktionäärit kirjottavat päästäkseen funktionäärin tilhaan: vähinthään 6 numeroa, ei helppo arvata. Kirjota se kahesti.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Uusi funktionäärin PIN-koodi</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Sama PIN-koodi uuesthaan</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Aseta PIN-koodi</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>Aseema on valmis</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>Aseema %1 on asennettu vaalia %2 varten. Avaa äänestys funktionäärin tilassa, ko äänestys alkaa.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>Aseemaa ei ole vielä rekisteröity: lue sertifikaatti ennen ko äänestys saatethaan avata (alota asennus uuesthaan).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>Annettujen äänestyskoodien lista</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>Tässä vaalissa käytethään äänestyskoodia. Asema hyväksyy vain koodit, jokka on vaaliviranomaisen listala. Pane sisäle USB-tikku, jossa lista on (issued-codes.json), ja valitte se.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>USB-tikulta ei löytyny annettujen äänestyskoodien listaa.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>Lue annettujen koodien lista</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>Annetut äänestyskoodit, jokka asema hyväksyy: %1.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>open</source>
        <translation>auki</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pysäytetty</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>pysähtyny vian takia</translation>
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
        <translation>Aseeman tila</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>Aseeman sormenjäljen QR-koodi</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>ei mithään: äänestäjät valittevat aluheen näytölä</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>Ei: tee aseeman asennus valmiiksi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskhaan</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>Toimii. Puheääni: %1. Äänitetyt pätkät: %2. Ei mithään: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>Ei toimi, äänestäjile ei tarjota sitä: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Käynistyy…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>SYNTEETTISIÄ PAIKKAMERKKIÄ, ei äänitteitä: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>Laskenta ilmoittaa ristiriijasta tämän aseeman kohala: soita vaalikonttuurhiin.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Vaali</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Aseema</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Aseeman sormenjälki</translation>
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
        <translation>Ääniä tänäpänä</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>Ääniä yhtheensä</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>Testiääniä</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Vielä siirtämättä</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Vielä synkronoimatta</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Viimi siirto</translation>
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
        <translation>Vaaliviraston sormenjälki</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Äänheen luku</translation>
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
        <translation>Synkronointi laskentaserverin kans</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>ei mithään: siirä äänet USB-tikule</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>Ei yhteyttä: serveriä ei ole asetettu</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Kaikki lähetetty</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>Oottaa lähettämistä (ei yhteyttä eli ei vielä lähetetty)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>Äänet pysyvät aina aseemala, myös lähettämisen jälkhiin. Muuta serverin osote vain jos vaalivirasto sannoo niin.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>Laskentaserverin osote</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Tallena osote</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallenettu.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveri</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilane</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>Äänet, jokka oottavat lähettämistä</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Viimi onnistunu synkronointi</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>Äänestäjä ruutula</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>Tähän funktionäärin paneelhiin ei ole kytketty äänestysruutua.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>Tarkista äänestäjän henkilölisyys ja ette hän ei ole vielä äänestäny. Avaa sitte: äänestäjä jatkaa ruutula.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>Avaa äänestys tälle äänestäjälle</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>Mitätöi äänestäjän vuoro</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>Mitätöinti lopettaa vuoron ruutula. Äänestäjän valinnat poistethaan eikä äänttä anneta.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>Mitätöiäänkö äänestäjän vuoro? Valinnat poistethaan eikä äänttä anneta.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>Vuoro mitätöithiin. Ruutu näyttää taas alkusivun.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>Kukhaan ei äänestä just nyt.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>Äänestäjä oottaa, ette funktionääri avaa äänestyksen.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>Äänestäjä on alottanu äänestämisen.</translation>
    </message>
</context>
</TS>
