<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sma_SE" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "sma". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>Heannadimmielogge</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>Fïerhten jorkesimmie stasjovnesne, orremes voestegh. Ij gåessie gænnah naan mij guktie giej gïelem vedtieh.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Heannadimmielogken tjaalegh, orremes voestegh</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>Sertieh heannadimmielogkem (vuelielähkoeh tjaaleldh)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>Riejries. Tjaaleldh: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Stasjovne sjugniedamme</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>Stasjovnen tjoevtenje sjugniedamme</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>Veeljemepaahka vaalteme</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Tjaalasovmesohtsemem tjaaleme</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Stasjovne tjaalasovvi</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>Veeljeme rahpasovvi</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>Veeljeme boetskeme</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>Veeljeme jåarhka</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>Veeljeme boetski miedtelmen gaavhtan</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Veeljeme steegkesovvi</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>Veeljije aelki</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>Veeljije orreji gïelem vedtije</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>Barkije veeljemem veeljijasse rihpi</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Heannadimmielogke sertiedamme</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Gïele vadteme</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>Sertiemefijle tjaaleme</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Vuekie jorkesovvi</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>Pryövemegïelh jaamhpesovvi</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>Barkije sïjse tjaali</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>Båajhtode barkiji PIN-kode</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>Barkije ålkoe tjaali</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Barkiji PIN-kode bïejeme</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>Ryöknemedaatovre gïelh dåastoeji</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>Ryöknemedaatovren aadresse bïejeme</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>Ryöknemisnie bieljelde dan stasjovnen bïjre naakede ovmessie</translation>
    </message>
    <message>
        <source>Logic and accuracy test result recorded</source>
        <translation>Pryövemegïeli illedahke registreradamme</translation>
    </message>
    <message>
        <source>Paper ballot sheet numbers set</source>
        <translation>Paehpiertjaalegi nummerh bïejesovveme</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation>Barkeminie…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jaa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bååstede</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Heaptoehtidh</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>Fer jïjnje båajhtode PIN-koden. Vuertieh %1 sekundh.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>Veelj USB-minniem jallh maahpam voestegh.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>Stasjovne ij maehtieh aelkedh</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>Naakede ij sjyöhtehke. Ij mij jorkesovveme. Bïevnesh stasjovnen logkesne.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>Stasjovne daam laejhti (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Båajhtode PIN-kode. Pryövemh mah baetsieh åvtelen vuertiemem: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>Ij barkiji PIN-kode daan stasjovnesne. Tseegkh stasjovnem voestegh.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>Barkiji PIN-kodesne ajve taalh.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>Barkiji PIN-kodesne byöroe unnemes %1 taalh.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>Daate PIN-kode lea fer aelhkie årrodh (goh 123456, 111111 jallh 121212). Veelj jeatjahem.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Göökte PIN-koden eah seamma. Tjaelieh dejtie vihth.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>USB-minnie lea dievhtie. Ij mij sertiedamme. Nuhtjh jeatjah minniem jallh eevre sijjiem darjoeh.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>USB-minnese ij maehtieh tjaeledh (ajve lohkedh jallh steegkesovveme). Ij mij sertiedamme.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>USB-minnie lea gaarvanamme (lij ålkoe gåhkasovveme?). Ij mij sertiedamme. Bïejh dam bååstede jïh pryöveh vihth.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>Fijlem ij maehtieh USB-minnese tjaeledh. Ij mij sertiedamme. Pryöveh jeatjah minniem.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>Fijle mij minneste bååstede lohkeme lea jeatjah goh mij tjaaleme. Minnie maahta mårhkelovveme: nuhtjh jeatjahem.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>Stasjovne ij annje tjaalasovveme, dan åvteste ij maehtieh sertiedh. Galhkuehth stasjovnen tseegkemem.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>Stasjovne ij annje tjaalasovveme: veeljeme ij maehtieh rahpasovvedh. Galhkuehth stasjovnen tseegkemem.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>Daan staasjovnen pryövemegïeli goerehtimmie (L&amp;A) idtji lyjhkesth, dan åvteste veeljeme ij maehtieh rahpasovvedh. Målsoeh pryövemevuakan, vedtieh pryövemegïelh vihth jïh vöörhkh dåhkasjimmien illedahkem.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>Veeljeme ij maehtieh daelie nemhtie jorkesovvedh (dihte lea %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>Steegkh veeljemem voestegh.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>Veeljeme ij leah råps.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>Dihte veeljemeboelhke lea joe orreme.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>Tjaalege %1 ij daan stasjovnen tjaalegidie govlesh (%2). Dïhte maahta mubpie stasjovnen tjuhposte båetedh, jallh nummere lea båajhtode tjaalasovveme. Ij mij vöörhkesovveme.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>”%1” ij leah nummeregaskem. Tjaelieh voestes jïh minngemes nummerem, vuesiehtimmien gaavhtan 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>Nummerh %1 jïh %2 gåajkoehtieh. Vedtieh fierhten nummerem ajve akte aejkien.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>Tjaalegh mah joe daesnie tjaalasovveme jïh eah gaskesne %1: %2. Ij mij jarkelamme. Vedtieh nummerh mah dejtie feerhmieh.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>Daatovren aadresse http:// jallh https:// aelkie.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>Stasjovnen diske lea dievhtie. Veeljeme lea boetskeme. Eevre sijjiem darjoeh, dellie jåarhkh.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>Daennie maahpesne joe stasjovne.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>Daennie maahpesne ij annje stasjovne.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>Stasjovnen maahpe lea tjaeliemevaarjelamme, dan åvteste daate stasjovne ij maehtieh gïelh vöörhkedh. Ij mij jorkesovveme. Veeljemekontovrem gihtjh maahpam tjaeliemasse darjodh.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>Veeljemepaahkam ij maehtieh lohkedh.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>Veeljemepaahkan fijle ij daesnie.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>Veeljemepaahka lea mårhkelovveme jallh jorkesovveme. Aellieh dam nuhtjh.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>Daate fijle ij leah Röstkiosk-veeljemepaahka.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>Veeljemepaahka ij leah vuelielähkoeh tjaaleldh. Aellieh dam nuhtjh.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>Veeljemepaahkan vuelielähkoe ij sisvegasse sjyöhtehke. Aellieh dam nuhtjh.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>Veeljemepaahkam jeatjah åejvie vuelielähkoeh tjaaleme goh vuartesji. Aellieh dam nuhtjh.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>Veeljemepaahka laejhtasovvi: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>Vadtasovveme veeljemekoodi lïstoe ij dåhkasjamme: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>Daate ij leah lohkehke sertifikaatefijle.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>Sertifikaate ij leah daan veeljemen åejviste vuelielähkoeh tjaaleldh. Aellieh dam nuhtjh.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>Sertifikaate jeatjah veeljemasse.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>Sertifikaate jeatjah stasjovnese govlesje.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>Sertifikaatefijlesne ij naan tjåanghkan-åvtoe. Gihtjh veeljemefaamoem stasjovnem vihth sertifiseeredh daejnie versjovnine.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>Sertifikaatefijlen tjåanghkan-åvtoem ij maehtieh daennie stasjovnesne nuhtjedh. Gihtjh veeljemefaamoste rïektes fijlem.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>Sertieh USB-minnese</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>Bïejh USB-minniem stasjovnese jïh veelj dam. Sertiemefijle lea vuelielähkoeh tjaaleldh. Stasjovne dam bååstede lohkeme jïh gïehtjede åvtelen jeahta riejries. Mij gænnah ij stasjovneste jaamhpesåvva.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>Ij USB-minnie gååvnesh. Bïejh aktem sïjse, dellie deedtieh Ohtsh vihth.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 MB eevre)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (ajve lohkedh)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Ohtsh vihth</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Jeatjah maahpa…</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>Veelj maahpam gusnie sertiedh</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>Sertieh orre gïelh</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>Sertieh gaajhkh gïelh</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>Sertiemisnie… Aellieh minniem väljeh.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>Ij mij orre sertiedh: gaajhkh gïelh leah joe sertiedamme. Nuhtjh "Sertieh gaajhkh gïelh" jis abpe kopijem daarpesjh.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>Riejries. Tjaaleldh, bååstede lohkeme jïh gïehtjeldamme: %1. Daelie maahtah minniem väljedh.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Sertiemen åvtese</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation>Pryövemevuekie</translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation>Stasjovne ÅEJVIEVUEKESNE. Gïelh ryöknesuvvieh.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>Stasjovne PRYÖVEMEVUEKESNE. Pryövemegïelh sjïere vöörhkesuvvieh jïh ij gåessie ryöknesuvvieh.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>Nuhtjh pryövemevuekiem åvtelen veeljeme rahpasåvva, vuartasjidh veeljeme barka. Pryövemegïelh pryövemisnie mïerhkesuvvieh jïh jaamhpesuvvieh gosse åejvievuekien gåajkoe jorkh.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>Jorkh pryövemevuekien gåajkoe</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>Jorkh åejvievuekien gåajkoe</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>Pryövemevuekien gåajkoe jorkedh? Gïelh daelie raejeste leah pryövemegïelh.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>Åejvievuekien gåajkoe jorkedh?</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>Gaajhkh pryövemegïelh (%1) jaamhpesuvvieh. Ij maehtieh bååstede vaeltedh.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>Åejvievuekie. Jaamhpesovveme pryövemegïelh: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>Pryövemevuekie lea åtnosne.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>Steegkh veeljemem åvtelen vuekiem jorkah.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>Barkiji vuekie – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Vaedtsieh barkiji vuekeste</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>PRYÖVEMEVUEKIE – gïelh mah daelie vadteme leah pryövemegïelh jïh ij gåessie ryöknesuvvieh</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Veeljeme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Vuekie</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Sertieh USB-minnese</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>Viehkie veeljijidie</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Paehperegïelh</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Heannadimmieh</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisere</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Pryövemevuekie</translation>
    </message>
</context>
<context>
    <name>StaffPaper</name>
    <message>
        <source>Paper ballots</source>
        <translation>Paehperegïelh</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Vöörhkh daam tjaalegem</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>Vuarta mubpie tjaalegem: %1. Vuarta goalmede vuajnoem: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ij gåabph</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>Veeljemetjaalege %1: tjaalege 1 vöörhkesovveme. Daelie mubpie barkije dam tjaaleginie 2 tjaala.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>Veeljemetjaalege %1: tjaalegh seamma. Paehperegïele lea gaptjasovveme.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>Veeljemetjaalege %1: göökte tjaalegh jeatjah. Ij mij gaptjasovveme. Vuartesjh paehperetjaalegem: mij tjaalege riekte?</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Veeljemetjaalege %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>Ij gåabpagh: bïejh tjaalegem bæjjese</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>Veeljemetjaalege %1 bæjjese bïejesovvi. Ij mij gaptjasovveme. Tjaelieh dam orre aalkovistie.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Veeljemh: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not on this sheet</source>
        <translation>ij daennie veeljemetjaalegisnie</translation>
    </message>
    <message>
        <source>spoiled sheet</source>
        <translation>skaaloeh tjaalege</translation>
    </message>
    <message>
        <source>no choice marked</source>
        <translation>ij mij vuesiehtamme</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>Voestes tjaalege</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Mubpie tjaalege</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>Tjaalege 1: tjaelieh tjaalegem guktie dïevhtesovveme. Mubpie barkije dam orre tjaala; gaptjasåvva ajve gosse göökte tjaalegh seamma.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>Tjaalege 2: tjaelieh tjaalegem jïjtje. Datne tjaalegem 1 ih vuejnieh.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Veeljemh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dajve</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gïele</translation>
    </message>
    <message>
        <source>Personnummer or code</source>
        <translation>Persovnenummere jallh koode</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Tjaalege 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Tjaalege 2</translation>
    </message>
    <message>
        <source>Entry 1 is right</source>
        <translation>Tjaalege 1 riekte</translation>
    </message>
    <message>
        <source>Entry 2 is right</source>
        <translation>Tjaalege 2 riekte</translation>
    </message>
    <message>
        <source>This sheet number has already been keyed and sealed. A sheet is keyed once.</source>
        <translation>Daate tjaalegenummere lea joe tjaalasovveme jïh gaptjasovveme. Tjaalege akte aejkien tjaalasåvva.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>Daate tjaalege lea joe akte aejkien tjaalasovveme. Daelie mubpie tjaalegem daarpesje.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>Daan tjaalegen ij leah voestes tjaalege. Tjaelieh dam voestegh tjaaleginie 1.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>Tjaelieh tjaalegenummerem mij tjaalegasse prientesovveme (ajve låhkoeh).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>Paehperegïelh tjaalasuvvieh gosse veeljeme lea rïhpes jallh tjåadtjoehtamme.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>Daate veeljeme ij veeljijidie identifiseerh. Baajh identiteetem gåaroes.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>Tjaelieh persovnenummerem jallh koodem konvoluhteste.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>Daate almetje jallh koode lea joe daennie stasjovnesne veeljeme.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Vuesiehtamme raeriehtimmieh jeenjebe åassoeh goh budsjedte. Dagkeres tjaalege ij leah gustoes: tjaelieh dam goh skaaloeh.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Jeenjebh raeriehtimmieh vuesiehtamme goh luhpie. Dagkeres tjaalege ij leah gustoes: tjaelieh dam goh skaaloeh.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>Jeenjebh poengh vadtasovveme goh luhpie. Dagkeres tjaalege ij leah gustoes: tjaelieh dam goh skaaloeh.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>Veeljh dajvem mij veeljemetjaalegen bijjemes lea prientesovveme.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>Vuesiehtamme: %1 raeriehtimmieh, %2 budsjedteste %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>Vuesiehtamme: %1 raeriehtimmieh</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>Vadtasovveme poengh: %1 / %2</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Bielie %1/%2: %3</translation>
    </message>
    <message>
        <source>Sheet numbers of this station: %1</source>
        <translation>Daan stasjovnen tjaalegenummerh: %1</translation>
    </message>
    <message>
        <source>no range set (any sheet number is taken)</source>
        <translation>ij naan gaskem bïejesovveme (gaajhkh nummerh dåhkasjuvvieh)</translation>
    </message>
    <message>
        <source>Change sheet numbers</source>
        <translation>Jarkelh tjaalegenummeridie</translation>
    </message>
    <message>
        <source>Save sheet numbers</source>
        <translation>Vöörhkh tjaalegenummeridie</translation>
    </message>
    <message>
        <source>Sheet numbers, like 1-500 501-600 (empty: any number)</source>
        <translation>Tjaalegenummerh, vuesiehtimmien gaavhtan 1-500 501-600 (gåaroes: gaajhkh nummerh)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>Tjaalegenummerh vöörhkesovveme.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>Tjaalegenummere (prientesovveme tjaalegen bijjemes)</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Tjaalegen gïele</translation>
    </message>
    <message>
        <source>District printed at the top of the sheet</source>
        <translation>Dajve mij veeljemetjaalegen bijjemes lea prientesovveme</translation>
    </message>
    <message>
        <source>Choices marked on the sheet</source>
        <translation>Tjaalegasse vuesiehtamme veeljemh</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>Skaaloeh tjaalege (ij gustoes)</translation>
    </message>
    <message>
        <source>Personnummer on the envelope</source>
        <translation>Persovnenummere konvoluhtesne</translation>
    </message>
    <message>
        <source>Voting code on the envelope</source>
        <translation>Veeljemekoode konvoluhtesne</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>Barkiji vuekie</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Tjaelieh barkiji PIN-koden.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Barkiji PIN-kode</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Jaamhpestidh</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Bååstede veeljemasse</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Gïehtjedeminie…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Daelie maahtah vihth pryövedh.</translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation>Veeljeme</translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation>Rihpesth veeljemem</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Boetskh</translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation>Jåarhkh veeljemem</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>Steegkh veeljemem</translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation>Veeljemem daelie rihpesth? Nollereektehtse sjugniedåvva jïh PDF:ine vöörhkesåvva.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>Veeljemem boetskedh? Ij guhte veeljemem aelkedh åvtelen datne jåarhkah. Veeljije guhte joe aelkeme maahta galhkuehtidh.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>Veeljemem jåarhkedh?</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>Veeljemem steegkedh? Dan mænngan ij guhte veeljedh. Minngemes reektehtse sjugniedåvva jïh PDF:ine vöörhkesåvva.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>Daan veeljemen veeljemeboelhke %1 aelkie. Ij annje aelkeme. Ajve rihpesth jis veeljemeåejvie dutnjan jeahteme.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>Daan veeljemen veeljemeboelhke %1 orrijis. Ajve rihpesth jis veeljemeåejvie dutnjan jeahteme.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>Stasjovne PRYÖVEMEVUEKESNE: daah gïelh leah pryövemegïelh.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>Nollereektehtse</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Minngemes reektehtse</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>PDF:ine vöörhkeme: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>Reektehtsem ij maehtieh PDF:ine vöörhkedh. Tjaelieh taalh mah daesnie vuesiehtuvvieh.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>Veeljeme lea RÅPS. Veeljijh maehtieh veeljedh.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>Veeljeme lea BOETSKEME. Ij guhte maehtieh veeljemem aelkedh.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>Veeljeme lea STEEGKESOVVEME.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>Veeljeme BOETSKI jïjtse miedtelmen gaavhtan (vuesiehtimmien gaavhtan eevre dievhtie diske). Dåeriesth aamhtesem, dellie jåarhkh.</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>not recorded</source>
        <translation>ij registreradamme</translation>
    </message>
    <message>
        <source>PASSED %1 · test ballots: %2</source>
        <translation>DÅHKASJAMME %1 · pryövemegïelh: %2</translation>
    </message>
    <message>
        <source>FAILED %1 · test ballots: %2</source>
        <translation>HEAJMOEHTAMME %1 · pryövemegïelh: %2</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Veeljeme</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasjovne</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stasjovnen soermemïerhke</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Åejvien soermemïerhke</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>Veeljemepaahkan hash (SHA-256)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vuekie</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Veeljeme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tïjje</translation>
    </message>
    <message>
        <source>Ballots in the ballot box</source>
        <translation>Gïelh veeljemegåetesne</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Vadteme gïelh</translation>
    </message>
    <message>
        <source>Last record hash</source>
        <translation>Minngemes tjaalegen hash</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>Dorjeme sertiemh</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>Ij sertiedamme gïelh</translation>
    </message>
    <message>
        <source>Ballots not synced</source>
        <translation>Ij synkroniseradamme gïelh</translation>
    </message>
    <message>
        <source>Logic and accuracy test</source>
        <translation>Pryövemegïeli goerehtimmie (L&amp;A)</translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>The station's district</source>
        <translation>Stasjovnen dajve</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>Daennie veeljemisnie fierhten dajvese jijtje beetnegevåarhkoe. Veeljijh stasjovnesne mij dajvesne tjåådtje, dan dajven våarhkose veeljieh gyhtjelassh namhtah. Gusnie veeljijh gellie dajvijste båetieh, baajh dah skreenesne veeljieh.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>Veeljijh sijjen dajvem skreenesne veeljieh</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Sjugniedh stasjovnem</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>Jaa, seamma: vijrebe</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Dajve: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>Dajve: ij gie, veeljijh sijjen dajvem skreenesne veeljieh.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>Stasjovnen tseegkeme</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Lihtse %1 / %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Mubpie</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Veelj veeljemepaahkam</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>Veeljemeåejvie dutnjan veeljemepaahkam USB-minnesne vadta (fijle mij .pkg:ine orrije). Bïejh minniem sïjse jïh veelj fijlem.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>Ij veeljemepaahka USB-minnesne gååvnesh. Bïejh minniem sïjse jïh deedtieh Ohtsh vihth, jallh veelj fijlem jïjtje.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Veelj fijlem…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Veeljeme: %1</translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation>Gïehtjedh paahkam</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Viertiestidh soermemïerhkem</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Veeljeme: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>Paahkan vuelielähkoe lea reaktoe. Veeljemeåejvie dam daejnie soermemïerhkine vuelielähkoeh tjaali:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>Lea seamma goh soermemïerhke veeljemeåejvien påhperisnie?</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>Tjaelieh suermiemierhkem paehperistie daesnie (sáahkoe jïh gaskoeh eah leah vihkeles):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>Dïhte maam tjaelih ij leah daan paahkan suermiemierhkie. Gïehtjh fïerhten bokstaavem paehperen vööste.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>Jaa, seamma: sjugniedh stasjovnem</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>Ij, jeatjah</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>Orrijh. Aellieh daam paahkam nuhtjh. Ringkh veeljemeåejvide.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>Gusnie stasjovne tjåådtje (vuesiehtimmien gaavhtan Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Tjaalasovmesohtseme</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>Stasjovne lea sjugniedamme. Dan soermemïerhke:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>Tjaelieh tjaalasovmesohtsemem USB-minnese jïh vedtieh veeljemeåejvide. Dah dutnjan sertifikaatefijlem bååstede vedtieh.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>Tjaelieh tjaalasovmesohtsemem</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Tjaaleldh: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>Veeljemeåejvien sertifikaate</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>Bïejh USB-minniem gusnie sertifikaatefijle sïjse jïh veelj dam.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>Ij sertifikaatefijle USB-minnesne gååvnesh.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>Lohkh sertifikaatem</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>Stasjovne lea tjaalasovveme.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>Mænngan (veeljeme ij maehtieh rahpasovvedh åvtelen daam)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Barkiji PIN-kode</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>Veelj PIN-koden maam barkijh tjaelieh juktie barkiji vuekien gåajkoe båetedh: unnemes 6 taalh, ij aelhkie årrodh. Tjaelieh dam göökten aejkien.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Orre barkiji PIN-kode</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Seamma PIN-kode vihth</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Bïejh PIN-koden</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>Stasjovne lea riejries</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>Stasjovne %1 lea tseegkesovveme veeljemasse %2. Rihpesth veeljemem barkiji vuekesne gosse veeljeme aelkie.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>Stasjovne ij annje tjaalasovveme: lohkh sertifikaatem åvtelen veeljeme maahta rahpasovvedh (aelkieh tseegkemem vihth).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Galhkuehtidh</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>Vadtasovveme veeljemekoodi lïstoe</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>Daennie veeljemisnie veeljemekoodh nuhtjesuvvieh. Staasjovne ajve dejtie koodide dåhkasje mah veeljemeåejvieladtji lïstosne. Bïejh USB-minniem lïstojne (issued-codes.json) jïh veelj dam.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>Ij naan vadtasovveme veeljemekoodi lïstoe USB-minnesne gaavnesovveme.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>Lohkh vadtasovveme koodi lïstoem</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>Vadtasovveme veeljemekoodh mejtie staasjovne dåhkasje: %1.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>open</source>
        <translation>råps</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>boetskeme</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>steegkesovveme</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>boetskeme miedtelmen gaavhtan</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>PRYÖVEME</translation>
    </message>
    <message>
        <source>official</source>
        <translation>åejvie</translation>
    </message>
    <message>
        <source>Station status</source>
        <translation>Stasjovnen vuekie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Orrestidh</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>Stasjovnen soermemïerhken QR-kode</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>ij gie: veeljijh sijjen dajvem skreenesne veeljieh</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>Ij: galhkuehth stasjovnen tseegkemem</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ij gåessie</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>Barka. Gïele: %1. Baddedamme bïhkedh: %2. Ij mej: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>Ij barkh, veeljijidie ij faalesovvh: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Aalkoe…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>SYNTEETEN SAJHTEBÏHKEDH, ij baddedimmieh: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>Ryöknemisnie bieljelde dan stasjovnen bïjre naakede ovmessie: tjoejkedh veeljemekontovrese.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Veeljeme</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasjovne</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Stasjovnen soermemïerhke</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vuekie</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Veeljeme</translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation>Gïelh daan biejjien</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>Gïelh abpe</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>Pryövemegïelh</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Ij annje sertiedamme</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Ij annje synkroniseradamme</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Minngemes sertieme</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Eevre diske</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Tjaalasovveme</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Åejvien soermemïerhke</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Jienesne lohkedh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dajve</translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation>Ryöknemedaatovrine synkroniseradidh</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>ij mij: sertieh gïelh USB-minnese</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>Ij ektiedimmie: ij daatovre bïejeme</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Orrestamme</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>Vaarta seedtemem (ij ektiedimmie jallh ij annje seedteme)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>Gïelh iktesth stasjovnesne baetsieh, aaj seedtemen mænngan. Ajve daatovren aadressem jorkh jis veeljemeåejvie jeahta.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>Ryöknemedaatovren aadresse</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Vöörhkh aadressem</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Vöörhkeme.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Daatovre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vuekie</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>Gïelh mah seedtemem vaertieh</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Minngemes lihkestovveme synkroniseradimmie</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>Veeljije skäarmesne</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>Ij veeljijeskäarme daan barkijepaneelese ektiedamme.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>Gïehtjedh veeljijen identiteetem jïh ahte ij annje veeljeme. Dellie rihpesth: veeljije skäarmesne jåarhka.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>Rihpesth veeljemem daan veeljijasse</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>Heaptoeh veeljijen boelhkem</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>Heaptoeh boelhkem skäarmesne galhkuehtåvva. Veeljijen veeljemh jaamhpesuvvieh jïh ij gïele vadteme.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>Veeljijen boelhkem heaptoehtidh? Veeljemh jaamhpesuvvieh jïh ij gïele vadteme.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>Boelhke heaptoehtamme. Skäarme vihth aalkoebieliem vuesehte.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>Ij guhte daelie veeljie.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>Veeljije vaarta barkije veeljemem rihpesje.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>Veeljije lea veeljemem aelkeme.</translation>
    </message>
</context>
</TS>
