<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="se_NO" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "se". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>Dáhpáhusloggá</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>Juohke rievdadus stašuvnnas, ođđaseamos vuosttažin. Das ii goassege leat mihkkege das mo muhtun jienastii.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Dáhpáhusloggá merkemat, ođđaseamos vuosttažin</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>Sirdde dáhpáhusloggá (vuolláičállojuvvon)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>Gárvvis. Čállojuvvon: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Stašuvdna ráhkaduvvon</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>Stašuvnna čoavdda ráhkaduvvon</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>Válgapáhkka viežžojuvvon</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Registrerenohcamuš čállojuvvon</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Stašuvdna registrerejuvvon</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>Jienasteapmi rahpojuvvon</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>Jienasteapmi bisseheapmái</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>Jienasteapmi joatkašuvvá</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>Jienasteapmi bisánii meattáhusa dihte</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Jienasteapmi giddejuvvon</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>Jienasteaddji álggii</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>Jienasteaddji heittii jienasteami haga</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>Bargi rabai jienasteami jienasteaddjái</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Dáhpáhusloggá sirdojuvvon</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Jietna addojuvvon</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>Sirdinfiila čállojuvvon</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Dilli rievdaduvvon</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>Geahččalanjienat sihkkojuvvon</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>Bargi čálihii sisa</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>Boastto bargiid PIN-kodu</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>Bargi čálihii olggos</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Bargiid PIN-kodu biddjon</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>Lohkanbálvá vuostáiváldii jienaid</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>Lohkanbálvá čujuhus biddjon</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>Lohkan dieđiha ahte dán stašuvnnas lea riidu</translation>
    </message>
    <message>
        <source>Logic and accuracy test result recorded</source>
        <translation>Geahččalanjienaid boađus registrerejuvvon</translation>
    </message>
    <message>
        <source>Paper ballot sheet numbers set</source>
        <translation>Báberlihpuid nummirat mearriduvvon</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation>Bargamin…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Juo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Ruovttoluotta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Gaskkalduhte</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>Menddo ollu boastto PIN-kodat. Vuorddes %1 sekundda.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>Vállje USB-muittu dahje máhpa vuos.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>Stašuvdna ii sáhte álgit</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>Juoga manai várjjekeahttá boastut. Mihkkege ii rievdaduvvon. Dieđut leat stašuvnna loggas.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>Stašuvdna hilggui dán (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Boastto PIN-kodu. Geahččalemiid báhcán ovdal vuordima: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>Dán stašuvnnas ii leat bargiid PIN-kodu. Ásat stašuvnna vuos.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>Bargiid PIN-kodus leat dušše nummirat.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>Bargiid PIN-kodus fertejit leat unnimusat %1 nummira.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>Dát PIN-kodu lea menddo álki árvidit (nugo 123456, 111111 dahje 121212). Vállje eará.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Guokte PIN-koda eaba leat seammát. Čále daid fas.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>USB-muitu lea dievva. Mihkkege ii sirdojuvvon. Geavat eará muittu dahje guorut saji.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>USB-muitui ii sáhte čállit (dušše lohkat dahje lohkkaduvvon). Mihkkege ii sirdojuvvon.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>USB-muitu lea jávkan (gessojuvvuigo dat olggos?). Mihkkege ii sirdojuvvon. Bija dan ruovttoluotta ja geahččal fas.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>Fiila ii sáhttán čállojuvvot USB-muitui. Mihkkege ii sirdojuvvon. Geahččal eará muittu.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>Fiila mii lohkkojuvvui muittus lea earálágan go dat mii čállojuvvui. Muitu sáhttá leat billašuvvan: geavat eará.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>Stašuvdna ii leat vel registrerejuvvon, nu ahte dat ii sáhte sirdit. Gárvvis stašuvnna ásaheami.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>Stašuvdna ii leat vel registrerejuvvon: jienasteapmi ii sáhte rahpojuvvot. Gárvvis stašuvnna ásaheami.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>Dán stašuvnna geahččalanjienaid dárkkisteapmi (L&amp;A) ii lihkostuvvan, nu ahte jienasteapmi ii sáhte rahpat. Molsso geahččalandillái, atte geahččalanjienaid fas ja vurke dohkkehuvvon boađu.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>Jienasteapmi ii sáhte dál rievdat nu (dilli lea %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>Gidde jienasteami vuos.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>Jienasteapmi ii leat rabas.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>Dat jienastanbottu lea juo nohkan.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>Lihppu %1 ii gula dán stašuvnna lihpuide (%2). Dat sáhttá leat eará stašuvnna čuppas, dahje nummir lea boastut čállojuvvon. Mihkkege ii vurkejuvvon.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>”%1” ii leat nummirgaska. Čális vuosttaš ja maŋimuš nummira, omd. 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>Nummirat %1 ja %2 mannet badjálaga. Atte juohke nummira oktii.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>Lihput mat leat juo čállojuvvon dáppe ja eai leat gaskkas %1: %2. Mihkkege ii rievdaduvvon. Atte nummiriid mat fátmmastit daid.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>Bálvá čujuhus álgá http:// dahje https://.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>Stašuvnna skearru lea dievva. Jienasteapmi lea bissehuvvon. Guorut saji, ja joatkke dasto.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>Dán máhpas lea juo stašuvdna.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>Dán máhpas ii leat vel stašuvdna.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>Stašuvnna máhppa lea čállinsuddjejuvvon, nu ahte dát stašuvdna ii sáhte vurket jienaid. Mihkkege ii rievdaduvvon. Bivdde válgakantuvrra dahkat máhpa čálehahttin.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>Válgapáhka ii sáhte lohkat.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>Válgapáhkkafiila ii leat doppe.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>Válgapáhkka lea billašuvvan dahje rievdaduvvon. Ale geavat dan.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>Dát fiila ii leat Röstkiosk-válgapáhkka.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>Válgapáhkka ii leat vuolláičállojuvvon. Ale geavat dan.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>Válgapáhka vuolláičála ii heive dan sisdollui. Ale geavat dan.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>Válgapáhka lea vuolláičállán eará eiseváldi go vurdojuvvon. Ale geavat dan.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>Válgapáhkka hilgojuvvui: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>Juohkkojuvvon jienastankodaid listu hilgojuvvui: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>Dát ii leat lohkanvejolaš duođaštusfiila.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>Duođaštus ii leat dán válgga eiseválddi vuolláičállon. Ale geavat dan.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>Duođaštus gullá eará válgii.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>Duođaštus gullá eará stašuvdnii.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>Duođaštusfiillas ii leat dovddaldatčoavdda. Bivdde válgaeiseválddi duođaštit stašuvnna ođđasit dáinna veršuvnnain.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>Duođaštusfiilla dovddaldatčoavdaga ii sáhte geavahit dán stašuvnnas. Bivdde válgaeiseválddis riekta fiilla.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>Sirdde USB-muitui</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>Bija USB-muittu stašuvdnii ja vállje dan. Sirdinfiila lea vuolláičállojuvvon; stašuvdna lohká dan ruovttoluotta ja dárkista dan ovdal go dadjá ahte lea gárvvis. Stašuvnnas ii sihkkojuvvo mihkkege.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>USB-muitu ii gávdnon. Bija dan sisa, ja deaddil dasto Oza fas.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 MB guorus)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (dušše lohkat)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Oza fas</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Eará máhppa…</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>Vállje máhpa masa sirdit</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>Sirdde ođđa jienaid</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>Sirdde buot jienaid</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>Sirdimin… Ale váldde muittu eret.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>Ii leat mihkkege ođđa maid sirdit: buot jienat leat juo sirdojuvvon. Geavat "Sirdde buot jienaid" jus dárbbašat ollislaš máŋgosa.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>Gárvvis. Čállojuvvon, lohkkojuvvon ruovttoluotta ja dárkkistuvvon: %1. Sáhtát dál váldit muittu eret.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Sirdima ovdáneapmi</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation>Geahččalandilli</translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation>Stašuvdna lea VIRGGÁLAŠ DILIS. Jienat lohkkojuvvojit.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>Stašuvdna lea GEAHČČALANDILIS. Geahččalanjienat vurkejuvvojit sierra eaige goassege lohkkojuvvo.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>Geavat geahččalandili ovdal go jienasteapmi rahpojuvvo, dárkkistan dihte ahte jienasteapmi doaibmá. Geahččalanjienat merkejuvvojit geahččaladdamin juohke sajis ja sihkkojuvvojit go molsot virggálaš dillái.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>Molsso geahččalandillái</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>Molsso virggálaš dillái</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>Molssutgo geahččalandillái? Jienat dás ovddosguvlui leat geahččalanjienat.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>Molssutgo virggálaš dillái?</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>Buot geahččalanjienat (%1) sihkkojuvvojit. Dan ii sáhte máhcahit.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>Virggálaš dilli. Sihkkojuvvon geahččalanjienat: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>Geahččalandilli lea doaibmame.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>Gidde jienasteami ovdal go rievdadat dili.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>Bargiid dilli – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Vuolgge bargiid dilis</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>GEAHČČALANDILLI – dál addojuvvon jienat leat geahččalanjienat eaige goassege lohkkojuvvo</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Jienasteapmi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Dilli</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Sirdde USB-muitui</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>Veahkki jienasteaddjái</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Bábirjienat</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dáhpáhusloggá</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkroniseren</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Geahččalandilli</translation>
    </message>
</context>
<context>
    <name>StaffPaper</name>
    <message>
        <source>Paper ballots</source>
        <translation>Bábirjienat</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Vurke dán čállima</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>Vuordá nuppi čállima: %1. Vuordá goalmmát geahčastaga: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ii oktage</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>Jienastanlihppu %1: čállin 1 lea vurkejuvvon. Dál nubbi bargi čállá dan čállimin 2.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>Jienastanlihppu %1: čállimat leat ovttaláganat. Bábirjietna lea siegaluvvon.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>Jienastanlihppu %1: guokte čállima leat sierraláganat. Mihkkege ii leat siegaluvvon. Geahča bábirlihpu: guhte čállin lea riekta?</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Jienastanlihppu %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>Ii goabbáge: bija lihpu eret</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>Jienastanlihppu %1 biddjojuvvui eret. Mihkkege ii siegaluvvon. Čále dan ođđasis álgus.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Válljemat: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not on this sheet</source>
        <translation>ii dán jienastanlihpus</translation>
    </message>
    <message>
        <source>spoiled sheet</source>
        <translation>billistuvvon lihppu</translation>
    </message>
    <message>
        <source>no choice marked</source>
        <translation>ii mihkkege merkejuvvon</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>Vuosttaš čállin</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Nubbi čállin</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>Čállin 1: čále lihpu nugo dat lea deavdojuvvon. Nubbi bargi čállá dan ođđasis; dat siegaluvvo dušše go goappašat čállimat leat ovttaláganat.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>Čállin 2: čále lihpu ieš. Don it oainne čállima 1.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Válljemat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Guovlu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Giella</translation>
    </message>
    <message>
        <source>Personnummer or code</source>
        <translation>Riegádannummir dahje koda</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Čállin 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Čállin 2</translation>
    </message>
    <message>
        <source>Entry 1 is right</source>
        <translation>Čállin 1 lea riekta</translation>
    </message>
    <message>
        <source>Entry 2 is right</source>
        <translation>Čállin 2 lea riekta</translation>
    </message>
    <message>
        <source>This sheet number has already been keyed and sealed. A sheet is keyed once.</source>
        <translation>Dát lihpu nummir lea juo čállojuvvon ja siegaluvvon. Lihppu čállojuvvo oktii.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>Dát lihppu lea juo čállojuvvon oktii. Dál dat dárbbaša nuppi čállima.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>Dán lihpus ii leat vel vuosttaš čállin. Čále dan vuos čállimin 1.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>Čális lihpu nummira mii lea deaddiluvvon lihppui (dušše loguid).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>Bábirjienat čállojuvvojit go jienasteapmi lea rabas dahje boddosaččat bisánuvvon.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>Dát válga ii identifisere jienasteddjiid. Guođe identitehta guorusin.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>Čális riegádannummira dahje koda govččas.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>Dát olmmoš dahje koda lea juo jienastan dán stašuvnnas.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Merkejuvvon evttohusat mákset eambbo go bušeahtta. Dakkár lihppu ii leat gustovaš: čále dan billistuvvon lihppun.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Eambbo evttohusat leat merkejuvvon go lea lohpi. Dakkár lihppu ii leat gustovaš: čále dan billistuvvon lihppun.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Eambbo čuoggát leat addojuvvon go lea lohpi. Dakkár lihppu ii leat gustovaš: čále dan billistuvvon lihppun.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>Vállje guovllu mii lea deaddiluvvon jienastanlihpu bajimuččas.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>Merkejuvvon: %1 evttohusa, %2 bušeahtas %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>Merkejuvvon: %1 evttohusa</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>Addojuvvon čuoggát: %1 / %2</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Oassi %1/%2: %3</translation>
    </message>
    <message>
        <source>Sheet numbers of this station: %1</source>
        <translation>Dán stašuvnna lihpuid nummirat: %1</translation>
    </message>
    <message>
        <source>no range set (any sheet number is taken)</source>
        <translation>gaska ii leat mearriduvvon (juohke nummir dohkkehuvvo)</translation>
    </message>
    <message>
        <source>Change sheet numbers</source>
        <translation>Rievdat lihpuid nummiriid</translation>
    </message>
    <message>
        <source>Save sheet numbers</source>
        <translation>Vurke lihpuid nummiriid</translation>
    </message>
    <message>
        <source>Sheet numbers, like 1-500 501-600 (empty: any number)</source>
        <translation>Lihpuid nummirat, omd. 1-500 501-600 (guorus: juohke nummir)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>Lihpuid nummirat leat vurkejuvvon.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>Lihpu nummir (deaddiluvvon lihpu bajábeallái)</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Lihpu giella</translation>
    </message>
    <message>
        <source>District printed at the top of the sheet</source>
        <translation>Guovlu mii lea deaddiluvvon jienastanlihpu bajimuččas</translation>
    </message>
    <message>
        <source>Choices marked on the sheet</source>
        <translation>Lihppui merkejuvvon válljemat</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>Billistuvvon lihppu (lohkojuvvo gustohis jietnan)</translation>
    </message>
    <message>
        <source>Personnummer on the envelope</source>
        <translation>Riegádannummir govččas</translation>
    </message>
    <message>
        <source>Voting code on the envelope</source>
        <translation>Jienastankoda govččas</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>Bargiid dilli</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Čále bargiid PIN-koda.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Bargiid PIN-kodu</translation>
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
        <translation>Ruovttoluotta jienasteapmái</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Dárkkisteamen…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sáhtát dál geahččalit fas.</translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation>Jienasteapmi</translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation>Rabas jienasteami</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Bisset</translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation>Joatkke jienasteami</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>Gidde jienasteami</translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation>Rabatgo jienasteami dál? Nullaraporta ráhkaduvvo ja vurkejuvvo PDF:n.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>Bissetgo jienasteami? Ii oktage sáhte álgit jienastit ovdal go joatkkát. Jienasteaddji guhte lea juo álgán, sáhttá gárvvistit.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>Joatkágo jienasteami?</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>Giddetgo jienasteami? Dan maŋŋá ii oktage sáhte jienastit. Loahpparaporta ráhkaduvvo ja vurkejuvvo PDF:n.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>Dán válgga jienastanáigi álgá %1. Dat ii leat vel álgán. Rabas jienasteami dušše jus válgaeiseváldi lea dadjan dutnje.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>Dán válgga jienastanáigi nogai %1. Rabas jienasteami dušše jus válgaeiseváldi lea dadjan dutnje.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>Stašuvdna lea GEAHČČALANDILIS: dát jienat leat geahččalanjienat.</translation>
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
        <translation>Vurkejuvvon PDF:n: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>Raporta ii sáhttán vurkejuvvot PDF:n. Čále dáid loguid muitui.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>Jienasteapmi lea RABAS. Jienasteaddjit sáhttet jienastit.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>Jienasteapmi lea BISSEHUVVON. Ii oktage sáhte álgit jienastit.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>Jienasteapmi lea GIDDEJUVVON.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>Jienasteapmi BISÁNII iešalddis meattáhusa dihte (omd. dievva skearru). Divot sivá, ja joatkke dasto.</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>not recorded</source>
        <translation>ii registrerejuvvon</translation>
    </message>
    <message>
        <source>PASSED %1 · test ballots: %2</source>
        <translation>DOHKKEHUVVON %1 · geahččalanjienat: %2</translation>
    </message>
    <message>
        <source>FAILED %1 · test ballots: %2</source>
        <translation>HYLKKOJUVVON %1 · geahččalanjienat: %2</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Válga</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stašuvdna</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stašuvnna suorbmamearka</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Eiseválddi suorbmamearka</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>Válgapáhka hash (SHA-256)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vuohki</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Jienasteapmi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Áigi</translation>
    </message>
    <message>
        <source>Ballots in the ballot box</source>
        <translation>Jienat jienastanlihtis</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Addojuvvon jienat</translation>
    </message>
    <message>
        <source>Last record hash</source>
        <translation>Maŋimuš merkema hash</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>Dahkkojuvvon sirdimat</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>Sirdekeahtes jienat</translation>
    </message>
    <message>
        <source>Ballots not synced</source>
        <translation>Synkroniserekeahtes jienat</translation>
    </message>
    <message>
        <source>Logic and accuracy test</source>
        <translation>Geahččalanjienaid dárkkisteapmi (L&amp;A)</translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>The station's district</source>
        <translation>Stašuvnna guovlu</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>Dán válggas juohke guovllus lea iežas ruhtavuorká. Jienasteaddjit stašuvnnas mii lea muhtin guovllus jienastit dan guovllu ruhtavuorkká haga jearakeahttá. Gos jienasteaddjit bohtet máŋga guovllus, divtte sin válljet šearpmas.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>Jienasteaddjit válljejit guovllu šearpmas</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Ráhkat stašuvnna</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>Juo, seamma: joatkke</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Guovlu: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>Guovlu: ii makkárge, jienasteaddjit válljejit guovllu šearpmas.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>Stašuvnna ásaheapmi</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Lávki %1 / %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Boahtte</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Vállje válgapáhka</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>Válgaeiseváldi addá dutnje válgapáhka USB-muittus (fiila mii nohká .pkg:in). Bija muittu sisa ja vállje fiilla.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>USB-muittus ii gávdnon válgapáhkka. Bija muittu sisa ja deaddil Oza fas, dahje vállje fiilla ieš.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Vállje fiilla…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Válljejuvvon: %1</translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation>Dárkkis páhka</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Buohtastahte suorbmamearkka</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Válga: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>Páhka vuolláičála lea riekta. Válgaeiseváldi vuolláičálii dan dáinna suorbmamearkkain:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>Leago dat aibbas seamma go suorbmamearka válgaeiseválddi báberis?</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>Čále báberis suorbmamearkka dása (sázut ja gaskkat eai mearkkaš maidege):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>Dat maid čállet ii leat dán páhka suorbmamearka. Dárkkis juohke mearkka báberis.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>Juo, seamma: ráhkat stašuvnna</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>Ii, dat lea earálágan</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>Bisán. Ale geavat dán páhka. Riŋge válgaeiseválddi.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>Gos stašuvdna lea (omd. Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Registrerenohcamuš</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>Stašuvdna lea ráhkaduvvon. Dan suorbmamearka:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>Čále registrerenohcamuša USB-muitui ja atte dan válgaeiseválddi. Sii addet dutnje duođaštusfiilla ruovttoluotta.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>Čále registrerenohcamuša</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Čállojuvvon: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>Válgaeiseválddi duođaštus</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>Bija sisa USB-muittu mas duođaštusfiila lea, ja vállje dan.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>USB-muittus ii gávdnon duođaštusfiila.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>Loga duođaštusa</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>Stašuvdna lea registrerejuvvon.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>Maŋŋelis (jienasteapmi ii sáhte rahpojuvvot ovdal dan)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Bargiid PIN-kodu</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>Vállje PIN-koda maid bargit čállet beassan dihte bargiid dillái: unnimusat 6 nummira, ii álki árvidit. Čále dan guktii.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Ođđa bargiid PIN-kodu</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Seamma PIN-kodu fas</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Bija PIN-koda</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>Stašuvdna lea gárvvis</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>Stašuvdna %1 lea ásahuvvon válgga %2 várás. Rabas jienasteami bargiid dilis go jienasteapmi álgá.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>Stašuvdna ii leat vel registrerejuvvon: loga duođaštusa ovdal go jienasteapmi sáhttá rahpojuvvot (álggat ásaheami ođđasit).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gárvvis</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>Juohkkojuvvon jienastankodaid listu</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>Dán válggas geavahuvvojit jienastankodat. Stašuvdna dohkkeha dušše kodaid mat leat válgaeiseválddi listtus. Bija USB-muittu mas listu lea (issued-codes.json) ja vállje dan.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>USB-muittus ii gávdnon juohkkojuvvon jienastankodaid listu.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>Loga juohkkojuvvon kodaid listtu</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>Juohkkojuvvon jienastankodat maid stašuvdna dohkkeha: %1.</translation>
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
        <translation>bissehuvvon</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>giddejuvvon</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>bisánan meattáhusa dihte</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>GEAHČČALEAPMI</translation>
    </message>
    <message>
        <source>official</source>
        <translation>virggálaš</translation>
    </message>
    <message>
        <source>Station status</source>
        <translation>Stašuvnna dilli</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ođasmahte</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>Stašuvnna suorbmamearkka QR-kodu</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>ii makkárge: jienasteaddjit válljejit guovllu šearpmas</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>Ii: gárvvis stašuvnna ásaheami</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ii goassege</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>Doaibmá. Jietna: %1. Báddejuvvon bihtát: %2. Ii mihkkege: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>Ii doaimma, jienasteaddjiide ii fállojuvvo: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Álggahuvvo…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>SYNTEHTALAŠ SAJIHUVVON BIHTÁT, eai báddejumit: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>Lohkan dieđiha ahte dán stašuvnnas lea riidu: riŋge válgakantuvrii.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Válga</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stašuvdna</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stašuvnna suorbmamearka</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vuohki</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Jienasteapmi</translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation>Jienat odne</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>Jienat oktiibuot</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>Geahččalanjienat</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Ii vel sirdojuvvon</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Ii vel synkroniserejuvvon</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Maŋimuš sirdin</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Guorus skearru</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrerejuvvon</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Eiseválddi suorbmamearka</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Jienalaš lohkan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Guovlu</translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation>Synkroniseren lohkanbálvvain</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>ii mihkkege: sirdde jienaid USB-muitui</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>Ii oktavuohta: bálvá ii leat biddjon</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Ođasmahttojuvvon</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>Vuordá sáddema (ii oktavuohta dahje ii vel sáddejuvvon)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>Jienat bissot álo stašuvnnas, maiddái sáddema maŋŋá. Rievdat bálvá čujuhusa dušše jus válgaeiseváldi dadjá.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>Lohkanbálvá čujuhus</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Vurke čujuhusa</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Vurkejuvvon.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Bálvá</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Dilli</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>Jienat mat vurdet sáddema</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Maŋimuš lihkostuvvan synkroniseren</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>Jienasteaddji šearpmas</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>Dán bargiidpanelii ii leat jienasteaddjišearbma čatnon.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>Dárkkis jienasteaddji identitehta ja ahte son ii leat vel jienastan. Raba dasto: jienasteaddji joatká šearpmas.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>Raba jienasteami dán jienasteaddjái</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>Šluhtte jienasteaddji jienastanbottu</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>Šluhttet loahpaha bottu šearpmas. Jienasteaddji válljemat sihkkojuvvojit iige jietna addojuvvo.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>Šluhttetgo jienasteaddji bottu? Válljemat sihkkojuvvojit iige jietna addojuvvo.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>Bottu šluhttejuvvui. Šearbma čájeha fas álgosiiddu.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>Ii oktage jienas dál.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>Jienasteaddji vuordá ahte bargi raba jienasteami.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>Jienasteaddji lea álgán jienastit.</translation>
    </message>
</context>
</TS>
