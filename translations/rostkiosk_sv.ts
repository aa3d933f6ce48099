<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "sv". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
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
        <translation>(visas på svenska)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(visas på engelska)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(visas på finska)</translation>
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
        <translation>Kostnad: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>Bara ett av de här förslagen kan genomföras: %1. Du kan ändå välja fler av dem; räkningen genomför högst ett.</translation>
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
        <translation>Be en möjliggörare om hjälp. En möjliggörare arbetar här och kan sitta bredvid dig medan du röstar.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
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
        <translation>Största text</translation>
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
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>Läs upp skärmen</translation>
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
        <translation>Visa ett andra språk:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Inget andra språk</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>Mer tid innan skärmen töms</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>Avbryt och töm mina val</translation>
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
        <translation>Mörk text på krämvit botten</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>Så fungerar det</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>Du har %1. Välj de förslag du vill ha tills pengarna är slut.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>Använd minst %1.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>Välj de förslag du tycker bäst om. Högst antal du kan välja: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>Minst antal du måste välja: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>Ge poäng till de förslag du tycker om. Dina poäng: %1. Flest poäng ett förslag kan få: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>Du kan ändra dina val tills du bekräftar din röst. Ingen kan se vad du röstar på.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>Visa förslagen</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>Ett förslag behöver minst %1 röster för att genomföras.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>Ett förslag behöver minst %1 poäng för att genomföras.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>Ett förslag behöver röster från minst %1 % av väljarna för att genomföras.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>Ju mer ett förslag kostar, desto fler väljare måste välja det för att det ska genomföras.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>Några förslag utesluter varandra: högst ett av dem kan genomföras. Det står på förslaget.</translation>
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
        <translation>Skriv ditt personnummer, 10 eller 12 siffror. Det används bara för att se till att alla röstar en gång. Det sparas inte.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Din röstkod</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>Skriv koden från ditt brev, eller håll QR-koden framför läsaren.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Röstkod</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Vänta en liten stund</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>En funktionär kommer och låser upp röstningen åt dig.</translation>
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
        <translation>Sekunder kvar: %1. Sedan töms dina val.</translation>
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
        <translation>Sudda</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>Välj ditt språk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>Något gick fel. Be en funktionär om hjälp.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>Ett personnummer har 10 eller 12 siffror, till exempel 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>Numret verkar inte stämma. Kontrollera siffrorna och försök igen.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>Numret innehåller inget riktigt födelsedatum. Kontrollera det.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>Du är för ung för att rösta i det här valet. Åldersgräns: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>En röstkod har bokstäver och siffror, till exempel K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>Röstkoden gäller inte i det här valet. Kontrollera den.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>Det här numret eller koden har redan använts för att rösta här. Fråga en funktionär om du tror att det är fel.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>En funktionär måste låsa upp röstningen först.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Identifiera dig först.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>Röstningen är inte öppen just nu. Fråga en funktionär.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>Din röstning har avbrutits. Börja om.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>Välj fler förslag. Minst antal: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>För många förslag är valda. Högst antal: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>Dina val kostar mer än budgeten. Ta bort något.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>Använd minst %1 av budgeten.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>Du har gett fler poäng än du har. Ta bort några poäng.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>För många poäng till ett förslag. Högst antal: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>Din röst kunde inte sparas. Be en funktionär om hjälp. Ingenting sparades.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>Får inte plats: %1 för mycket. Ta bort något först.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>Du har valt så många du kan (%1). Ta bort ett först.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>Inga poäng kvar. Ta först ett poäng från ett annat förslag.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>Förslaget har så många poäng det kan få: %1.</translation>
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
        <translation>Granska min röst</translation>
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
        <translation>Får inte plats</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>Inga fler val</translation>
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
        <translation>Lägg till ett poäng</translation>
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
        <translation>Tack, din röst är sparad</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Din spårningskod:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>Med koden kan du senare kontrollera att din röst räknades. Koden visar inte vad du röstade på. Du kan ta ett foto av den.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>TESTRÖST: den här rösten räknas inte.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>Skärmen stängs av sig själv. Sekunder kvar: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>Kontrollera din kod på %1 från och med %2. QR-koden öppnar sidan med din kod ifylld.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>Kontrollera din kod på %1 när resultatet har publicerats, efter att röstningen stänger %2. QR-koden öppnar sidan med din kod ifylld.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>QR-koden innehåller bara din kod. En funktionär kan berätta var du kan kontrollera den efter att röstningen stänger %1.</translation>
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
        <translation>Kontrollera din röst</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>Du har inte valt några förslag. Du kan ändå lägga din röst, eller gå tillbaka och välja.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
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
        <translation>Lägg min röst</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>Sparar din röst…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
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
        <translation>TESTLÄGE: rösterna räknas inte</translation>
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
        <translation>Här kan du rösta på idéer för ditt område.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Ett ögonblick…</translation>
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
        <translation>Uppläsning finns inte på den här kiosken på det här språket.</translation>
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
        <translation>Vilket område bor du i?</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>Du röstar om pengar för hela staden och om pengar för ditt eget område. Välj ditt område för att se dess förslag.</translation>
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
        <translation>Förra delen</translation>
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
        <translation>Röstning med ljud</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>Röstning med ljud. Kontrollera att du hör detta i hörlurar och tryck sedan på Enter. Tryck på H för hjälp med tangenterna.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>Röstning med ljud. Anslut hörlurar till kiosken och tryck sedan på Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>Upp och Ned flyttar mellan punkterna. Enter väljer. Backsteg går tillbaka. R upprepar. Plus och minus ändrar volymen, hakparenteserna hastigheten. B täcker över skärmen eller visar den igen. Med två kontakter: Mellanslag går vidare, Enter väljer.</translation>
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
        <translation>Röstning med ljud pågår. Skärmen är övertäckt.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>Skärmen visas.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>Röstsedeln har flera delar, en i taget. Efter det sista förslaget i en del går Nästa del vidare till nästa del. I den sista delen läser Granska min röst upp valen i alla delar innan du lägger din röst. Backsteg går tillbaka till förra delen.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>Några frivilliga frågor</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>Dina svar förseglas tillsammans med din röst. De räknas bara ihop med många andras, aldrig med ditt namn. Du kan hoppa över vilken fråga som helst.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>Hoppa över och lägg min röst</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Valt: %1</translation>
    </message>
</context>
</TS>
