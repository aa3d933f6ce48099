<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "sv-simple". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(texten är på svenska)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(texten är på engelska)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(texten är på finska)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(finns inte på ditt språk)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>Tillbaka till alla förslag</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Det kostar: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs högt för mig</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Bara ett av de här förslagen kan bli av: %1. Du får välja flera av dem. Men bara ett kan bli av.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</source>
        <translation>Fråga en möjliggörare om hjälp. En möjliggörare jobbar här. Hen kan sitta bredvid dig när du röstar.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Hur stor texten är</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Vanlig text</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stor text</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Störst text</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Färger</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Vanliga färger</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tydliga färger</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Läs högt för mig</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>För möjliggöraren</translation>
    </message>
    <message>
        <source>A möjliggörare is helping me</source>
        <translation>En möjliggörare hjälper mig</translation>
    </message>
    <message>
        <source>Show a second language:</source>
        <translation>Visa ett språk till:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Inget språk till</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>Mer tid innan allt försvinner</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Sluta och ta bort mina val</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Stäng hjälpen</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>Mörk text på ljus gul botten</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>Så här gör du</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>Du har %1. Välj de förslag som du vill ha. Du kan välja tills pengarna är slut.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Du måste använda minst %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Välj de förslag som du tycker bäst om. Så många kan du välja: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>Så få måste du välja minst: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Ge poäng till de förslag som du tycker om. Så många poäng har du: %1. Så många poäng kan ett förslag få: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>Du kan ändra dina val ända tills du röstar. Ingen kan se vad du väljer.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Visa förslagen</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>Ett förslag måste få minst %1 röster. Annars blir det inte av.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>Ett förslag måste få minst %1 poäng. Annars blir det inte av.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>Minst %1 av 100 som röstar måste välja förslaget. Annars blir det inte av.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>Ett dyrt förslag måste få fler röster än ett billigt.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Vissa förslag kan inte göras båda två. Bara ett av dem kan bli av. Det står på förslaget.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>Ditt personnummer</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>Skriv ditt personnummer. Det har 10 eller 12 siffror. Vi vill att alla röstar bara en gång. Därför behöver vi numret. Numret sparas inte.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Din kod för att rösta</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Skriv koden som står i ditt brev. Du kan också hålla QR-koden framför läsaren.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vi kollar…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Kod för att rösta</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Vänta lite</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>En person som jobbar här kommer snart. Hen öppnar så att du kan rösta.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>Sekunder kvar: %1. Sedan försvinner dina val.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Jag behöver mer tid</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Gå vidare</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>Välj språk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Något blev fel. Fråga en person som jobbar här.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>Ett personnummer har 10 eller 12 siffror. Det kan se ut så här: 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>Numret är inte rätt. Titta på siffrorna. Försök igen.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>Numret har inte en riktig dag då någon är född. Titta på numret igen.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>Du är för ung för att rösta här. Så gammal måste du vara: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>En kod för att rösta har bokstäver och siffror. Den kan se ut så här: K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>Koden fungerar inte här. Titta på koden igen.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>Någon har redan röstat här med det här numret eller koden. Tror du att det är fel? Fråga en person som jobbar här.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>En person som jobbar här måste öppna först.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Du måste visa vem du är först.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Du kan inte rösta just nu. Fråga en person som jobbar här.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Din tid för att rösta är slut. Börja om från början.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Du måste välja fler förslag. Så många måste du välja: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>Du har valt för många förslag. Så många får du välja: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Dina val kostar för mycket. Ta bort något.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Du måste använda minst %1.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>Du har gett för många poäng. Ta bort några poäng.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>Ett förslag har fått för många poäng. Så många poäng får det ha: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Din röst kunde inte sparas. Fråga en person som jobbar här. Ingenting har sparats.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Pengarna räcker inte. Det saknas %1. Ta bort något först.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>Du har valt så många du får (%1). Ta bort ett förslag först.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>Du har inga poäng kvar. Ta ett poäng från ett annat förslag först.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>Förslaget har fått så många poäng det kan få: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>Du har valt det här.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>Kvar: %1 av %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>Valda: %1 av %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>Poäng kvar: %1 av %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>Valt för %1 – %2 kvar</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>Poäng du gett: %1 – %2 kvar</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Sorry</source>
        <translation>Förlåt</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Börja om</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>Alla förslag</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Titta på min röst</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Läs mer</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Räcker inte</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>Inga fler</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>Du valde det här</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>Dina poäng: %1</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Ge ett poäng till</translation>
    </message>
    <message>
        <source>Take away a point</source>
        <translation>Ta bort ett poäng</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Kostar %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Vald</translation>
    </message>
    <message>
        <source>Choose at least one proposal first.</source>
        <translation>Välj minst ett förslag först.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>Ge minst ett poäng först.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>Tack! Din röst är sparad</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Din kod:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>Med koden kan du se att din röst blev räknad. Koden visar inte vad du röstade på. Du kan ta ett foto av koden.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>DET HÄR ÄR ETT TEST. Rösten räknas inte.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>Skärmen stängs snart. Sekunder kvar: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Du kan kolla din kod på %1. Det går från %2. QR-koden öppnar sidan med din kod.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Du kan kolla din kod på %1. Det går när resultatet är klart. Röstningen slutar %2. QR-koden öppnar sidan med din kod.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>QR-koden har bara din kod. Fråga en person som jobbar här var du kan kolla koden. Det går efter %1.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mer tid</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check your vote</source>
        <translation>Titta på din röst</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>Du har inte valt något förslag. Du kan rösta ändå. Du kan också gå tillbaka och välja.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Allt kostar: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Poäng: %1</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Ändra mina val</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Rösta nu</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Din röst sparas…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Gå vidare</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Change language. Now: %1</source>
        <translation>Byt språk. Nu: %1</translation>
    </message>
    <message>
        <source>TEST MODE: votes are not counted</source>
        <translation>TEST: rösten räknas inte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Tap here to vote</source>
        <translation>Tryck här för att rösta</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>Här kan du rösta på idéer för där du bor.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Vänta lite…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Listen</source>
        <translation>Lyssna</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this kiosk in this language.</source>
        <translation>Här kan datorn inte läsa upp text på det här språket.</translation>
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
        <translation>Var bor du?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>Du röstar två gånger. Först om pengar för hela staden. Sedan om pengar för ditt område. Välj ditt område.</translation>
    </message>
    <message>
        <source>Part %1 of %2:</source>
        <translation>Del %1 av %2:</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Nästa del</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>Byt område</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>Rösta med ljud</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Rösta med ljud. Hör du det här i hörlurar? Tryck då på Enter. Tryck på H om du vill ha hjälp med knapparna.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Rösta med ljud. Sätt i hörlurar i kiosken. Tryck sedan på Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Upp och Ned flyttar. Enter väljer. Backsteg går tillbaka. R säger det igen. Plus och minus ändrar ljudet. Hakparenteserna ändrar farten. B döljer skärmen eller visar den. Med två knappar: Mellanslag går vidare. Enter väljer.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 av %2.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Inte vald</translation>
    </message>
    <message>
        <source>Audio ballot in progress. The screen is covered.</source>
        <translation>Du röstar med ljud. Skärmen är dold.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>Skärmen syns igen.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>Rösten har flera delar. Du röstar i en del i taget. Efter sista förslaget kommer Nästa del. I sista delen kommer Titta på min röst. Där hör du allt du har valt. Backsteg går tillbaka en del.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>Några frågor. Du behöver inte svara.</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>Dina svar läggs i samma kuvert som din röst. Ingen kan se att svaren är dina. Du kan hoppa över frågorna.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Hoppa över. Rösta nu.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Du har valt: %1</translation>
    </message>
</context>
</TS>
