<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "sv". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>Varje ändring på stationen, nyaste först. Loggen innehåller aldrig något om hur någon röstade.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Granskningsloggens poster, nyaste först</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>Exportera granskningsloggen (signerad)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>Klart. Skriven: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Stationen skapad</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>Stationens nyckel skapad</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>Valpaketet inläst</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Registreringsbegäran skriven</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Stationen registrerad</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>Röstningen öppnad</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>Röstningen pausad</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>Röstningen återupptagen</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>Röstningen stoppad av ett fel</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Röstningen stängd</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>Röstningssession startad</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>Röstningssession avslutad utan röst</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>Röstningssession upplåst av funktionär</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Granskningsloggen exporterad</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Röst avgiven</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>Exportfil skriven</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Läget ändrat</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>Teströster raderade</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>Funktionär inloggad</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>Fel funktionärs-pinkod</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>Funktionär utloggad</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Funktionärs-pinkod satt</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>Röster mottagna av rösträkningsservern</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>Rösträkningsserverns adress satt</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>Rösträkningen rapporterar en konflikt för den här stationen</translation>
    </message>
    <message>
        <source>Logic and accuracy test result recorded</source>
        <translation>Testlekens resultat registrerat</translation>
    </message>
    <message>
        <source>Paper ballot sheet numbers set</source>
        <translation>Nummer på röstsedlar av papper angivna</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation>Arbetar …</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>För många fel pinkoder. Vänta %1 sekunder.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>Välj ett USB-minne eller en mapp först.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>Stationen kan inte starta</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>Något oväntat gick fel. Ingenting ändrades. Detaljerna finns i stationens logg.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>Stationen nekade detta (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Fel pinkod. Försök kvar innan du måste vänta: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>Ingen funktionärs-pinkod är satt på stationen. Kör installationen av stationen först.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>En funktionärs-pinkod har bara siffror.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>En funktionärs-pinkod behöver minst %1 siffror.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>Pinkoden är för lätt att gissa (som 123456, 111111 eller 121212). Välj en annan.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>De två pinkoderna är inte samma. Skriv dem igen.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>USB-minnet är fullt. Ingenting exporterades. Använd ett annat USB-minne eller frigör utrymme.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>Det går inte att skriva till USB-minnet (skrivskyddat eller låst). Ingenting exporterades.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>USB-minnet är borta (drogs det ut?). Ingenting exporterades. Sätt tillbaka det och försök igen.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>Filen kunde inte skrivas till USB-minnet. Ingenting exporterades. Prova ett annat USB-minne.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>Filen som lästes tillbaka från USB-minnet skiljer sig från det som skrevs. USB-minnet kan vara trasigt: använd ett annat.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>Stationen är inte registrerad än och kan därför inte exportera. Slutför installationen av stationen.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>Stationen är inte registrerad än: röstningen kan inte öppna. Slutför installationen av stationen.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>Stationens testlek (L&amp;A-test) misslyckades, så vallokalen kan inte öppnas. Byt till testläge, lägg teströsterna igen och registrera ett godkänt resultat.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>Röstningen kan inte ändras så nu (läget är %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>Stäng röstningen först.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>Röstningen är inte öppen.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>Den röstningssessionen har redan avslutats.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>Röstsedel %1 hör inte till den här stationens röstsedlar (%2). Den kan komma från en annan stations bunt, eller så har numret skrivits fel. Ingenting sparades.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>”%1” är inte ett intervall av nummer. Skriv det första och det sista numret, till exempel 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>Numren %1 och %2 överlappar. Ange varje nummer en gång.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>Röstsedlar som redan matats in här och inte ligger inom %1: %2. Ingenting ändrades. Ange nummer som omfattar dem.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>En serveradress börjar med http:// eller https://.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>Stationens disk är full. Röstningen är avbruten. Frigör utrymme och fortsätt sedan.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>Den här mappen innehåller redan en station.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>Den här mappen innehåller ingen station än.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>Stationens mapp är skrivskyddad, så den här stationen kan inte spara röster. Ingenting ändrades. Be valkansliet att göra mappen skrivbar.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>Valpaketet kan inte läsas.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>Valpaketets fil finns inte.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>Valpaketet är skadat eller har ändrats. Använd det inte.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>Filen är inte ett valpaket för Röstkiosk.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>Valpaketet är inte signerat. Använd det inte.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>Valpaketets signatur stämmer inte med innehållet. Använd det inte.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>Valpaketet är signerat av en annan myndighet än väntat. Använd det inte.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>Valpaketet nekades: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>Listan över utdelade röstkoder vägrades: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>Det här är inte en läsbar certifikatfil.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>Certifikatet är inte signerat av det här valets myndighet. Använd det inte.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>Certifikatet gäller ett annat val.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>Certifikatet tillhör en annan station.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>Certifikatfilen saknar valets hemliga nyckel. Be valmyndigheten att certifiera stationen igen med den här versionen.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>Den hemliga nyckeln i certifikatfilen kan inte användas för den här stationen. Be valmyndigheten om rätt fil.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>Exportera till USB</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>Sätt i ett USB-minne i stationen och välj det. Exportfilen är signerad. Stationen läser tillbaka och kontrollerar filen innan den säger klart. Ingenting tas bort från stationen.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>Inget USB-minne hittades. Sätt i ett och tryck sedan på Sök igen.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 MB ledigt)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddat)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Sök igen</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Annan mapp …</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>Välj mappen att exportera till</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>Exportera nya röster</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>Exportera alla röster</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>Exporterar … Ta inte ut USB-minnet.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>Inget nytt att exportera: alla röster är redan exporterade. Välj ”Exportera alla röster” för en fullständig kopia.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>Klart. Skriven, tillbakaläst och kontrollerad: %1. Nu kan du ta ut USB-minnet.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation>Testläge</translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation>Stationen är i SKARPT läge. Rösterna räknas.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>Stationen är i TESTLÄGE. Teströster hålls åtskilda och räknas aldrig.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>Använd testläget innan röstningen öppnar, för att kontrollera att röstningen fungerar. Teströster märks som test överallt och raderas när du byter till skarpt läge.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>Byt till testläge</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>Byt till skarpt läge</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>Byta till testläge? Röster som avges från och med nu är teströster.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>Byta till skarpt läge?</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>Alla teströster (%1) raderas. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>Skarpt läge. Raderade teströster: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>Testläget är på.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>Stäng röstningen innan du byter läge.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>Funktionärsläge – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Lämna funktionärsläget</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>TESTLÄGE – röster som avges nu är teströster och räknas aldrig</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Röstningen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Exportera till USB</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>Stöd till väljare</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Pappersröster</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testläge</translation>
    </message>
</context>
<context>
    <name>StaffPaper</name>
    <message>
        <source>Paper ballots</source>
        <translation>Pappersröster</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Spara den här inmatningen</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>Väntar på andra inmatningen: %1. Väntar på en tredje granskning: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>Röstsedel %1: inmatning 1 är sparad. Nu matar en annan funktionär in den som inmatning 2.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>Röstsedel %1: inmatningarna stämmer överens. Pappersrösten är förseglad.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>Röstsedel %1: de två inmatningarna skiljer sig. Inget är förseglat. Titta på pappersröstsedeln: vilken inmatning är rätt?</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Röstsedel %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>Ingen av dem: lägg röstsedeln åt sidan</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>Röstsedel %1 lades åt sidan. Inget förseglades. Mata in den igen från början.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Val: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not on this sheet</source>
        <translation>finns inte på den här röstsedeln</translation>
    </message>
    <message>
        <source>spoiled sheet</source>
        <translation>förstörd röstsedel</translation>
    </message>
    <message>
        <source>no choice marked</source>
        <translation>inget val markerat</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>Första inmatningen</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Andra inmatningen</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>Inmatning 1: mata in röstsedeln som den är ifylld. En annan funktionär matar in den igen; den förseglas bara när båda inmatningarna stämmer överens.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>Inmatning 2: mata in röstsedeln själv. Du ser inte inmatning 1.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Personnummer or code</source>
        <translation>Personnummer eller kod</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Inmatning 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Inmatning 2</translation>
    </message>
    <message>
        <source>Entry 1 is right</source>
        <translation>Inmatning 1 är rätt</translation>
    </message>
    <message>
        <source>Entry 2 is right</source>
        <translation>Inmatning 2 är rätt</translation>
    </message>
    <message>
        <source>This sheet number has already been keyed and sealed. A sheet is keyed once.</source>
        <translation>Den här röstsedelns nummer har redan matats in och förseglats. En röstsedel matas in en gång.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>Den här röstsedeln är redan inmatad en gång. Nu behöver den sin andra inmatning.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>Den här röstsedeln har ingen första inmatning än. Mata in den som inmatning 1 först.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>Skriv numret som står tryckt på röstsedeln (bara siffror).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>Pappersröster matas in medan röstningen är öppen eller pausad.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>Det här valet identifierar inte väljarna. Lämna identiteten tom.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>Skriv personnumret eller koden från kuvertet.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>Den här personen eller koden har redan röstat på den här stationen.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>De markerade förslagen kostar mer än budgeten. En sådan röstsedel är ogiltig: mata in den som förstörd.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Fler förslag är markerade än tillåtet. En sådan röstsedel är ogiltig: mata in den som förstörd.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Fler poäng är givna än tillåtet. En sådan röstsedel är ogiltig: mata in den som förstörd.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>Välj området som är tryckt överst på röstsedeln.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>Markerade: %1 förslag, %2 av budgeten %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>Markerade: %1 förslag</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>Givna poäng: %1 av %2</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Del %1 av %2: %3</translation>
    </message>
    <message>
        <source>Sheet numbers of this station: %1</source>
        <translation>Nummer på röstsedlarna för den här stationen: %1</translation>
    </message>
    <message>
        <source>no range set (any sheet number is taken)</source>
        <translation>inget intervall angivet (alla nummer tas emot)</translation>
    </message>
    <message>
        <source>Change sheet numbers</source>
        <translation>Ändra röstsedlarnas nummer</translation>
    </message>
    <message>
        <source>Save sheet numbers</source>
        <translation>Spara röstsedlarnas nummer</translation>
    </message>
    <message>
        <source>Sheet numbers, like 1-500 501-600 (empty: any number)</source>
        <translation>Röstsedlarnas nummer, till exempel 1-500 501-600 (tomt: alla nummer)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>Röstsedlarnas nummer är sparade.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>Röstsedelns nummer (tryckt överst på röstsedeln)</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Röstsedelns språk</translation>
    </message>
    <message>
        <source>District printed at the top of the sheet</source>
        <translation>Området som är tryckt överst på röstsedeln</translation>
    </message>
    <message>
        <source>Choices marked on the sheet</source>
        <translation>Val som är markerade på röstsedeln</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>Förstörd röstsedel (räknas som ogiltig)</translation>
    </message>
    <message>
        <source>Personnummer on the envelope</source>
        <translation>Personnummer på kuvertet</translation>
    </message>
    <message>
        <source>Voting code on the envelope</source>
        <translation>Röstkod på kuvertet</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>Funktionärsläge</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Skriv funktionärernas pinkod.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Funktionärernas pinkod</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Tillbaka till röstningen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar …</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Nu kan du försöka igen.</translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation>Röstningen</translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation>Öppna röstningen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation>Fortsätt röstningen</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>Stäng röstningen</translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation>Öppna röstningen nu? En nollrapport görs och sparas som PDF.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>Pausa röstningen? Ingen kan börja rösta förrän du fortsätter. Den som redan har börjat kan rösta klart.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>Fortsätta röstningen?</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>Stänga röstningen? Ingen kan rösta efter detta. En slutrapport görs och sparas som PDF.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>Valets röstningsperiod börjar %1. Den har inte börjat än. Öppna röstningen bara om valmyndigheten har sagt att du ska göra det.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>Valets röstningsperiod slutade %1. Öppna röstningen bara om valmyndigheten har sagt att du ska göra det.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>Stationen är i TESTLÄGE: rösterna är teströster.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>Nollrapport</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Slutrapport</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Sparad som PDF: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>Rapporten kunde inte sparas som PDF. Skriv ner siffrorna som visas här.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>Röstningen är ÖPPEN. Väljarna kan rösta.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>Röstningen är PAUSAD. Ingen kan börja rösta.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>Röstningen är STÄNGD.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>Röstningen STOPPADES av sig själv på grund av ett fel (till exempel full disk). Åtgärda orsaken och fortsätt sedan.</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>PASSED %1 · test ballots: %2</source>
        <translation>GODKÄNT %1 · teströster: %2</translation>
    </message>
    <message>
        <source>FAILED %1 · test ballots: %2</source>
        <translation>UNDERKÄNT %1 · teströster: %2</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stationens fingeravtryck</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Valmyndighetens fingeravtryck</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>Valpaketets hash (SHA-256)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Röstningen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Ballots in the ballot box</source>
        <translation>Röster i valurnan</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Avgivna röster</translation>
    </message>
    <message>
        <source>Last record hash</source>
        <translation>Sista postens hash</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>Gjorda exporter</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>Ej exporterade röster</translation>
    </message>
    <message>
        <source>Ballots not synced</source>
        <translation>Ej synkade röster</translation>
    </message>
    <message>
        <source>Logic and accuracy test</source>
        <translation>Testlek (L&amp;A-test)</translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>The station's district</source>
        <translation>Stationens område</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>I det här valet har varje område en egen pott. Väljare vid en station som står i ett område röstar i det områdets pott utan att bli tillfrågade. Där väljare från flera områden kommer, låt dem välja på skärmen.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>Väljarna väljer sitt område på skärmen</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Skapa stationen</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>Ja, samma: gå vidare</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Område: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>Område: inget, väljarna väljer sitt område på skärmen.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>Installation av stationen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Välj valpaketet</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>Valmyndigheten ger dig valpaketet på ett USB-minne (en fil som slutar på .pkg). Sätt i USB-minnet och välj filen.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>Inget valpaket hittades på något USB-minne. Sätt i USB-minnet och tryck på Sök igen, eller välj filen själv.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Välj en fil …</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation>Kontrollera paketet</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Jämför fingeravtrycket</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Val: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>Paketets signatur är korrekt. Det signerades av valmyndigheten med det här fingeravtrycket:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>Är det exakt samma som fingeravtrycket på papperet från valmyndigheten?</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>Skriv in fingeravtrycket från papperet här (bindestreck och mellanslag spelar ingen roll):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>Det du skrev är inte det här paketets fingeravtryck. Kontrollera varje tecken mot papperet.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>Ja, samma: skapa stationen</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>Nej, det är annorlunda</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>Stopp. Använd inte det här paketet. Ring valmyndigheten.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>Var stationen står (till exempel Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Registreringsbegäran</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>Stationen är skapad. Dess fingeravtryck:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>Skriv registreringsbegäran till ett USB-minne och ge den till valmyndigheten. Du får tillbaka en certifikatfil.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>Skriv registreringsbegäran</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Skriven: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>Certifikat från valmyndigheten</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>Sätt i USB-minnet med certifikatfilen och välj filen.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>Ingen certifikatfil hittades på något USB-minne.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>Läs in certifikatet</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>Stationen är registrerad.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>Senare (röstningen kan inte öppna före detta)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Funktionärernas pinkod</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>Välj pinkoden som funktionärerna skriver för att komma till funktionärsläget: minst 6 siffror, inte lätt att gissa. Skriv den två gånger.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Ny pinkod för funktionärer</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Samma pinkod igen</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Spara pinkoden</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>Stationen är klar</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>Station %1 är installerad för %2. Öppna röstningen i funktionärsläget när röstningen börjar.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>Stationen är inte registrerad än: läs in certifikatet innan röstningen kan öppna (starta installationen igen).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>Lista över utdelade röstkoder</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>Det här valet använder röstkoder. Stationen godtar bara koder som finns på valmyndighetens lista. Sätt i USB-minnet med listan (issued-codes.json) och välj den.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>Ingen lista över utdelade röstkoder hittades på något USB-minne.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>Läs in listan över utdelade koder</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>Utdelade röstkoder som stationen godtar: %1.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>stoppad av ett fel</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>official</source>
        <translation>skarpt</translation>
    </message>
    <message>
        <source>Station status</source>
        <translation>Stationens status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>QR-kod för stationens fingeravtryck</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>inget: väljarna väljer sitt område på skärmen</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>Nej: slutför installationen av stationen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>Fungerar. Röst: %1. Inspelade klipp: %2. Inget: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>Fungerar inte, väljarna erbjuds den inte: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>SYNTETISKA PLATSHÅLLARE, inte inspelningar: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>Rösträkningen rapporterar en konflikt för den här stationen: ring valkansliet.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stationens fingeravtryck</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Röstningen</translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation>Röster i dag</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>Röster totalt</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>Teströster</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Inte exporterade än</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Inte synkade än</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Senaste export</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Ledigt diskutrymme</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Valmyndighetens fingeravtryck</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Uppläsning</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Område</translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation>Synkronisering med rösträkningsservern</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>ingen: exportera rösterna till USB</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>Frånkopplad: ingen server är angiven</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Allt är skickat</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>Väntar på att skickas (frånkopplad eller inte skickat än)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>Rösterna finns alltid kvar på stationen, även efter att de har skickats. Ändra serveradressen bara om valmyndigheten säger det.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>Rösträkningsserverns adress</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Spara adressen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>Röster som väntar på att skickas</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Senaste lyckade synkronisering</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>Väljaren vid skärmen</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>Ingen väljarskärm är kopplad till den här funktionärspanelen.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>Kontrollera väljarens identitet och att hen inte redan har röstat. Lås sedan upp: väljaren fortsätter på skärmen.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>Lås upp röstningen för den här väljaren</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>Makulera väljarens session</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>Makulering avslutar sessionen på skärmen. Väljarens val raderas och ingen röst avges.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>Makulera väljarens session? Valen raderas och ingen röst avges.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>Sessionen makulerades. Skärmen visar startsidan igen.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>Ingen väljare röstar just nu.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>En väljare väntar på att en funktionär ska låsa upp röstningen.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>En väljare har börjat rösta.</translation>
    </message>
</context>
</TS>
