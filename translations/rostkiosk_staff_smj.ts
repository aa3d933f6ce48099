<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="smj_SE" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "smj". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>Station set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
