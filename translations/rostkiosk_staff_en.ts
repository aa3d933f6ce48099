<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "en". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>Every change on the station, newest first. It never holds anything about how someone voted.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Audit log entries, newest first</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>Export the audit log (signed)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>Done. Written: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>Station created</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>Station key made</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>Election package loaded</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>Enrolment request written</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>Station enrolled</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>Polls opened</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>Polls paused</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>Polls resumed</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>Voting stopped by a fault</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Polls closed</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>Voter session started</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>Voter session ended without a ballot</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>Voter session unlocked by staff</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Ballot cast</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>Export file written</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Mode changed</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>Test ballots wiped</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>Staff logged in</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>Wrong staff PIN</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>Staff logged out</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>Staff PIN set</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>Ballots received by the tally server</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>Tally server address set</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>The tally reports a conflict for this station</translation>
    </message>
    <message>
        <source>Logic and accuracy test result recorded</source>
        <translation>Logic and accuracy test result recorded</translation>
    </message>
    <message>
        <source>Paper ballot sheet numbers set</source>
        <translation>Paper ballot sheet numbers set</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>Too many wrong PINs. Wait %1 seconds.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>Choose a USB stick or folder first.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>The station cannot start</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>The station refused this (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Wrong PIN. Tries left before a wait: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>No staff PIN is set on this station. Run the station set-up first.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>A staff PIN has digits only.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>A staff PIN needs at least %1 digits.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>The two PINs are not the same. Type them again.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>The USB stick is full. Nothing was exported. Use another stick or free some space.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>The USB stick cannot be written to (read-only or locked). Nothing was exported.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>The file could not be written to the USB stick. Nothing was exported. Try another stick.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>The station is not enrolled yet, so it cannot export. Finish the station set-up.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>The polls cannot change like that now (they are %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>Close the polls first.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>The polls are not open.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>That voter session has already ended.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>The sheet numbers %1 and %2 overlap. Give each sheet number once.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>A server address starts with http:// or https://.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>The station's disk is full. Voting is suspended. Free some space, then resume.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>This folder already holds a station.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>This folder holds no station yet.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>The election package cannot be read.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>The election package file is not there.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>The election package is damaged or was changed. Do not use it.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>This file is not a Röstkiosk election package.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>The election package is not signed. Do not use it.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>The election package's signature does not match its content. Do not use it.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>The election package is signed by another authority than expected. Do not use it.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>The election package was refused: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>The list of issued voting codes was refused: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>This is not a readable certificate file.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>The certificate is not signed by this election's authority. Do not use it.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>The certificate is for another election.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>The certificate belongs to another station.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>No USB stick found. Put one in, then press Look again.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 MB free)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>Choose the folder to export to</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>Export new ballots</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>Export all ballots</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>Exporting… Do not take out the stick.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>Done. Written, read back and checked: %1. You can take out the stick now.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation>Test mode</translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation>The station is in OFFICIAL mode. Ballots count.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>The station is in TEST mode. Test ballots are kept apart and never counted.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>Switch to test mode</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>Switch to official mode</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>Switch to test mode? Ballots cast from now on are test ballots.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>Switch to official mode?</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>All test ballots (%1) will be wiped. This cannot be undone.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>Official mode. Test ballots wiped: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>Test mode is on.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>Close the polls before you change the mode.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>Staff mode – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>TEST MODE – ballots cast now are test ballots and are never counted</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>Voter support</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Paper ballots</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Test mode</translation>
    </message>
</context>
<context>
    <name>StaffPaper</name>
    <message>
        <source>Paper ballots</source>
        <translation>Paper ballots</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Save this entry</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>Waiting for a second keying: %1. Waiting for a third look: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>Sheet %1: the entries agree. The paper ballot is sealed.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>Neither: set the sheet aside</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Choices: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not on this sheet</source>
        <translation>not on this sheet</translation>
    </message>
    <message>
        <source>spoiled sheet</source>
        <translation>spoiled sheet</translation>
    </message>
    <message>
        <source>no choice marked</source>
        <translation>no choice marked</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>First keying</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Second keying</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>Entry 2: key the sheet yourself. You do not see entry 1.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Personnummer or code</source>
        <translation>Personnummer or code</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <source>Entry 1 is right</source>
        <translation>Entry 1 is right</translation>
    </message>
    <message>
        <source>Entry 2 is right</source>
        <translation>Entry 2 is right</translation>
    </message>
    <message>
        <source>This sheet number has already been keyed and sealed. A sheet is keyed once.</source>
        <translation>This sheet number has already been keyed and sealed. A sheet is keyed once.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>This sheet has been keyed once already. It now needs its second keying.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>This sheet has no first keying yet. Key it as entry 1 first.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>Type the sheet number printed on the sheet (digits only).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>Paper ballots are keyed while the polls are open or paused.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>This election does not identify voters. Leave the identity empty.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>Type the personnummer or code from the envelope.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>This person or code has already voted at this station.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>Choose the district printed at the top of the sheet.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>Marked: %1 proposals, %2 of the budget %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>Marked: %1 proposals</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>Points given: %1 of %2</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>Part %1 of %2: %3</translation>
    </message>
    <message>
        <source>Sheet numbers of this station: %1</source>
        <translation>Sheet numbers of this station: %1</translation>
    </message>
    <message>
        <source>no range set (any sheet number is taken)</source>
        <translation>no range set (any sheet number is taken)</translation>
    </message>
    <message>
        <source>Change sheet numbers</source>
        <translation>Change sheet numbers</translation>
    </message>
    <message>
        <source>Save sheet numbers</source>
        <translation>Save sheet numbers</translation>
    </message>
    <message>
        <source>Sheet numbers, like 1-500 501-600 (empty: any number)</source>
        <translation>Sheet numbers, like 1-500 501-600 (empty: any number)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>Sheet numbers saved.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>Sheet number (printed at the top of the sheet)</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <source>District printed at the top of the sheet</source>
        <translation>District printed at the top of the sheet</translation>
    </message>
    <message>
        <source>Choices marked on the sheet</source>
        <translation>Choices marked on the sheet</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>Spoiled sheet (counted as invalid)</translation>
    </message>
    <message>
        <source>Personnummer on the envelope</source>
        <translation>Personnummer on the envelope</translation>
    </message>
    <message>
        <source>Voting code on the envelope</source>
        <translation>Voting code on the envelope</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Type the staff PIN.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Back to voting</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation>Open the polls</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation>Resume voting</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>Close the polls</translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation>Open the polls now? A zero report is made and saved as PDF.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>Resume voting?</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>The station is in TEST mode: these ballots are test ballots.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>Zero report</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Closing report</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Saved as PDF: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>The report could not be saved as PDF. Write down the numbers shown here.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>The polls are OPEN. Voters can vote.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>The polls are PAUSED. Nobody can start voting.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>The polls are CLOSED.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>PASSED %1 · test ballots: %2</source>
        <translation>PASSED %1 · test ballots: %2</translation>
    </message>
    <message>
        <source>FAILED %1 · test ballots: %2</source>
        <translation>FAILED %1 · test ballots: %2</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Station fingerprint</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Authority fingerprint</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>Election package hash (SHA-256)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ballots in the ballot box</source>
        <translation>Ballots in the ballot box</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Ballots cast</translation>
    </message>
    <message>
        <source>Last record hash</source>
        <translation>Last record hash</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>Exports made</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>Ballots not exported</translation>
    </message>
    <message>
        <source>Ballots not synced</source>
        <translation>Ballots not synced</translation>
    </message>
    <message>
        <source>Logic and accuracy test</source>
        <translation>Logic and accuracy test</translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>The station's district</source>
        <translation>The station's district</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>Voters choose their district on screen</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Create the station</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>Yes, the same: go on</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>District: none, voters choose their district on screen.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>Station set-up</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Choose the election package</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation>Check the package</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Compare the fingerprint</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Election: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>The package's signature is correct. It was signed by the election authority with this fingerprint:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>Is it exactly the same as the fingerprint on the paper from the election authority?</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>Type the fingerprint from the paper here (dashes and spaces do not matter):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>What you typed is not this package's fingerprint. Check every character against the paper.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>Yes, the same: create the station</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>No, it is different</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>Stop. Do not use this package. Call the election authority.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>Where the station stands (for example Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Enrolment request</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>The station is created. Its fingerprint:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>Write the enrolment request</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>Certificate from the election authority</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>Put in the USB stick with the certificate file and choose it.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>No certificate file found on a USB stick.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>Read the certificate</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>The station is enrolled.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>Later (the polls cannot open before this)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>New staff PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>The station is ready</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>List of issued voting codes</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>No list of issued voting codes found on a USB stick.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>Read the list of issued codes</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>Issued voting codes that the station accepts: %1.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>stopped by a fault</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>Station status</source>
        <translation>Station status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>QR code of the station fingerprint</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>none: voters choose their district on screen</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>No: finish the station set-up</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>Not working, voters are not offered it: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>SYNTHETIC PLACEHOLDERS, not recordings: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>The tally reports a conflict for this station: call the election office.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>Station fingerprint</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation>Ballots today</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>Ballots in total</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>Test ballots</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Not yet exported</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Not yet synced</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Disk free</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>Authority fingerprint</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>Read-aloud</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation>Sync with the tally server</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>none: export the ballots to USB</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>Offline: no server is set</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>Waiting to send (offline or not yet sent)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>Tally server address</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Save the address</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>Ballots waiting to be sent</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>Voter on the screen</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>No voter screen is attached to this staff panel.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>Unlock the voting for this voter</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>Void the voter's session</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>Void the voter's session? Their choices are wiped and no ballot is cast.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>The session was voided. The screen shows the welcome page again.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>No voter is voting right now.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>A voter is waiting for staff to unlock the voting.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>A voter has started voting.</translation>
    </message>
</context>
</TS>
