<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<!-- Röstkiosk UI strings, language tag "ar". Written by an AI model on 2026-11-25; needs review by a native speaker. See translations/STATUS.md. -->
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>(shown in Swedish)</source>
        <translation>(معروض باللغة السويدية)</translation>
    </message>
    <message>
        <source>(shown in English)</source>
        <translation>(معروض باللغة الإنجليزية)</translation>
    </message>
    <message>
        <source>(shown in Finnish)</source>
        <translation>(معروض باللغة الفنلندية)</translation>
    </message>
    <message>
        <source>(not available in your language)</source>
        <translation>(غير متوفر بلغتك)</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Back to all proposals</source>
        <translation>العودة إلى كل المقترحات</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>التكلفة: %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Only one of these can be carried out: %1. You can still choose more than one of them; the count carries out at most one.</source>
        <translation>يمكن تنفيذ واحد فقط من هذه الاقتراحات: %1. يمكنك مع ذلك اختيار أكثر من واحد منها؛ ولن يُنفَّذ في العدّ إلا واحد على الأكثر.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Ask a möjliggörare for help. A möjliggörare works here and can sit beside you while you vote.</source>
        <translation>اطلب المساعدة من أحد المساعدين (möjliggörare). المساعد يعمل هنا ويمكنه أن يجلس بجانبك أثناء التصويت.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>أكبر نص</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>ألوان عادية</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Read the screen aloud</source>
        <translation>اقرأ الشاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>For the möjliggörare</source>
        <translation>للمساعد</translation>
    </message>
    <message>
        <source>A möjliggörare is helping me</source>
        <translation>مساعد يساعدني</translation>
    </message>
    <message>
        <source>Show a second language:</source>
        <translation>اعرض لغة ثانية:</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>بلا لغة ثانية</translation>
    </message>
    <message>
        <source>More time before the screen clears</source>
        <translation>وقت أطول قبل أن تُمسح الشاشة</translation>
    </message>
    <message>
        <source>Stop and clear my choices</source>
        <translation>توقّف وامسح اختياراتي</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>أغلق المساعدة</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Dark text on cream</source>
        <translation>نص داكن على خلفية كريمية</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>How it works</source>
        <translation>كيف يعمل التصويت</translation>
    </message>
    <message>
        <source>You have %1. Choose the proposals you want until the money runs out.</source>
        <translation>لديك %1. اختر المقترحات التي تريدها حتى ينفد المال.</translation>
    </message>
    <message>
        <source>Use at least %1.</source>
        <translation>استخدم %1 على الأقل.</translation>
    </message>
    <message>
        <source>Choose the proposals you like best. The most you can choose: %1.</source>
        <translation>اختر المقترحات التي تعجبك أكثر. الحد الأقصى لما يمكنك اختياره: %1.</translation>
    </message>
    <message>
        <source>The fewest you must choose: %1.</source>
        <translation>الحد الأدنى الذي يجب أن تختاره: %1.</translation>
    </message>
    <message>
        <source>Give points to the proposals you like. Your points: %1. The most points one proposal can get: %2.</source>
        <translation>أعطِ نقاطًا للمقترحات التي تعجبك. نقاطك: %1. أقصى عدد نقاط يمكن أن يحصل عليه مقترح واحد: %2.</translation>
    </message>
    <message>
        <source>You can change your choices until you confirm your vote. Nobody can see what you vote for.</source>
        <translation>يمكنك تغيير اختياراتك حتى تؤكد صوتك. لا أحد يستطيع أن يرى لمن تصوّت.</translation>
    </message>
    <message>
        <source>Show the proposals</source>
        <translation>اعرض المقترحات</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 votes to be carried out.</source>
        <translation>يحتاج الاقتراح إلى %1 صوتًا على الأقل لكي يُنفَّذ.</translation>
    </message>
    <message>
        <source>A proposal needs at least %1 points to be carried out.</source>
        <translation>يحتاج الاقتراح إلى %1 نقطة على الأقل لكي يُنفَّذ.</translation>
    </message>
    <message>
        <source>A proposal needs votes from at least %1 % of the voters to be carried out.</source>
        <translation>يحتاج الاقتراح إلى أصوات %1 ٪ على الأقل من الناخبين لكي يُنفَّذ.</translation>
    </message>
    <message>
        <source>The more a proposal costs, the more voters must choose it for it to be carried out.</source>
        <translation>كلما زادت تكلفة الاقتراح، زاد عدد الناخبين الذين يجب أن يختاروه لكي يُنفَّذ.</translation>
    </message>
    <message>
        <source>Some proposals exclude each other: at most one of them can be carried out. It says so on the proposal.</source>
        <translation>بعض الاقتراحات يستبعد بعضها بعضًا: يمكن تنفيذ واحد منها على الأكثر. هذا مكتوب على الاقتراح.</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Your personal identity number</source>
        <translation>رقمك الشخصي (personnummer)</translation>
    </message>
    <message>
        <source>Type your personal identity number, 10 or 12 digits. It is only used to make sure that everyone votes once. It is not saved.</source>
        <translation>اكتب رقمك الشخصي، 10 أو 12 رقمًا. يُستخدم فقط للتأكد من أن كل شخص يصوّت مرة واحدة. لا يتم حفظه.</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>رمز التصويت الخاص بك</translation>
    </message>
    <message>
        <source>Type the code from your letter, or hold the QR code in front of the scanner.</source>
        <translation>اكتب الرمز الموجود في رسالتك، أو ضع رمز QR أمام القارئ.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>الرقم الشخصي</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>رمز التصويت</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>يرجى الانتظار قليلًا</translation>
    </message>
    <message>
        <source>A member of staff will come and unlock the voting for you.</source>
        <translation>سيأتي أحد الموظفين ويفتح التصويت لك.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then your choices are cleared.</source>
        <translation>الثواني المتبقية: %1. بعدها تُمسح اختياراتك.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى وقت أطول</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>امسح</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Please ask staff for help.</source>
        <translation>حدث خطأ ما. يرجى طلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>A personal identity number has 10 or 12 digits, for example 19850412-1234.</source>
        <translation>الرقم الشخصي مكوّن من 10 أو 12 رقمًا، مثلًا 19850412-1234.</translation>
    </message>
    <message>
        <source>The number does not seem right. Please check the digits and try again.</source>
        <translation>يبدو أن الرقم غير صحيح. يرجى التحقق من الأرقام والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The number does not contain a real date of birth. Please check it.</source>
        <translation>لا يحتوي الرقم على تاريخ ميلاد حقيقي. يرجى التحقق منه.</translation>
    </message>
    <message>
        <source>You are too young to vote in this election. Age limit: %1.</source>
        <translation>أنت أصغر من أن تصوّت في هذا التصويت. الحد الأدنى للعمر: %1.</translation>
    </message>
    <message>
        <source>A voting code has letters and digits, for example K7MA-9XHT-4TNC-HRWA-3PEN.</source>
        <translation>يتكوّن رمز التصويت من حروف وأرقام، مثلًا K7MA-9XHT-4TNC-HRWA-3PEN.</translation>
    </message>
    <message>
        <source>This voting code is not valid for this election. Please check it.</source>
        <translation>رمز التصويت هذا غير صالح لهذا التصويت. يرجى التحقق منه.</translation>
    </message>
    <message>
        <source>This number or code has already been used to vote at this station. Please ask staff if you think this is wrong.</source>
        <translation>سبق استخدام هذا الرقم أو الرمز للتصويت في هذه المحطة. يرجى سؤال أحد الموظفين إذا كنت تعتقد أن هذا خطأ.</translation>
    </message>
    <message>
        <source>A member of staff must unlock the voting first.</source>
        <translation>يجب على أحد الموظفين فتح التصويت أولًا.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>يرجى إثبات هويتك أولًا.</translation>
    </message>
    <message>
        <source>Voting is not open right now. Please ask staff.</source>
        <translation>التصويت غير مفتوح الآن. يرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Your voting session has ended. Please start again.</source>
        <translation>انتهت جلسة التصويت الخاصة بك. يرجى البدء من جديد.</translation>
    </message>
    <message>
        <source>Choose more proposals. The fewest allowed: %1.</source>
        <translation>اختر مقترحات أكثر. الحد الأدنى: %1.</translation>
    </message>
    <message>
        <source>Too many proposals are chosen. The most allowed: %1.</source>
        <translation>تم اختيار مقترحات كثيرة جدًا. الحد الأقصى: %1.</translation>
    </message>
    <message>
        <source>Your choices cost more than the budget. Remove something.</source>
        <translation>اختياراتك تكلّف أكثر من الميزانية. احذف شيئًا.</translation>
    </message>
    <message>
        <source>Use at least %1 of the budget.</source>
        <translation>استخدم %1 على الأقل من الميزانية.</translation>
    </message>
    <message>
        <source>You have given more points than you have. Remove some points.</source>
        <translation>لقد أعطيت نقاطًا أكثر مما لديك. احذف بعض النقاط.</translation>
    </message>
    <message>
        <source>Too many points for one proposal. The most allowed: %1.</source>
        <translation>نقاط كثيرة جدًا لمقترح واحد. الحد الأقصى: %1.</translation>
    </message>
    <message>
        <source>Your vote could not be saved. Please ask staff for help. Nothing was saved.</source>
        <translation>تعذّر حفظ صوتك. يرجى طلب المساعدة من أحد الموظفين. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Does not fit: %1 too much. Remove something first.</source>
        <translation>لا يتسع: %1 زيادة. احذف شيئًا أولًا.</translation>
    </message>
    <message>
        <source>You have chosen as many as you can (%1). Remove one first.</source>
        <translation>لقد اخترت أقصى عدد ممكن (%1). احذف واحدًا أولًا.</translation>
    </message>
    <message>
        <source>No points left. Take a point from another proposal first.</source>
        <translation>لم تبق نقاط. خذ نقطة من مقترح آخر أولًا.</translation>
    </message>
    <message>
        <source>This proposal has the most points it can get: %1.</source>
        <translation>حصل هذا المقترح على أقصى عدد من النقاط: %1.</translation>
    </message>
    <message>
        <source>You have chosen this.</source>
        <translation>لقد اخترت هذا.</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Left: %1 of %2</source>
        <translation>المتبقي: %1 من %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2</source>
        <translation>المختار: %1 من %2</translation>
    </message>
    <message>
        <source>Points left: %1 of %2</source>
        <translation>النقاط المتبقية: %1 من %2</translation>
    </message>
    <message>
        <source>Chosen for %1 — %2 left</source>
        <translation>اخترت بقيمة %1 — المتبقي %2</translation>
    </message>
    <message>
        <source>Points given: %1 — %2 left</source>
        <translation>النقاط المعطاة: %1 — المتبقي %2</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Sorry</source>
        <translation>عذرًا</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Show:</source>
        <translation>اعرض:</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>كل المقترحات</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>راجع صوتي</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>اقرأ المزيد</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>لا يتسع</translation>
    </message>
    <message>
        <source>No more choices</source>
        <translation>لا مزيد من الاختيارات</translation>
    </message>
    <message>
        <source>You chose this</source>
        <translation>لقد اخترت هذا</translation>
    </message>
    <message>
        <source>Your points: %1</source>
        <translation>نقاطك: %1</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>أضف نقطة</translation>
    </message>
    <message>
        <source>Take away a point</source>
        <translation>احذف نقطة</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>التكلفة %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>تم الاختيار</translation>
    </message>
    <message>
        <source>Choose at least one proposal first.</source>
        <translation>اختر اقتراحًا واحدًا على الأقل أولاً.</translation>
    </message>
    <message>
        <source>Give at least one point first.</source>
        <translation>أعطِ نقطة واحدة على الأقل أولاً.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you, your vote is saved</source>
        <translation>شكرًا، تم حفظ صوتك</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>رمز التتبع الخاص بك:</translation>
    </message>
    <message>
        <source>With this code you can check later that your vote was counted. The code does not show what you voted for. You can take a photo of it.</source>
        <translation>بهذا الرمز يمكنك التحقق لاحقًا من أن صوتك قد احتُسب. لا يُظهر الرمز لمن صوّتّ. يمكنك التقاط صورة له.</translation>
    </message>
    <message>
        <source>TEST VOTE: this vote will not be counted.</source>
        <translation>صوت تجريبي: لن يُحتسب هذا الصوت.</translation>
    </message>
    <message>
        <source>This screen closes by itself. Seconds left: %1.</source>
        <translation>ستُغلق هذه الشاشة تلقائيًا. الثواني المتبقية: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Check your code at %1 from %2. The QR code opens that page with your code filled in.</source>
        <translation>تحقق من رمزك على %1 ابتداءً من %2. رمز QR يفتح تلك الصفحة ورمزك مكتوب فيها.</translation>
    </message>
    <message>
        <source>Check your code at %1 when the result is published, after voting closes on %2. The QR code opens that page with your code filled in.</source>
        <translation>تحقق من رمزك على %1 عند نشر النتيجة، بعد انتهاء التصويت في %2. رمز QR يفتح تلك الصفحة ورمزك مكتوب فيها.</translation>
    </message>
    <message>
        <source>The QR code holds only your code. Staff can tell you where to check it after voting closes on %1.</source>
        <translation>رمز QR يحتوي على رمزك فقط. يمكن للموظفين إخبارك أين يمكنك التحقق منه بعد انتهاء التصويت في %1.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>وقت إضافي</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check your vote</source>
        <translation>راجع صوتك</translation>
    </message>
    <message>
        <source>You have not chosen any proposals. You can still cast your vote, or go back and choose.</source>
        <translation>لم تختر أي مقترح. لا يزال بإمكانك الإدلاء بصوتك، أو العودة للاختيار.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>المجموع: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>النقاط: %1</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>غيّر اختياراتي</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>أدلِ بصوتي</translation>
    </message>
    <message>
        <source>Saving your vote…</source>
        <translation>جارٍ حفظ صوتك…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Change language. Now: %1</source>
        <translation>غيّر اللغة. الآن: %1</translation>
    </message>
    <message>
        <source>TEST MODE: votes are not counted</source>
        <translation>وضع الاختبار: لا تُحتسب الأصوات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Tap here to vote</source>
        <translation>اضغط هنا للتصويت</translation>
    </message>
    <message>
        <source>Here you can vote on ideas for your area.</source>
        <translation>هنا يمكنك التصويت على أفكار لمنطقتك.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this kiosk in this language.</source>
        <translation>القراءة بصوت عالٍ غير متاحة في هذا الجهاز بهذه اللغة.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>%1 kronor</source>
        <translation>%1 كرونة سويدية</translation>
    </message>
</context>
<context>
    <name>Pots</name>
    <message>
        <source>Which district do you live in?</source>
        <translation>في أي منطقة تسكن؟</translation>
    </message>
    <message>
        <source>You vote on money for the whole city and on money for your own district. Choose your district to see its proposals.</source>
        <translation>تصوّت على أموال للمدينة كلها وعلى أموال لمنطقتك. اختر منطقتك لترى مقترحاتها.</translation>
    </message>
    <message>
        <source>Part %1 of %2:</source>
        <translation>الجزء %1 من %2:</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>الجزء التالي</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>الجزء السابق</translation>
    </message>
    <message>
        <source>Change my district</source>
        <translation>غيّر منطقتي</translation>
    </message>
</context>
<context>
    <name>AudioBallot</name>
    <message>
        <source>Audio ballot</source>
        <translation>التصويت الصوتي</translation>
    </message>
    <message>
        <source>Audio ballot. Check that you hear this through headphones, then press Enter. Press H for help with the keys.</source>
        <translation>التصويت الصوتي. تأكد من أنك تسمع هذا عبر سماعات الرأس، ثم اضغط Enter. اضغط H للمساعدة في المفاتيح.</translation>
    </message>
    <message>
        <source>Audio ballot. Plug headphones into the kiosk, then press Enter.</source>
        <translation>التصويت الصوتي. وصّل سماعات الرأس بالكشك، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Up and Down move between the items. Enter chooses. Backspace goes back. R repeats. Plus and minus change the volume, the square brackets the speed. B covers or uncovers the screen. With two switches: Space moves on, Enter chooses.</source>
        <translation>مفتاحا الأعلى والأسفل للتنقل بين العناصر. Enter للاختيار. Backspace للرجوع. R للتكرار. زائد وناقص لتغيير مستوى الصوت، والأقواس المربعة لتغيير السرعة. B لتغطية الشاشة أو إظهارها. بمفتاحين: المسافة للانتقال، وEnter للاختيار.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 من %2.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>غير مختار</translation>
    </message>
    <message>
        <source>Audio ballot in progress. The screen is covered.</source>
        <translation>التصويت الصوتي جارٍ. الشاشة مغطاة.</translation>
    </message>
    <message>
        <source>The screen is shown.</source>
        <translation>الشاشة ظاهرة.</translation>
    </message>
    <message>
        <source>This ballot has parts, one after the other. After the last proposal of a part, Next part goes on to the next part. In the last part, Review my vote reads every part's choices before you cast your vote. Backspace goes back to the previous part.</source>
        <translation>لهذه الورقة أجزاء، جزء بعد جزء. بعد آخر مقترح في جزء، ينقلك «الجزء التالي» إلى الجزء التالي. في الجزء الأخير، يقرأ «راجع صوتي» اختيارات كل الأجزاء قبل أن تدلي بصوتك. Backspace للرجوع إلى الجزء السابق.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>A few optional questions</source>
        <translation>بعض الأسئلة الاختيارية</translation>
    </message>
    <message>
        <source>Your answers are sealed together with your vote. They are only counted together with many others, never with your name. You can skip any question.</source>
        <translation>تُختم إجاباتك مع صوتك. لا تُحسب إلا مع إجابات كثيرين غيرك، ولا تُربط باسمك أبدًا. يمكنك تخطي أي سؤال.</translation>
    </message>
    <message>
        <source>Skip and cast my vote</source>
        <translation>تخطَّ وأدلِ بصوتي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>المختار: %1</translation>
    </message>
</context>
</TS>
