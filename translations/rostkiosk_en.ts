<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "en". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(shown in Swedish)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(shown in English)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(shown in Finnish)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(not available in your language)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>Back to all proposals</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</source>
        <translation>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Largest text</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Normal colours</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Read the screen aloud</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>For the möjliggörare</translation>
    </message>
    <message>
        <source>A möjliggörare is helping me</source>
        <translation>A möjliggörare is helping me</translation>
    </message>
    <message>
        <source>Show a second language:</source>
        <translation>Show a second language:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>No second language</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>More time before the screen clears</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Stop and clear my choices</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Close help</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>Dark text on cream</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>You have %1. Choose the proposals you want until the money runs out.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Use at least %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Choose the proposals you like best. The most you can choose: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>The fewest you must choose: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>You can change your choices until you confirm your vote. Nobody can see what you vote for.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Show the proposals</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>A proposal needs at least %1 votes to be carried out.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>A proposal needs at least %1 points to be carried out.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>A proposal needs votes from at least %1 % of the voters to be carried out.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>The more a proposal costs, the more voters must choose it for it to be carried out.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>Your personal identity number</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Your voting code</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Type the code from your letter, or hold the QR code in front of the scanner.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Voting code</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Please wait a moment</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>A member of staff will come and unlock the voting for you.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>Seconds left: %1. Then your choices are cleared.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Something went wrong. Please ask staff for help.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>A personal identity number has 10 or 12 digits, for example 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>The number does not seem right. Please check the digits and try again.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>The number does not contain a real date of birth. Please check it.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>You are too young to vote in this election. Age limit: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>This voting code is not valid for this election. Please check it.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>A member of staff must unlock the voting first.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Please identify yourself first.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Voting is not open right now. Please ask staff.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Your voting session has ended. Please start again.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Choose more proposals. The fewest allowed: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>Too many proposals are chosen. The most allowed: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Your choices cost more than the budget. Remove something.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Use at least %1 of the budget.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>You have given more points than you have. Remove some points.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>Too many points for one proposal. The most allowed: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Your vote could not be saved. Please ask staff for help. Nothing was saved.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Does not fit: %1 too much. Remove something first.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>You have chosen as many as you can (%1). Remove one first.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>No points left. Take a point from another proposal first.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>This proposal has the most points it can get: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>You have chosen this.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>Left: %1 of %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>Chosen: %1 of %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>Points left: %1 of %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>Chosen for %1 — %2 left</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>Points given: %1 — %2 left</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Sorry</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>All proposals</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Review my vote</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Read more</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>No more choices</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>You chose this</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>Your points: %1</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Add a point</translation>
    </message>
    <message>
        <source>Take away a point</source>
        <translation>Take away a point</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Costs %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Choose at least one proposal first.</source>
        <translation>Choose at least one proposal first.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>Give at least one point first.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>Thank you, your vote is saved</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Your tracking code:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>TEST VOTE: this vote will not be counted.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>This screen closes by itself. Seconds left: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Check your code at %1 from %2. The QR code opens that page with your code filled in.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check your vote</source>
        <translation>Check your vote</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>You have not chosen any proposals. You can still cast your vote, or go back and choose.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Change my choices</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Cast my vote</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Saving your vote…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Change language. Now: %1</source>
        <translation>Change language. Now: %1</translation>
    </message>
    <message>
        <source>TEST MODE: votes are not counted</source>
        <translation>TEST MODE: votes are not counted</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Tap here to vote</source>
        <translation>Tap here to vote</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>Here you can vote on ideas for your area.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this kiosk in this language.</source>
        <translation>Read-aloud is not available on this kiosk in this language.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>%1 kronor</source>
        <translation>%1 kronor</translation>
    </message>
</context>
<context>
    <name>Pots</name>
    <message>
        <source>Which district do you live in?</source>
        <translation>Which district do you live in?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</translation>
    </message>
    <message>
        <source>Part %1 of %2:</source>
        <translation>Part %1 of %2:</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Next part</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>Change my district</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>Audio ballot</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Audio ballot. Plug headphones into the kiosk, then press Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 of %2.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Audio ballot in progress. The screen is covered.</source>
        <translation>Audio ballot in progress. The screen is covered.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>The screen is shown.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>A few optional questions</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Skip and cast my vote</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
</context>
</TS>
