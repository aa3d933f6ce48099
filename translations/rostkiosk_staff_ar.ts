<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<!-- Röstkiosk staff-mode strings, language "ar". See translations/STATUS.md (staff section) for who wrote them and their review status. -->
<context>
    <name>StaffAudit</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Every change on the station, newest first. It never holds anything about how someone voted.</source>
        <translation>كل تغيير في المحطة، الأحدث أولاً. لا يحتوي أبداً على أي شيء عن كيفية تصويت أي شخص.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>مدخلات سجل التدقيق، الأحدث أولاً</translation>
    </message>
    <message>
        <source>Export the audit log (signed)</source>
        <translation>تصدير سجل التدقيق (موقَّع)</translation>
    </message>
    <message>
        <source>Done. Written: %1</source>
        <translation>تم. كُتب: %1</translation>
    </message>
    <message>
        <source>Station created</source>
        <translation>أُنشئت المحطة</translation>
    </message>
    <message>
        <source>Station key made</source>
        <translation>أُنشئ مفتاح المحطة</translation>
    </message>
    <message>
        <source>Election package loaded</source>
        <translation>حُمِّلت حزمة الانتخاب</translation>
    </message>
    <message>
        <source>Enrolment request written</source>
        <translation>كُتب طلب التسجيل</translation>
    </message>
    <message>
        <source>Station enrolled</source>
        <translation>سُجِّلت المحطة</translation>
    </message>
    <message>
        <source>Polls opened</source>
        <translation>فُتح التصويت</translation>
    </message>
    <message>
        <source>Polls paused</source>
        <translation>أُوقف التصويت مؤقتاً</translation>
    </message>
    <message>
        <source>Polls resumed</source>
        <translation>استُؤنف التصويت</translation>
    </message>
    <message>
        <source>Voting stopped by a fault</source>
        <translation>توقف التصويت بسبب عطل</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>أُغلق التصويت</translation>
    </message>
    <message>
        <source>Voter session started</source>
        <translation>بدأت جلسة ناخب</translation>
    </message>
    <message>
        <source>Voter session ended without a ballot</source>
        <translation>انتهت جلسة ناخب بدون صوت</translation>
    </message>
    <message>
        <source>Voter session unlocked by staff</source>
        <translation>فتح أحد الموظفين جلسة الناخب</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>صُدِّر سجل التدقيق</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>أُدلي بصوت</translation>
    </message>
    <message>
        <source>Export file written</source>
        <translation>كُتب ملف التصدير</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>تغيَّر الوضع</translation>
    </message>
    <message>
        <source>Test ballots wiped</source>
        <translation>مُسحت الأصوات التجريبية</translation>
    </message>
    <message>
        <source>Staff logged in</source>
        <translation>دخل أحد الموظفين</translation>
    </message>
    <message>
        <source>Wrong staff PIN</source>
        <translation>رمز PIN خاطئ للموظفين</translation>
    </message>
    <message>
        <source>Staff logged out</source>
        <translation>خرج أحد الموظفين</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>عُيِّن رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Ballots received by the tally server</source>
        <translation>استلم خادم الفرز الأصوات</translation>
    </message>
    <message>
        <source>Tally server address set</source>
        <translation>عُيِّن عنوان خادم الفرز</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station</source>
        <translation>يُبلغ الفرز عن تعارض يخص هذه المحطة</translation>
    </message>
    <message>
        <source>Logic and accuracy test result recorded</source>
        <translation>سُجِّلت نتيجة اختبار المنطق والدقة</translation>
    </message>
    <message>
        <source>Paper ballot sheet numbers set</source>
        <translation>حُدِّدت أرقام أوراق الاقتراع الورقية</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>رموز PIN خاطئة كثيرة جداً. انتظر %1 ثانية.</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder first.</source>
        <translation>اختر ذاكرة USB أو مجلداً أولاً.</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>لا يمكن تشغيل المحطة</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the station's log.</source>
        <translation>حدث خطأ غير متوقع. لم يتغيَّر شيء. التفاصيل في سجل المحطة.</translation>
    </message>
    <message>
        <source>The station refused this (%1).</source>
        <translation>رفضت المحطة هذا (%1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>رمز PIN خاطئ. المحاولات المتبقية قبل الانتظار: %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this station. Run the station set-up first.</source>
        <translation>لم يُعيَّن رمز PIN للموظفين في هذه المحطة. قم بإعداد المحطة أولاً.</translation>
    </message>
    <message>
        <source>A staff PIN has digits only.</source>
        <translation>رمز PIN للموظفين يتكوَّن من أرقام فقط.</translation>
    </message>
    <message>
        <source>A staff PIN needs at least %1 digits.</source>
        <translation>رمز PIN للموظفين يحتاج إلى %1 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 123456, 111111 or 121212). Choose another.</source>
        <translation>هذا الرمز سهل التخمين جداً (مثل 123456 أو 111111 أو 121212). اختر رمزاً آخر.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>الرمزان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>The USB stick is full. Nothing was exported. Use another stick or free some space.</source>
        <translation>ذاكرة USB ممتلئة. لم يُصدَّر شيء. استخدم ذاكرة أخرى أو أفرغ بعض المساحة.</translation>
    </message>
    <message>
        <source>The USB stick cannot be written to (read-only or locked). Nothing was exported.</source>
        <translation>لا يمكن الكتابة على ذاكرة USB (للقراءة فقط أو مقفلة). لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <source>The USB stick is gone (was it pulled out?). Nothing was exported. Put it back and try again.</source>
        <translation>ذاكرة USB غير موجودة (هل أُخرجت؟). لم يُصدَّر شيء. أعِدها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file could not be written to the USB stick. Nothing was exported. Try another stick.</source>
        <translation>تعذَّرت كتابة الملف على ذاكرة USB. لم يُصدَّر شيء. جرِّب ذاكرة أخرى.</translation>
    </message>
    <message>
        <source>The file read back from the stick differs from what was written. The stick may be faulty: use another one.</source>
        <translation>الملف المقروء من الذاكرة يختلف عمّا كُتب. قد تكون الذاكرة معطوبة: استخدم ذاكرة أخرى.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet, so it cannot export. Finish the station set-up.</source>
        <translation>المحطة غير مسجَّلة بعد، لذلك لا تستطيع التصدير. أكمل إعداد المحطة.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: the polls cannot open. Finish the station set-up.</source>
        <translation>المحطة غير مسجَّلة بعد: لا يمكن فتح التصويت. أكمل إعداد المحطة.</translation>
    </message>
    <message>
        <source>This station's test (L&amp;A) failed, so the polls cannot open. Switch to test mode, cast the test deck again and record a passing result.</source>
        <translation>فشل اختبار المنطق والدقة (L&amp;A) لهذه المحطة، لذلك لا يمكن فتح التصويت. انتقل إلى الوضع التجريبي، وأدخل أصوات الاختبار مرة أخرى، وسجّل نتيجة ناجحة.</translation>
    </message>
    <message>
        <source>The polls cannot change like that now (they are %1).</source>
        <translation>لا يمكن تغيير التصويت بهذه الطريقة الآن (حالته: %1).</translation>
    </message>
    <message>
        <source>Close the polls first.</source>
        <translation>أغلق التصويت أولاً.</translation>
    </message>
    <message>
        <source>The polls are not open.</source>
        <translation>التصويت غير مفتوح.</translation>
    </message>
    <message>
        <source>That voter session has already ended.</source>
        <translation>جلسة الناخب هذه انتهت من قبل.</translation>
    </message>
    <message>
        <source>Sheet %1 is not one of this station's sheets (%2). It may belong to another station's pile, or the number is mistyped. Nothing was saved.</source>
        <translation>الورقة %1 ليست من أوراق هذه المحطة (%2). قد تكون من رزمة محطة أخرى، أو كُتب الرقم خطأً. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>“%1” is not a range of sheet numbers. Write the first and the last number, like 1-500.</source>
        <translation>«%1» ليس نطاق أرقام. اكتب الرقم الأول والرقم الأخير، مثل 1-500.</translation>
    </message>
    <message>
        <source>The sheet numbers %1 and %2 overlap. Give each sheet number once.</source>
        <translation>النطاقان %1 و%2 متداخلان. اذكر كل رقم مرة واحدة.</translation>
    </message>
    <message>
        <source>Sheets keyed here already that are not in %1: %2. Nothing was changed. Give sheet numbers that include them.</source>
        <translation>أوراق أُدخلت هنا من قبل وليست ضمن %1: %2. لم يتغير شيء. أدخل أرقامًا تشملها.</translation>
    </message>
    <message>
        <source>A server address starts with http:// or https://.</source>
        <translation>عنوان الخادم يبدأ بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>The station's disk is full. Voting is suspended. Free some space, then resume.</source>
        <translation>قرص المحطة ممتلئ. التصويت معلَّق. أفرغ بعض المساحة، ثم استأنف.</translation>
    </message>
    <message>
        <source>This folder already holds a station.</source>
        <translation>يحتوي هذا المجلد على محطة من قبل.</translation>
    </message>
    <message>
        <source>This folder holds no station yet.</source>
        <translation>لا يحتوي هذا المجلد على محطة بعد.</translation>
    </message>
    <message>
        <source>The station folder is read-only, so this station cannot record votes. Nothing was changed. Ask the election office to make the folder writable.</source>
        <translation>مجلد المحطة للقراءة فقط، لذلك لا تستطيع هذه المحطة حفظ الأصوات. لم يتغير شيء. اطلب من مكتب الانتخابات جعل المجلد قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>The election package cannot be read.</source>
        <translation>لا يمكن قراءة حزمة الانتخاب.</translation>
    </message>
    <message>
        <source>The election package file is not there.</source>
        <translation>ملف حزمة الانتخاب غير موجود.</translation>
    </message>
    <message>
        <source>The election package is damaged or was changed. Do not use it.</source>
        <translation>حزمة الانتخاب تالفة أو تم تغييرها. لا تستخدمها.</translation>
    </message>
    <message>
        <source>This file is not a Röstkiosk election package.</source>
        <translation>هذا الملف ليس حزمة انتخاب من Röstkiosk.</translation>
    </message>
    <message>
        <source>The election package is not signed. Do not use it.</source>
        <translation>حزمة الانتخاب غير موقَّعة. لا تستخدمها.</translation>
    </message>
    <message>
        <source>The election package's signature does not match its content. Do not use it.</source>
        <translation>توقيع حزمة الانتخاب لا يطابق محتواها. لا تستخدمها.</translation>
    </message>
    <message>
        <source>The election package is signed by another authority than expected. Do not use it.</source>
        <translation>حزمة الانتخاب موقَّعة من جهة غير الجهة المتوقعة. لا تستخدمها.</translation>
    </message>
    <message>
        <source>The election package was refused: %1</source>
        <translation>رُفضت حزمة الانتخاب: %1</translation>
    </message>
    <message>
        <source>The list of issued voting codes was refused: %1</source>
        <translation>رُفضت قائمة رموز التصويت الصادرة: %1</translation>
    </message>
    <message>
        <source>This is not a readable certificate file.</source>
        <translation>هذا ليس ملف شهادة يمكن قراءته.</translation>
    </message>
    <message>
        <source>The certificate is not signed by this election's authority. Do not use it.</source>
        <translation>الشهادة غير موقَّعة من الجهة المسؤولة عن هذا الانتخاب. لا تستخدمها.</translation>
    </message>
    <message>
        <source>The certificate is for another election.</source>
        <translation>الشهادة لانتخاب آخر.</translation>
    </message>
    <message>
        <source>The certificate belongs to another station.</source>
        <translation>الشهادة تخص محطة أخرى.</translation>
    </message>
    <message>
        <source>This certificate file carries no token key. Ask the election authority to certify the station again with this version.</source>
        <translation>ملف الشهادة لا يحتوي على مفتاح الرموز. اطلب من سلطة الانتخابات اعتماد المحطة مرة أخرى بهذا الإصدار.</translation>
    </message>
    <message>
        <source>The token key in this certificate file cannot be used with this station. Ask the election authority for the right file.</source>
        <translation>لا يمكن استخدام مفتاح الرموز في ملف الشهادة مع هذه المحطة. اطلب من سلطة الانتخابات الملف الصحيح.</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Export to USB</source>
        <translation>التصدير إلى USB</translation>
    </message>
    <message>
        <source>Put a USB stick in the station and choose it. The export file is signed; the station reads it back and checks it before it says done. Nothing is removed from the station.</source>
        <translation>ضع ذاكرة USB في المحطة واخترها. ملف التصدير موقَّع، وتقرؤه المحطة مرة أخرى وتتحقق منه قبل أن تقول إنه تم. لا يُحذف شيء من المحطة.</translation>
    </message>
    <message>
        <source>No USB stick found. Put one in, then press Look again.</source>
        <translation>لم يُعثر على ذاكرة USB. ضع واحدة، ثم اضغط «ابحث مرة أخرى».</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 ميغابايت متاحة)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>ابحث مرة أخرى</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>مجلد آخر…</translation>
    </message>
    <message>
        <source>Choose the folder to export to</source>
        <translation>اختر المجلد الذي سيُصدَّر إليه</translation>
    </message>
    <message>
        <source>Export new ballots</source>
        <translation>تصدير الأصوات الجديدة</translation>
    </message>
    <message>
        <source>Export all ballots</source>
        <translation>تصدير كل الأصوات</translation>
    </message>
    <message>
        <source>Exporting… Do not take out the stick.</source>
        <translation>جارٍ التصدير… لا تُخرج الذاكرة.</translation>
    </message>
    <message>
        <source>Nothing new to export: every ballot is already exported. Use "Export all ballots" for a complete copy.</source>
        <translation>لا يوجد شيء جديد للتصدير: كل الأصوات صُدِّرت من قبل. استخدم «تصدير كل الأصوات» للحصول على نسخة كاملة.</translation>
    </message>
    <message>
        <source>Done. Written, read back and checked: %1. You can take out the stick now.</source>
        <translation>تم. كُتب الملف وقُرئ مرة أخرى وتم التحقق منه: %1. يمكنك الآن إخراج الذاكرة.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدُّم التصدير</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Test mode</source>
        <translation>الوضع التجريبي</translation>
    </message>
    <message>
        <source>The station is in OFFICIAL mode. Ballots count.</source>
        <translation>المحطة في الوضع الرسمي. الأصوات تُحتسب.</translation>
    </message>
    <message>
        <source>The station is in TEST mode. Test ballots are kept apart and never counted.</source>
        <translation>المحطة في الوضع التجريبي. الأصوات التجريبية تُحفظ منفصلة ولا تُحتسب أبداً.</translation>
    </message>
    <message>
        <source>Use test mode before the polls open, to check that voting works. Test ballots are marked as test everywhere and are wiped when you switch to official mode.</source>
        <translation>استخدم الوضع التجريبي قبل فتح التصويت، للتأكد من أن التصويت يعمل. الأصوات التجريبية معلَّمة كتجريبية في كل مكان، وتُمسح عندما تنتقل إلى الوضع الرسمي.</translation>
    </message>
    <message>
        <source>Switch to test mode</source>
        <translation>الانتقال إلى الوضع التجريبي</translation>
    </message>
    <message>
        <source>Switch to official mode</source>
        <translation>الانتقال إلى الوضع الرسمي</translation>
    </message>
    <message>
        <source>Switch to test mode? Ballots cast from now on are test ballots.</source>
        <translation>هل تريد الانتقال إلى الوضع التجريبي؟ الأصوات من الآن فصاعداً أصوات تجريبية.</translation>
    </message>
    <message>
        <source>Switch to official mode?</source>
        <translation>هل تريد الانتقال إلى الوضع الرسمي؟</translation>
    </message>
    <message>
        <source>All test ballots (%1) will be wiped. This cannot be undone.</source>
        <translation>ستُمسح كل الأصوات التجريبية (%1). لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Official mode. Test ballots wiped: %1.</source>
        <translation>الوضع الرسمي. الأصوات التجريبية الممسوحة: %1.</translation>
    </message>
    <message>
        <source>Test mode is on.</source>
        <translation>الوضع التجريبي مُفعَّل.</translation>
    </message>
    <message>
        <source>Close the polls before you change the mode.</source>
        <translation>أغلق التصويت قبل أن تغيِّر الوضع.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode – %1</source>
        <translation>وضع الموظفين – %1</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>الخروج من وضع الموظفين</translation>
    </message>
    <message>
        <source>TEST MODE – ballots cast now are test ballots and are never counted</source>
        <translation>الوضع التجريبي – الأصوات المُدلى بها الآن أصوات تجريبية ولا تُحتسب أبداً</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>التصدير إلى USB</translation>
    </message>
    <message>
        <source>Voter support</source>
        <translation>دعم الناخبين</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>أوراق الاقتراع الورقية</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>الوضع التجريبي</translation>
    </message>
</context>
<context>
    <name>StaffPaper</name>
    <message>
        <source>Paper ballots</source>
        <translation>أوراق الاقتراع الورقية</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>احفظ هذا الإدخال</translation>
    </message>
    <message>
        <source>Waiting for a second keying: %1. Waiting for a third look: %2.</source>
        <translation>بانتظار الإدخال الثاني: %1. بانتظار مراجعة ثالثة: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Sheet %1: entry 1 saved. Another staff member now keys it as entry 2.</source>
        <translation>ورقة الاقتراع %1: حُفظ الإدخال 1. الآن يُدخلها موظف آخر بوصفها الإدخال 2.</translation>
    </message>
    <message>
        <source>Sheet %1: the entries agree. The paper ballot is sealed.</source>
        <translation>ورقة الاقتراع %1: الإدخالان متطابقان. خُتم الصوت الورقي.</translation>
    </message>
    <message>
        <source>Sheet %1: the two entries differ. Nothing is sealed. Look at the paper sheet: which entry is right?</source>
        <translation>ورقة الاقتراع %1: الإدخالان مختلفان. لم يُختم شيء. انظر إلى الورقة: أي إدخال هو الصحيح؟</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>ورقة الاقتراع %1</translation>
    </message>
    <message>
        <source>Neither: set the sheet aside</source>
        <translation>ولا واحد منهما: ضع الورقة جانبًا</translation>
    </message>
    <message>
        <source>Sheet %1 was set aside. Nothing was sealed. Key it again from the start.</source>
        <translation>وُضعت ورقة الاقتراع %1 جانبًا. لم يُختم شيء. أدخلها من جديد من البداية.</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>الاختيارات: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not on this sheet</source>
        <translation>ليس على هذه الورقة</translation>
    </message>
    <message>
        <source>spoiled sheet</source>
        <translation>ورقة تالفة</translation>
    </message>
    <message>
        <source>no choice marked</source>
        <translation>لم يُحدَّد أي اختيار</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>الإدخال الأول</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>الإدخال الثاني</translation>
    </message>
    <message>
        <source>Entry 1: key the sheet as it is written. Another staff member keys it again; it is sealed only when both entries agree.</source>
        <translation>الإدخال 1: أدخل الورقة كما هي مكتوبة. يُدخلها موظف آخر من جديد، ولا تُختم إلا إذا تطابق الإدخالان.</translation>
    </message>
    <message>
        <source>Entry 2: key the sheet yourself. You do not see entry 1.</source>
        <translation>الإدخال 2: أدخل الورقة بنفسك. لا ترى الإدخال 1.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>الاختيارات</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Personnummer or code</source>
        <translation>الرقم الشخصي أو الرمز</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>الإدخال 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>الإدخال 2</translation>
    </message>
    <message>
        <source>Entry 1 is right</source>
        <translation>الإدخال 1 هو الصحيح</translation>
    </message>
    <message>
        <source>Entry 2 is right</source>
        <translation>الإدخال 2 هو الصحيح</translation>
    </message>
    <message>
        <source>This sheet number has already been keyed and sealed. A sheet is keyed once.</source>
        <translation>رقم هذه الورقة أُدخل وخُتم من قبل. تُدخل الورقة مرة واحدة.</translation>
    </message>
    <message>
        <source>This sheet has been keyed once already. It now needs its second keying.</source>
        <translation>أُدخلت هذه الورقة مرة من قبل. تحتاج الآن إلى إدخالها الثاني.</translation>
    </message>
    <message>
        <source>This sheet has no first keying yet. Key it as entry 1 first.</source>
        <translation>لا يوجد لهذه الورقة إدخال أول بعد. أدخلها أولًا بوصفها الإدخال 1.</translation>
    </message>
    <message>
        <source>Type the sheet number printed on the sheet (digits only).</source>
        <translation>اكتب رقم الورقة المطبوع عليها (أرقام فقط).</translation>
    </message>
    <message>
        <source>Paper ballots are keyed while the polls are open or paused.</source>
        <translation>تُدخل الأصوات الورقية والتصويت مفتوح أو متوقف مؤقتًا.</translation>
    </message>
    <message>
        <source>This election does not identify voters. Leave the identity empty.</source>
        <translation>هذا الانتخاب لا يتحقق من هوية الناخبين. اترك خانة الهوية فارغة.</translation>
    </message>
    <message>
        <source>Type the personnummer or code from the envelope.</source>
        <translation>اكتب الرقم الشخصي أو الرمز المكتوب على الظرف.</translation>
    </message>
    <message>
        <source>This person or code has already voted at this station.</source>
        <translation>هذا الشخص أو الرمز صوّت من قبل في هذه المحطة.</translation>
    </message>
    <message>
        <source>The marked proposals cost more than the budget. Such a sheet is invalid: key it as spoiled.</source>
        <translation>المقترحات المحددة تكلّف أكثر من الميزانية. هذه الورقة باطلة: أدخلها على أنها تالفة.</translation>
    </message>
    <message>
        <source>More proposals are marked than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>حُدِّد عدد من المقترحات أكثر من المسموح. هذه الورقة باطلة: أدخلها على أنها تالفة.</translation>
    </message>
    <message>
        <source>More points are given than allowed. Such a sheet is invalid: key it as spoiled.</source>
        <translation>أُعطيت نقاط أكثر من المسموح. هذه الورقة باطلة: أدخلها على أنها تالفة.</translation>
    </message>
    <message>
        <source>Choose the district printed at the top of the sheet.</source>
        <translation>اختر المنطقة المطبوعة في أعلى الورقة.</translation>
    </message>
    <message>
        <source>Marked: %1 proposals, %2 of the budget %3</source>
        <translation>المحدد: %1 مقترحات، %2 من الميزانية %3</translation>
    </message>
    <message>
        <source>Marked: %1 proposals</source>
        <translation>المحدد: %1 مقترحات</translation>
    </message>
    <message>
        <source>Points given: %1 of %2</source>
        <translation>النقاط المعطاة: %1 من %2</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3</source>
        <translation>الجزء %1 من %2: %3</translation>
    </message>
    <message>
        <source>Sheet numbers of this station: %1</source>
        <translation>أرقام أوراق هذه المحطة: %1</translation>
    </message>
    <message>
        <source>no range set (any sheet number is taken)</source>
        <translation>لم يُحدَّد نطاق (يُقبل أي رقم)</translation>
    </message>
    <message>
        <source>Change sheet numbers</source>
        <translation>تغيير أرقام الأوراق</translation>
    </message>
    <message>
        <source>Save sheet numbers</source>
        <translation>حفظ أرقام الأوراق</translation>
    </message>
    <message>
        <source>Sheet numbers, like 1-500 501-600 (empty: any number)</source>
        <translation>أرقام الأوراق، مثل 1-500 501-600 (فارغ: أي رقم)</translation>
    </message>
    <message>
        <source>Sheet numbers saved.</source>
        <translation>حُفظت أرقام الأوراق.</translation>
    </message>
    <message>
        <source>Sheet number (printed at the top of the sheet)</source>
        <translation>رقم الورقة (مطبوع في أعلى الورقة)</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>لغة الورقة</translation>
    </message>
    <message>
        <source>District printed at the top of the sheet</source>
        <translation>المنطقة المطبوعة في أعلى الورقة</translation>
    </message>
    <message>
        <source>Choices marked on the sheet</source>
        <translation>الاختيارات المحددة على الورقة</translation>
    </message>
    <message>
        <source>Spoiled sheet (counted as invalid)</source>
        <translation>ورقة تالفة (تُحسب باطلة)</translation>
    </message>
    <message>
        <source>Personnummer on the envelope</source>
        <translation>الرقم الشخصي على الظرف</translation>
    </message>
    <message>
        <source>Voting code on the envelope</source>
        <translation>رمز التصويت على الظرف</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff mode</source>
        <translation>وضع الموظفين</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>اكتب رمز PIN للموظفين.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>العودة إلى التصويت</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
</context>
<context>
    <name>StaffPolls</name>
    <message>
        <source>Polls</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Open the polls</source>
        <translation>افتح التصويت</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume voting</source>
        <translation>استئناف التصويت</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>أغلق التصويت</translation>
    </message>
    <message>
        <source>Open the polls now? A zero report is made and saved as PDF.</source>
        <translation>هل تريد فتح التصويت الآن؟ سيُعدّ تقرير صفري ويُحفظ بصيغة PDF.</translation>
    </message>
    <message>
        <source>Pause the polls? Nobody can start voting until you resume. A voter who has started can finish.</source>
        <translation>هل تريد إيقاف التصويت مؤقتاً؟ لا يستطيع أحد أن يبدأ التصويت حتى تستأنفه. الناخب الذي بدأ يستطيع أن يُكمل.</translation>
    </message>
    <message>
        <source>Resume voting?</source>
        <translation>هل تريد استئناف التصويت؟</translation>
    </message>
    <message>
        <source>Close the polls? Nobody can vote after this. A closing report is made and saved as PDF.</source>
        <translation>هل تريد إغلاق التصويت؟ لا يستطيع أحد التصويت بعد ذلك. سيُعدّ تقرير الإغلاق ويُحفظ بصيغة PDF.</translation>
    </message>
    <message>
        <source>The voting period of this election starts %1. It has not started yet. Open the polls only if the election authority has told you to.</source>
        <translation>تبدأ فترة التصويت في هذا الانتخاب في %1. لم تبدأ بعد. افتح التصويت فقط إذا طلبت منك الجهة المسؤولة عن الانتخاب ذلك.</translation>
    </message>
    <message>
        <source>The voting period of this election ended %1. Open the polls only if the election authority has told you to.</source>
        <translation>انتهت فترة التصويت في هذا الانتخاب في %1. افتح التصويت فقط إذا طلبت منك الجهة المسؤولة عن الانتخاب ذلك.</translation>
    </message>
    <message>
        <source>The station is in TEST mode: these ballots are test ballots.</source>
        <translation>المحطة في الوضع التجريبي: هذه الأصوات أصوات تجريبية.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>التقرير الصفري</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>تقرير الإغلاق</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>حُفظ بصيغة PDF: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as PDF. Write down the numbers shown here.</source>
        <translation>تعذَّر حفظ التقرير بصيغة PDF. اكتب الأرقام المعروضة هنا.</translation>
    </message>
    <message>
        <source>The polls are OPEN. Voters can vote.</source>
        <translation>التصويت مفتوح. يستطيع الناخبون التصويت.</translation>
    </message>
    <message>
        <source>The polls are PAUSED. Nobody can start voting.</source>
        <translation>التصويت متوقف مؤقتاً. لا يستطيع أحد أن يبدأ التصويت.</translation>
    </message>
    <message>
        <source>The polls are CLOSED.</source>
        <translation>التصويت مغلق.</translation>
    </message>
    <message>
        <source>Voting STOPPED by itself because of a fault (for example a full disk). Fix the cause, then resume.</source>
        <translation>توقف التصويت من تلقاء نفسه بسبب عطل (مثلاً امتلاء القرص). أصلح السبب، ثم استأنف.</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>PASSED %1 · test ballots: %2</source>
        <translation>ناجح %1 · الأصوات التجريبية: %2</translation>
    </message>
    <message>
        <source>FAILED %1 · test ballots: %2</source>
        <translation>لم ينجح %1 · الأصوات التجريبية: %2</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الانتخاب</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>بصمة المحطة</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>بصمة الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Election package hash (SHA-256)</source>
        <translation>بصمة حزمة الانتخاب (SHA-256)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Ballots in the ballot box</source>
        <translation>الأصوات في صندوق الاقتراع</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>الأصوات المُدلى بها</translation>
    </message>
    <message>
        <source>Last record hash</source>
        <translation>بصمة آخر سجل</translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation>عمليات التصدير</translation>
    </message>
    <message>
        <source>Ballots not exported</source>
        <translation>أصوات لم تُصدَّر</translation>
    </message>
    <message>
        <source>Ballots not synced</source>
        <translation>أصوات لم تُزامَن</translation>
    </message>
    <message>
        <source>Logic and accuracy test</source>
        <translation>اختبار المنطق والدقة (L&amp;A)</translation>
    </message>
</context>
<context>
    <name>StaffSetup</name>
    <message>
        <source>The station's district</source>
        <translation>منطقة المحطة</translation>
    </message>
    <message>
        <source>This election has a pot for each district. Voters at a station that stands in a district vote in that district's pot without being asked. Where voters from several districts come, let them choose on the screen.</source>
        <translation>في هذا الانتخاب لكل منطقة ميزانية خاصة بها. الناخبون في محطة تقع في منطقة يصوّتون في ميزانية تلك المنطقة دون أن يُسألوا. حيث يأتي ناخبون من عدة مناطق، دعهم يختارون على الشاشة.</translation>
    </message>
    <message>
        <source>Voters choose their district on screen</source>
        <translation>يختار الناخبون منطقتهم على الشاشة</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>أنشئ المحطة</translation>
    </message>
    <message>
        <source>Yes, the same: go on</source>
        <translation>نعم، مطابقة: تابع</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>المنطقة: %1</translation>
    </message>
    <message>
        <source>District: none, voters choose their district on screen.</source>
        <translation>المنطقة: لا شيء، يختار الناخبون منطقتهم على الشاشة.</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>إعداد المحطة</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>اختر حزمة الانتخاب</translation>
    </message>
    <message>
        <source>The election authority gives you the election package on a USB stick (a file ending in .pkg). Put the stick in and choose the file.</source>
        <translation>تعطيك الجهة المسؤولة عن الانتخاب حزمة الانتخاب على ذاكرة USB (ملف ينتهي بـ .pkg). ضع الذاكرة واختر الملف.</translation>
    </message>
    <message>
        <source>No election package found on a USB stick. Put the stick in, then press Look again, or choose the file yourself.</source>
        <translation>لم يُعثر على حزمة انتخاب في ذاكرة USB. ضع الذاكرة، ثم اضغط «ابحث مرة أخرى»، أو اختر الملف بنفسك.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختر ملفاً…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>المختار: %1</translation>
    </message>
    <message>
        <source>Check the package</source>
        <translation>افحص الحزمة</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>قارن البصمة</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>الانتخاب: %1</translation>
    </message>
    <message>
        <source>The package's signature is correct. It was signed by the election authority with this fingerprint:</source>
        <translation>توقيع الحزمة صحيح. وقَّعتها الجهة المسؤولة عن الانتخاب بهذه البصمة:</translation>
    </message>
    <message>
        <source>Is it exactly the same as the fingerprint on the paper from the election authority?</source>
        <translation>هل هي مطابقة تماماً للبصمة المكتوبة على الورقة من الجهة المسؤولة عن الانتخاب؟</translation>
    </message>
    <message>
        <source>Type the fingerprint from the paper here (dashes and spaces do not matter):</source>
        <translation>اكتب البصمة المطبوعة على الورقة هنا (الشرطات والمسافات لا تهم):</translation>
    </message>
    <message>
        <source>What you typed is not this package's fingerprint. Check every character against the paper.</source>
        <translation>ما كتبته ليس بصمة هذه الحزمة. قارن كل حرف بما هو مطبوع على الورقة.</translation>
    </message>
    <message>
        <source>Yes, the same: create the station</source>
        <translation>نعم، مطابقة: أنشئ المحطة</translation>
    </message>
    <message>
        <source>No, it is different</source>
        <translation>لا، إنها مختلفة</translation>
    </message>
    <message>
        <source>Stop. Do not use this package. Call the election authority.</source>
        <translation>توقف. لا تستخدم هذه الحزمة. اتصل بالجهة المسؤولة عن الانتخاب.</translation>
    </message>
    <message>
        <source>Where the station stands (for example Hagaby bibliotek)</source>
        <translation>مكان المحطة (مثلاً Hagaby bibliotek)</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>طلب التسجيل</translation>
    </message>
    <message>
        <source>The station is created. Its fingerprint:</source>
        <translation>أُنشئت المحطة. بصمتها:</translation>
    </message>
    <message>
        <source>Write the enrolment request to a USB stick and give it to the election authority. They give you a certificate file back.</source>
        <translation>اكتب طلب التسجيل على ذاكرة USB وأعطه للجهة المسؤولة عن الانتخاب. ستعطيك ملف شهادة في المقابل.</translation>
    </message>
    <message>
        <source>Write the enrolment request</source>
        <translation>اكتب طلب التسجيل</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>كُتب: %1</translation>
    </message>
    <message>
        <source>Certificate from the election authority</source>
        <translation>الشهادة من الجهة المسؤولة عن الانتخاب</translation>
    </message>
    <message>
        <source>Put in the USB stick with the certificate file and choose it.</source>
        <translation>ضع ذاكرة USB التي عليها ملف الشهادة واختره.</translation>
    </message>
    <message>
        <source>No certificate file found on a USB stick.</source>
        <translation>لم يُعثر على ملف شهادة في ذاكرة USB.</translation>
    </message>
    <message>
        <source>Read the certificate</source>
        <translation>اقرأ الشهادة</translation>
    </message>
    <message>
        <source>The station is enrolled.</source>
        <translation>المحطة مسجَّلة.</translation>
    </message>
    <message>
        <source>Later (the polls cannot open before this)</source>
        <translation>لاحقاً (لا يمكن فتح التصويت قبل ذلك)</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Choose the PIN that staff type to reach staff mode: at least 6 digits, not easy to guess. Type it twice.</source>
        <translation>اختر رمز PIN الذي يكتبه الموظفون للوصول إلى وضع الموظفين: 6 أرقام على الأقل، وليس سهل التخمين. اكتبه مرتين.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>رمز PIN جديد للموظفين</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>رمز PIN نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>عيِّن رمز PIN</translation>
    </message>
    <message>
        <source>The station is ready</source>
        <translation>المحطة جاهزة</translation>
    </message>
    <message>
        <source>Station %1 is set up for %2. Open the polls in staff mode when voting starts.</source>
        <translation>المحطة %1 مُعدَّة للانتخاب %2. افتح التصويت في وضع الموظفين عندما يبدأ التصويت.</translation>
    </message>
    <message>
        <source>The station is not enrolled yet: read the certificate before the polls can open (start the set-up again).</source>
        <translation>المحطة غير مسجَّلة بعد: اقرأ الشهادة قبل أن يمكن فتح التصويت (ابدأ الإعداد من جديد).</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>List of issued voting codes</source>
        <translation>قائمة رموز التصويت الصادرة</translation>
    </message>
    <message>
        <source>This election uses voting codes. The station accepts only codes on the election authority's list. Put in the USB stick with the list (issued-codes.json) and choose it.</source>
        <translation>يستخدم هذا الانتخاب رموز التصويت. لا تقبل المحطة إلا الرموز الموجودة في قائمة سلطة الانتخاب. أدخل ذاكرة USB التي عليها القائمة (issued-codes.json) واخترها.</translation>
    </message>
    <message>
        <source>No list of issued voting codes found on a USB stick.</source>
        <translation>لم يُعثر على قائمة رموز التصويت الصادرة في أي ذاكرة USB.</translation>
    </message>
    <message>
        <source>Read the list of issued codes</source>
        <translation>اقرأ قائمة الرموز الصادرة</translation>
    </message>
    <message>
        <source>Issued voting codes that the station accepts: %1.</source>
        <translation>رموز التصويت الصادرة التي تقبلها المحطة: %1.</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>stopped by a fault</source>
        <translation>متوقف بسبب عطل</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>official</source>
        <translation>رسمي</translation>
    </message>
    <message>
        <source>Station status</source>
        <translation>حالة المحطة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>QR code of the station fingerprint</source>
        <translation>رمز QR لبصمة المحطة</translation>
    </message>
    <message>
        <source>none: voters choose their district on screen</source>
        <translation>لا شيء: يختار الناخبون منطقتهم على الشاشة</translation>
    </message>
    <message>
        <source>No: finish the station set-up</source>
        <translation>لا: أكمل إعداد المحطة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>Working. Voice: %1. Recorded clips: %2. Nothing: %3.</source>
        <translation>يعمل. صوت: %1. مقاطع مسجلة: %2. لا شيء: %3.</translation>
    </message>
    <message>
        <source>Not working, voters are not offered it: %1</source>
        <translation>لا يعمل، ولا يُعرض على الناخبين: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>SYNTHETIC PLACEHOLDERS, not recordings: %1</source>
        <translation>عناصر نائبة اصطناعية، وليست تسجيلات: %1</translation>
    </message>
    <message>
        <source>The tally reports a conflict for this station: call the election office.</source>
        <translation>يُبلغ الفرز عن تعارض يخص هذه المحطة: اتصل بمكتب الانتخابات.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الانتخاب</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Station fingerprint</source>
        <translation>بصمة المحطة</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Ballots today</source>
        <translation>الأصوات اليوم</translation>
    </message>
    <message>
        <source>Ballots in total</source>
        <translation>مجموع الأصوات</translation>
    </message>
    <message>
        <source>Test ballots</source>
        <translation>الأصوات التجريبية</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>لم تُصدَّر بعد</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>لم تُزامَن بعد</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>آخر تصدير</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>المساحة الحرة على القرص</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّلة</translation>
    </message>
    <message>
        <source>Authority fingerprint</source>
        <translation>بصمة الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Read-aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
</context>
<context>
    <name>StaffSync</name>
    <message>
        <source>Sync with the tally server</source>
        <translation>المزامنة مع خادم الفرز</translation>
    </message>
    <message>
        <source>none: export the ballots to USB</source>
        <translation>لا يوجد: صدِّر الأصوات إلى USB</translation>
    </message>
    <message>
        <source>Offline: no server is set</source>
        <translation>غير متصل: لم يُعيَّن خادم</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Waiting to send (offline or not yet sent)</source>
        <translation>بانتظار الإرسال (غير متصل أو لم يُرسل بعد)</translation>
    </message>
    <message>
        <source>Ballots are always kept on the station, also after they are sent. Only change the server address if the election authority tells you to.</source>
        <translation>تبقى الأصوات دائماً محفوظة في المحطة، حتى بعد إرسالها. غيِّر عنوان الخادم فقط إذا طلبت منك الجهة المسؤولة عن الانتخاب ذلك.</translation>
    </message>
    <message>
        <source>Tally server address</source>
        <translation>عنوان خادم الفرز</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>احفظ العنوان</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ballots waiting to be sent</source>
        <translation>أصوات بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
</context>
<context>
    <name>StaffVoters</name>
    <message>
        <source>Voter on the screen</source>
        <translation>الناخب على الشاشة</translation>
    </message>
    <message>
        <source>No voter screen is attached to this staff panel.</source>
        <translation>لا توجد شاشة ناخب متصلة بلوحة الموظفين هذه.</translation>
    </message>
    <message>
        <source>Check the voter's identity and that they have not voted yet. Then unlock: the voter continues on the screen.</source>
        <translation>تحقَّق من هوية الناخب ومن أنه لم يصوِّت بعد. ثم افتح له التصويت: يتابع الناخب على الشاشة.</translation>
    </message>
    <message>
        <source>Unlock the voting for this voter</source>
        <translation>افتح التصويت لهذا الناخب</translation>
    </message>
    <message>
        <source>Void the voter's session</source>
        <translation>ألغِ جلسة الناخب</translation>
    </message>
    <message>
        <source>Voiding ends the session on the screen. The voter's choices are wiped and no ballot is cast.</source>
        <translation>الإلغاء يُنهي الجلسة على الشاشة. تُمسح اختيارات الناخب ولا يُدلى بأي صوت.</translation>
    </message>
    <message>
        <source>Void the voter's session? Their choices are wiped and no ballot is cast.</source>
        <translation>هل تريد إلغاء جلسة الناخب؟ تُمسح اختياراته ولا يُدلى بأي صوت.</translation>
    </message>
    <message>
        <source>The session was voided. The screen shows the welcome page again.</source>
        <translation>أُلغيت الجلسة. تعرض الشاشة صفحة الترحيب مرة أخرى.</translation>
    </message>
    <message>
        <source>No voter is voting right now.</source>
        <translation>لا أحد يصوِّت الآن.</translation>
    </message>
    <message>
        <source>A voter is waiting for staff to unlock the voting.</source>
        <translation>ناخب ينتظر أن يفتح له أحد الموظفين التصويت.</translation>
    </message>
    <message>
        <source>A voter has started voting.</source>
        <translation>بدأ ناخب التصويت.</translation>
    </message>
</context>
</TS>
