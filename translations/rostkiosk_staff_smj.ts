<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="smj_SE" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "smj". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>Dáhpádusloggá</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>Juohkka rievddadus stasjåvnån, ådåsumos vuostak. Danna ij goassak mihkke dan birra gåktu guhka jienastij.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Dáhpádusloggá merkkima, ådåsumos vuostak</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>Sirdde dáhpádusloggáv (vuollájtjáleduvvam)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>Gárves. Tjáleduvvam: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Stasjåvnnå dahkaduvvam</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>Stasjåvnå tjoavdda dahkaduvvam</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>Válljempáhkka vieddjamuvvam</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Registrerimåhtsa tjáleduvvam</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Stasjåvnnå registreridum</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>Jienastibme rahpasam</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>Jienastibme bissáhuvvam</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>Jienastibme joarkká</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>Jienastibme bisánij båsstådusá diehti</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Jienastibme gidden</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>Jienastiddje álgij</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>Jienastiddje hiejttij jienastime dagi</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>Bargge rabáj jienastime jienastiddjáj</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Dáhpádusloggá sirddidum</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Jiedna vaddeduvvam</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>Sirddemfiila tjáleduvvam</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Vuohke rievddaduvvam</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>Gæhttjalimjiena sihkkuduvvam</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>Bargge tjáleduvaj sisi</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>Boasstu barggij PIN-kåvdå</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>Bargge tjáleduvaj ålggus</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Barggij PIN-kåvdå biejadum</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>Lohkambálvvá vuostáj válldij jienajt</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>Lohkambálvá adrässa biejadum</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>Lohkam diededa dán stasjåvnån le vuosteldibme</translation>
    </message>
    <message>
        <source>Logic and accuracy test result recorded</source>
        <translation>Gæhttjalimjienaj boados registrerdum</translation>
    </message>
    <message>
        <source>Paper ballot sheet numbers set</source>
        <translation>Bábbárlihpoj nummara mierreduvvam</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation>Barggamin…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Ruoptus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Gaskustahte</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>Ilá ålov boasstu PIN-kåvdå. Vuorde %1 sekundav.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>Vállji USB-mujtov jali máhpav vuostak.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>Stasjåvnnå ij máhte álgget</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>Juoga manáj ájttekahtes boasstot. Ij mihkke rievddaduvvam. Diedo li stasjåvnå loggan.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>Stasjåvnnå hilgoj dáv (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Boasstu PIN-kåvdå. Gæhttjalime báhtsám åvddål vuorddemav: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>Dán stasjåvnån ij la barggij PIN-kåvdå. Ásada stasjåvnåv vuostak.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>Barggij PIN-kåvdån li dåssju nummara.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>Barggij PIN-kåvdån hæhttuji unnemusát %1 nummara.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>Dát PIN-kåvdå l ilá álkke árvedit (degu 123456, 111111 jali 121212). Vállji ietjá.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Guokta PIN-kåvdå e la seamma. Tjále dajt fas.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>USB-mujtto l dievas. Ij mihkke sirddidum. Ane ietjá mujtov jali guoroda sajev.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>USB-mujttuj ij máhte tjállet (dåssju låhkåt jali lássidum). Ij mihkke sirddidum.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>USB-mujtto l jávkam (gåssoduvaj gus ålggus?). Ij mihkke sirddidum. Bieja dav ruoptus ja gæhttjala fas.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>Fiila ij máhttám tjáleduvvat USB-mujttuj. Ij mihkke sirddidum. Gæhttjala ietjá mujtov.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>Fiila mij lågåduvvaj mujtos l ietjálágásj gå dat mij tjáleduvaj. Mujtto máhttá lijjat bilájuvvam: ane ietjáv.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>Stasjåvnnå ij la vil registreridum, dan diehti ij máhte sirddet. Gárvvida stasjåvnå ásadimev.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>Stasjåvnnå ij la vil registreridum: jienastibme ij máhte rahpasit. Gárvvida stasjåvnå ásadimev.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>Dán stasjåvnå gæhttjalimjienaj dárkkistibme (L&amp;A) ij lihkostuvvam, dan diehti jienastibme ij máhte rabáduvvat. Målsso gæhttjalimvuohkáj, vatte gæhttjalimjienajt ådåsis ja vurkke dåhkkidum boados.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>Jienastibme ij máhte dal nåv rievddat (dat l %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>Gidde jienastimev vuostak.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>Jienastibme ij la rabas.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>Dat jienastimbåttå l juo nåhkåm.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>Lihppo %1 ij gullu dá stasjåvnå lihpojda (%2). Dat máhttá årrot ietjá stasjåvnå tjuohpes, jali nummar la boasto tjáledum. Ij mikkir vurkídum.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>”%1” ij la nummargasko. Tjále vuostasj ja maŋemus nummarav, gåk 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>Nummara %1 ja %2 manni badjálagáj. Vatte juohkka nummarav akti.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>Lihpo ma juo li dánna tjáledum ja e li gaskon %1: %2. Ij mikkir rievddaduvvam. Vatte nummarijt ma dajt sisadalli.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>Bálvá adrässa álggá http:// jali https://.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>Stasjåvnå diska l dievas. Jienastibme l bissáhuvvam. Guoroda sajev, ja joarkke dan maŋŋela.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>Dán máhpan l juo stasjåvnnå.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>Dán máhpan ij la vil stasjåvnnå.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>Stasjåvnå máhppa l tjállemsuoddjidum, dan diehti ij dát stasjåvnnå máhte jienajt vurkkit. Ij mige rievddaduvvam. Bivde válljekantåvråv dahkat máhpav tjállemlágátjin.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>Válljempáhkav ij máhte låhkåt.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>Válljempáhkkafiila ij la dánna.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>Válljempáhkka l bilájuvvam jali rievddaduvvam. Ále ane dav.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>Dát fiila ij la Röstkiosk-válljempáhkka.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>Válljempáhkka ij la vuollájtjáleduvvam. Ále ane dav.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>Válljempáhka vuollájtjála ij hiehpa sisadissaj. Ále ane dav.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>Válljempáhkav l ietjá eiseválddie vuollájtjálam gå vuorddeduvvam. Ále ane dav.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>Válljempáhkka hilgoduvvaj: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>Juogedum jienastimkodaj lissta hilgoduvvaj: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>Dát ij la lågåduvvamlágásj duodastusfiila.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>Duodastus ij la dán válljema eiseválde vuollájtjáledum. Ále ane dav.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>Duodastus l ietjá válljema várás.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>Duodastus gullu ietjá stasjåvnnåj.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>Duodastusfiilan ij la dåbddåmtjoavdde. Gåhttjo válggaiseválddáv duodastit stasjåvnåv åtsålis dájna versjåvnåjn.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>Duodastusfiila dåbddåmtjoavddev ij máhte adnet dán stasjåvnån. Gåhttjo válggaiseválddes rievtes fiilav.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>Sirdde USB-mujttuj</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>Bieja USB-mujto stasjåvnnåj ja vállji dav. Sirddemfiila l vuollájtjáleduvvam; stasjåvnnå låhkå dav ruoptus ja dárkki dav åvddål gå javllá gárves. Stasjåvnnås ij mihkke sihkkuduvá.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>USB-mujtto ij gávnnum. Bieja akta sisi, ja deaddi dan maŋŋela Åtså ådåsis.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 MB guoros)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (dåssju låhkåt)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Åtså ådåsis</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Ietjá máhppa…</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>Vállji máhpa gåsi sirddet</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>Sirdde ådå jienajt</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>Sirdde gájkka jienajt</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>Sirddemin… Ále válde mujtov ierit.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>Ij mihkke ådå sirddet: gájkka jiena li juo sirddidum. Ane "Sirdde gájkka jienajt" jus dárbaj ålles kopiav.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>Gárves. Tjáleduvvam, lågåduvvam ruoptus ja dárkkistuvvam: %1. Máhtá dal mujtov ierit válldet.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Sirddema åvddånibme</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation>Gæhttjalimvuohke</translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation>Stasjåvnnå l VIRGÁLASJ VUOGEN. Jiena lohkeduvvi.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>Stasjåvnnå l GÆHTTJALIMVUOGEN. Gæhttjalimjiena vurkkiduvvi sierra ja e goassak lohkeduvá.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>Ane gæhttjalimvuogev åvddål gå jienastibme rahpasa, vaj vuojná jienastibme doajmmá. Gæhttjalimjiena merkkiduvvi gæhttjalibmen juohkka sajen ja sihkkuduvvi gå målssu virgálasj vuohkáj.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>Målsso gæhttjalimvuohkáj</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>Målsso virgálasj vuohkáj</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>Målssotgo gæhttjalimvuohkáj? Jiena dát åvddålij li gæhttjalimjiena.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>Målssotgo virgálasj vuohkáj?</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>Gájkka gæhttjalimjiena (%1) sihkkuduvvi. Dav ij máhte máhttsat.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>Virgálasj vuohke. Sihkkudum gæhttjalimjiena: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>Gæhttjalimvuohke l ålgon.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>Gidde jienastimev åvddål gå rievddat vuogev.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>Barggij vuohke – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Vuolge barggij vuoges</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>GÆHTTJALIMVUOHKE – dal vaddedum jiena li gæhttjalimjiena ja e goassak lohkeduvá</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Jienastibme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Dille</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Sirdde USB-mujttuj</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>Viehkke jienastiddjáj</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Bábbárjiena</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dáhpádusloggá</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkroniserim</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Gæhttjalimvuohke</translation>
    </message>
</context>
<context>
    <name>StaffPaper</name>
    <message>
        <source>Paper ballots</source>
        <translation>Bábbárjiena</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Vurkki dáv tjállemav</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>Vuoret nubbe tjállemav: %1. Vuoret gålmát gähtjamav: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ij aktak</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>Jienastimlihppo %1: tjállem 1 la vurkkidum. Dal nubbe bargge tjállá dav tjállemin 2.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>Jienastimlihppo %1: tjállema li aktaláhkásattja. Bábbárjiedna la siegaldum.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>Jienastimlihppo %1: guokta tjállema li ietjáláhkásattja. Ij mikkege siegaldum. Gehtja bábbárlihpov: guhti tjállem la riekta?</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Jienastimlihppo %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>Ij goabbák: bieja lihpov sierra</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>Jienastimlihppo %1 biejaduvvoj sierra. Ij mikkege siegaldum. Tjále dav ådåsis álgos.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Válljima: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not on this sheet</source>
        <translation>ij dán jienastimlihpon</translation>
    </message>
    <message>
        <source>spoiled sheet</source>
        <translation>billistuvvam lihppo</translation>
    </message>
    <message>
        <source>no choice marked</source>
        <translation>ij mikkege merkaduvvam</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>Vuostasj tjállem</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Nubbe tjállem</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>Tjállem 1: tjále lihpov nåv gåk la dievdedum. Nubbe bargge tjállá dav ådåsis; dat siegalduvvá dåssju gå goappátjagá tjállema li aktaláhkásattja.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>Tjállem 2: tjále lihpov ietjat. Ittjij vuojne tjállemav 1.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Válljema</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Guovllo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Giella</translation>
    </message>
    <message>
        <source>Personnummer or code</source>
        <translation>Persåvnnålåhko jali koda</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Tjállem 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Tjállem 2</translation>
    </message>
    <message>
        <source>Entry 1 is right</source>
        <translation>Tjállem 1 la riekta</translation>
    </message>
    <message>
        <source>Entry 2 is right</source>
        <translation>Tjállem 2 la riekta</translation>
    </message>
    <message>
        <source>This sheet number has already been keyed and sealed. A sheet is keyed once.</source>
        <translation>Dát lihpo nummar la juo tjáledum ja siegaldum. Lihppo tjáleduvvá akti.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>Dát lihppo la juo tjáledum akti. Dal dárbaj nubbe tjállemav.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>Dán lihpon ij la ájn vuostasj tjállem. Tjále dav vuostak tjállemin 1.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>Tjále lihpo nummarav mij la prentidum lihppuj (dåssju lågojt).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>Bábbárjiena tjáleduvvi gå jienastibme la rabás jali bisáhuvvam.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>Dát válljim ij identifiseri jienastiddjijt. Guode identitehtav guorrusin.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>Tjále persåvnnålågov jali kodav goahtásis.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>Dát ulmusj jali koda la juo jienastam dán stasjåvnån.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Merkadum oajvvadusá máksi ienep gå budsjehtta. Dakkir lihppo ij la fámon: tjále dav billistuvvam lihppon.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Ienep oajvvadusá li merkadum gå la loahpe. Dakkir lihppo ij la fámon: tjále dav billistuvvam lihppon.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Ienep tjuoggá li vattedum gå la loahpe. Dakkir lihppo ij la fámon: tjále dav billistuvvam lihppon.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>Vállji guovlov mij la däddeduvvam jienastimlihpo bajemusán.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>Merkadum: %1 oajvvadusá, %2 budsjehtas %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>Merkadum: %1 oajvvadusá</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>Vattedum tjuoggá: %1 / %2</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Oasse %1/%2: %3</translation>
    </message>
    <message>
        <source>Sheet numbers of this station: %1</source>
        <translation>Dá stasjåvnå lihpoj nummara: %1</translation>
    </message>
    <message>
        <source>no range set (any sheet number is taken)</source>
        <translation>gasko ij la mierreduvvam (juohkka nummar dåhkkiduvvá)</translation>
    </message>
    <message>
        <source>Change sheet numbers</source>
        <translation>Rievddat lihpoj nummarijt</translation>
    </message>
    <message>
        <source>Save sheet numbers</source>
        <translation>Vurkki lihpoj nummarijt</translation>
    </message>
    <message>
        <source>Sheet numbers, like 1-500 501-600 (empty: any number)</source>
        <translation>Lihpoj nummara, gåk 1-500 501-600 (guoros: juohkka nummar)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>Lihpoj nummara li vurkídum.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>Lihpo nummar (prentidum lihpo badjelij)</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Lihpo giella</translation>
    </message>
    <message>
        <source>District printed at the top of the sheet</source>
        <translation>Guovllo mij la däddeduvvam jienastimlihpo bajemusán</translation>
    </message>
    <message>
        <source>Choices marked on the sheet</source>
        <translation>Lihppuj merkadum válljema</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>Billistuvvam lihppo (låhkåduvvá fámoheddon)</translation>
    </message>
    <message>
        <source>Personnummer on the envelope</source>
        <translation>Persåvnnålåhko goahtásin</translation>
    </message>
    <message>
        <source>Voting code on the envelope</source>
        <translation>Jienastimkoda goahtásin</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>Barggij vuohke</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Tjále barggij PIN-kåvdåv.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Barggij PIN-kåvdå</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Sihko</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Ruoptus jienastibmáj</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Dárkkistimin…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Máhtá dal fas gæhttjalit.</translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation>Jienastibme</translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation>Rabá jienastimev</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Bisse</translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation>Joarkke jienastimev</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>Gidde jienastimev</translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation>Rabátgo jienastimev dal? Nullaraporta dahkaduvvá ja vurkkiduvvá PDF:an.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>Bissetgo jienastimev? Ij aktak máhte álgget jienastit åvddål gå joarkká. Jienastiddje guhti l juo álgám máhttá gárvedit.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>Joarkátgo jienastimev?</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>Giddetgo jienastimev? Dan maŋŋela ij aktak máhte jienastit. Loahpparaporta dahkaduvvá ja vurkkiduvvá PDF:an.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>Dán válljema jienastimájgge álggá %1. Dat ij la vil álggám. Rabá jienastimev dåssju jus válljemeiseválddie l dunji javllam.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>Dán válljema jienastimájgge nåhkáj %1. Rabá jienastimev dåssju jus válljemeiseválddie l dunji javllam.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>Stasjåvnnå l GÆHTTJALIMVUOGEN: dá jiena li gæhttjalimjiena.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>Nullaraporta</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Loahpparaporta</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Vurkkiduvvam PDF:an: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>Raporta ij máhttám vurkkiduvvat PDF:an. Tjále dá lågojt mujttuj.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>Jienastibme l RABAS. Jienastiddje máhtti jienastit.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>Jienastibme l BISSÁHUVVAM. Ij aktak máhte álgget jienastit.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>Jienastibme l GIDDEDUM.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>Jienastibme BISÁNIJ ietjas båsstådusá diehti (ábme dievas diska). Divo ássjev, ja joarkke dan maŋŋela.</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>not recorded</source>
        <translation>ij registrerdum</translation>
    </message>
    <message>
        <source>PASSED %1 · test ballots: %2</source>
        <translation>DÅHKKIDUVVAM %1 · gæhttjalimjiena: %2</translation>
    </message>
    <message>
        <source>FAILED %1 · test ballots: %2</source>
        <translation>HILGGUDUVVAM %1 · gæhttjalimjiena: %2</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Válljem</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasjåvnnå</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stasjåvnå suorbmamerka</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Eiseválde suorbmamerka</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>Válljempáhka hash (SHA-256)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vuohke</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Jienastibme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ájgge</translation>
    </message>
    <message>
        <source>Ballots in the ballot box</source>
        <translation>Jiena jienastimlihtin</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Vaddedum jiena</translation>
    </message>
    <message>
        <source>Last record hash</source>
        <translation>Maŋemus merkkima hash</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>Dagádum sirddema</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>Sirddekahtes jiena</translation>
    </message>
    <message>
        <source>Ballots not synced</source>
        <translation>Synkroniserekahtes jiena</translation>
    </message>
    <message>
        <source>Logic and accuracy test</source>
        <translation>Gæhttjalimjienaj dárkkistibme (L&amp;A)</translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>The station's district</source>
        <translation>Stasjåvnå guovllo</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>Dán válljemin juohkka guovlon l iesj ruhtaboahtte. Jienastiddje stasjåvnån mij l guovlon jienasti dan guovlo ruhtaboahttáj gatjádisá dagi. Gånnå jienastiddje båhti moadda guovlos, divtá sijáj válljit sjermas.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>Jienastiddje válljiji guovlov sjermas</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Dagá stasjåvnåv</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>Jo, seamma: joarkká</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Guovllo: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>Guovllo: ij aktak, jienastiddje válljiji guovlov sjermas.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>Stasjåvnå ásadibme</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Lávkke %1 / %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Boahtte</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Vállji válljempáhkav</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>Válljemeiseválddie vaddá dunji válljempáhkav USB-mujton (fiila mij nåhkå .pkg:ijn). Bieja mujtov sisi ja vállji fiilav.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>USB-mujton ij gávnnum válljempáhkka. Bieja mujtov sisi ja deaddi Åtså ådåsis, jali vállji fiilav ietja.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Vállji fiilav…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Válljidum: %1</translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation>Dárkki páhkav</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Buohtastahte suorbmamerkav</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Válljem: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>Páhka vuollájtjála l riekta. Válljemeiseválddie vuollájtjálij dav dájna suorbmamerkajn:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>Le gus dat ållåsit seamma gå suorbmamerka válljemeiseválde bábberin?</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>Tjále suorbmamerkav báberis dási (sázo ja gaskaj e mierkki majdik):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>Dat mav tjálli ij la dán páhka suorbmamerkka. Dárkki juohkka merkav báberav vuosstij.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>Jo, seamma: dagá stasjåvnåv</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>Ij, dat l ietjálágásj</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>Bisso. Ále ane dáv páhkav. Rijŋŋi válljemeiseválddáj.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>Gånnå stasjåvnnå l (ábme Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Registrerimåhtsa</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>Stasjåvnnå l dahkaduvvam. Suorbmamerka:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>Tjále registrerimåhtsamav USB-mujttuj ja vadde dav válljemeiseválddáj. Sij vaddi dunji duodastusfiilav ruoptus.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>Tjále registrerimåhtsamav</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Tjáleduvvam: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>Válljemeiseválde duodastus</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>Bieja sisi USB-mujtov gånnå duodastusfiila l, ja vállji dav.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>USB-mujton ij gávnnum duodastusfiila.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>Lågå duodastusáv</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>Stasjåvnnå l registreridum.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>Maŋŋela (jienastibme ij máhte rahpasit åvddål dav)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Barggij PIN-kåvdå</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>Vállji PIN-kåvdåv masa bargge tjállí vaj bessi barggij vuohkáj: unnemusát 6 nummara, ij álkke árvedit. Tjále dav guoktet.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Ådå barggij PIN-kåvdå</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Seamma PIN-kåvdå fas</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Bieja PIN-kåvdåv</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>Stasjåvnnå l gárves</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>Stasjåvnnå %1 l ásadum válljemij %2. Rabá jienastimev barggij vuogen gå jienastibme álggá.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>Stasjåvnnå ij la vil registreridum: lågå duodastusáv åvddål gå jienastibme máhttá rahpasit (álgge ásadimev ådåsis).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gárves</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>Juogedum jienastimkodaj lissta</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>Dán válljemin aneduvvi jienastimkoda. Stasjåvnnå dåhkkit dåssju kodajt ma li válljeiseválde listan. Bieja USB-mujtov mas lissta l (issued-codes.json) ja vállji dav.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>USB-mujttus ij gávnnum juogedum jienastimkodaj lissta.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>Lågå juogedum kodaj listav</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>Juogedum jienastimkoda ma stasjåvnnå dåhkki: %1.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>open</source>
        <translation>rabas</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>bissáhuvvam</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>giddedum</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>bisánam båsstådusá diehti</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>GÆHTTJALIBME</translation>
    </message>
    <message>
        <source>official</source>
        <translation>virgálasj</translation>
    </message>
    <message>
        <source>Station status</source>
        <translation>Stasjåvnå dille</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ådåsmahte</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>Stasjåvnå suorbmamerkka QR-kåvdå</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>ij aktak: jienastiddje válljiji guovlov sjermas</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>Ij: gárvvida stasjåvnå ásadimev</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ij goassak</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>Doajmmá. Jiedna: %1. Báddiduvvam bihtá: %2. Ij majdik: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>Ij doajma, jienastiddjijda ij fáladuvá: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Álgaduvvá…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>SYNTEHTALASJ SAJJEBIHTÁ, e báddidime: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>Lohkam diededa dán stasjåvnån le vuosteldibme: rieŋgga válljekantåvrråj.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Válljem</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasjåvnnå</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stasjåvnå suorbmamerka</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vuohke</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Jienastibme</translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation>Jiena uddni</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>Jiena ålggoláhkáj</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>Gæhttjalimjiena</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Ij vil sirddidum</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Ij vil synkroniseridum</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Maŋemus sirddem</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Guoros diska</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registreridum</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Eiseválde suorbmamerka</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Jienalattja låhkåm</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Guovllo</translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation>Synkroniserim lohkambálváj</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>ij mihkke: sirdde jienajt USB-mujttuj</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>Ij aktavuohta: bálvvá ij la biejadum</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Ådåsmahtedum</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>Vuoddá sáddimav (ij aktavuohta jali ij vil sáddidum)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>Jiena báhtsi agev stasjåvnån, aj sáddima maŋŋela. Rievdada bálvá adrässav dåssju jus válljemeiseválddie javllá.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>Lohkambálvá adrässa</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Vurkki adrässav</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Vurkkiduvvam.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Bálvvá</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Dille</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>Jiena ma vuorddi sáddimav</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Maŋemus lihkostuvvam synkroniserim</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>Jienastiddje skärman</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>Dán barggijpanellaj ij la jienastiddjeskärmma tjanádum.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>Dárkki jienastiddje identitehtav ja jus sån ij la vil jienastam. Rabá dan maŋŋela: jienastiddje joarkká skärman.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>Rabá jienastimev dán jienastiddjáj</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>Hiejte jienastiddje jienastimbåttåv</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>Hiejtedibme låhpat båttåv skärman. Jienastiddje válljema sihkkuduvvi ja jiedna ij vaddeduvá.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>Hiejtetgo jienastiddje båttåv? Válljema sihkkuduvvi ja jiedna ij vaddeduvá.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>Båttå hiejteduvaj. Skärmma vuoset fas álggobielev.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>Ij aktak jienasta dal.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>Jienastiddje vuoddá barggev rahpat jienastimev.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>Jienastiddje l álggám jienastit.</translation>
    </message>
</context>
</TS>
