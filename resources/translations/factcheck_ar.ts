<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="21" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="21" />
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="21" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="21" />
        <source>Checked</source>
        <translation>المُتحقَّق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/qt_models.py" line="74" />
        <source>%n hidden bidi control(s)</source>
        <translation>
            <numerusform>لا محارف مخفية للتحكم في الاتجاه</numerusform>
            <numerusform>محرف واحد مخفي للتحكم في الاتجاه</numerusform>
            <numerusform>محرفان مخفيان للتحكم في الاتجاه</numerusform>
            <numerusform>%n محارف مخفية للتحكم في الاتجاه</numerusform>
            <numerusform>%n محرفًا مخفيًا للتحكم في الاتجاه</numerusform>
            <numerusform>%n محرف مخفي للتحكم في الاتجاه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../factcheck/gui/qt_reader.py" line="409" />
        <source>Hidden bidi control: %1 (shown, not applied)</source>
        <translatorcomment>Placeholders are wrapped in invisible Unicode isolates (U+2066 LRI or U+2068 FSI ... U+2069 PDI) so timestamps, paths and names keep their order in RTL text; keep them.</translatorcomment>
        <translation>محرف مخفي للتحكم في الاتجاه: ⁦%1⁩ (معروض وغير مُطبَّق)</translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="109" />
        <source>supports</source>
        <translation>يؤيّد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="110" />
        <source>refutes</source>
        <translation>يدحض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="111" />
        <source>context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="115" />
        <source>Select a claim, or click a sentence and press Space to mark it.</source>
        <translation>اختر ادعاءً، أو انقر على جملة واضغط مفتاح المسافة لتعليمها ادعاءً.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="131" />
        <source>Status</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="134" />
        <source>Rationale or note</source>
        <translation>التعليل أو الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="139" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="142" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="149" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="151" />
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="153" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="161" />
        <source>https://… (Enter adds)</source>
        <translation>https://… (Enter للإضافة)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="165" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="170" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="182" />
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="199" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="223" />
        <source>%1
%2  ·  %3</source>
        <translation>%1
⁦%2⁩  ·  %3</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="234" />
        <source>Annotator: %1 · created %2 · updated %3</source>
        <translatorcomment>Placeholders are wrapped in invisible Unicode isolates (U+2066 LRI or U+2068 FSI ... U+2069 PDI) so timestamps, paths and names keep their order in RTL text; keep them.</translatorcomment>
        <translation>المدقق: ⁨%1⁩ · أُنشئ في ⁦%2⁩ · حُدِّث في ⁦%3⁩</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="248" />
        <source>created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="249" />
        <source>changed</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="250" />
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="251" />
        <source>restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="252" />
        <source>linked</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="253" />
        <source>unlinked</source>
        <translation>إلغاء ربط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="256" />
        <source>claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="257" />
        <location filename="../../factcheck/gui/qt_inspector.py" line="258" />
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="259" />
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="260" />
        <location filename="../../factcheck/gui/qt_inspector.py" line="261" />
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="267" />
        <location filename="../../factcheck/gui/qt_inspector.py" line="271" />
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="273" />
        <source>%1  %2: %3 %4: %5</source>
        <translation>⁦%1⁩  ⁨%2⁩: %3 %4: %5</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="274" />
        <source>%1  %2: %3 %4</source>
        <translation>⁦%1⁩  ⁨%2⁩: %3 %4</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="89" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="89" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="89" />
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../factcheck/gui/qt_controller.py" line="73" />
        <source>This database is open read-only; nothing was changed.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="111" />
        <source>factcheck — %1</source>
        <translation>factcheck — %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="131" />
        <source>Filter articles</source>
        <translation>تصفية المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="150" />
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="162" />
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="175" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="134" />
        <location filename="../../factcheck/gui/main_window.py" line="188" />
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="189" />
        <source>Read-only database</source>
        <translation>قاعدة البيانات مفتوحة للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="244" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="245" />
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="246" />
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="248" />
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="250" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="252" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="265" />
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="266" />
        <source>Mark sentence or selection as claim</source>
        <translation>تعليم الجملة أو النص المحدد ادعاءً</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="267" />
        <source>Unmark selected claim</source>
        <translation>إلغاء تعليم الادعاء المحدد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="269" />
        <source>Next sentence</source>
        <translation>الجملة التالية</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="270" />
        <source>Previous sentence</source>
        <translation>الجملة السابقة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="271" />
        <source>Next claim</source>
        <translation>الادعاء التالي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="272" />
        <source>Previous claim</source>
        <translation>الادعاء السابق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="274" />
        <source>Focus source field</source>
        <translation>الانتقال إلى حقل المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="275" />
        <source>Focus note</source>
        <translation>الانتقال إلى الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="276" />
        <source>Back to the reader</source>
        <translation>العودة إلى نص المقال</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="277" />
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="290" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="291" />
        <source>Next article</source>
        <translation>المقال التالي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="292" />
        <source>Previous article</source>
        <translation>المقال السابق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="294" />
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="295" />
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="296" />
        <source>Reset zoom</source>
        <translation>إعادة الحجم الأصلي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="298" />
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="299" />
        <source>Verdict report (CSV), all articles…</source>
        <translation>تقرير الأحكام (CSV)، كل المقالات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="300" />
        <source>Verdict report (CSV), this article…</source>
        <translation>تقرير الأحكام (CSV)، هذا المقال…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="302" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="303" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="316" />
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/main_window.py" line="376" />
        <source>This article holds %n hidden bidi control character(s), shown as ◆.</source>
        <translation><numerusform>لا يحوي هذا المقال محارف مخفية للتحكم في الاتجاه.</numerusform><numerusform>يحوي هذا المقال محرفًا واحدًا مخفيًا للتحكم في الاتجاه، معروضًا بالرمز ◆.</numerusform><numerusform>يحوي هذا المقال محرفين مخفيين للتحكم في الاتجاه، معروضين بالرمز ◆.</numerusform><numerusform>يحوي هذا المقال %n محارف مخفية للتحكم في الاتجاه، معروضة بالرمز ◆.</numerusform><numerusform>يحوي هذا المقال %n محرفًا مخفيًا للتحكم في الاتجاه، معروضة بالرمز ◆.</numerusform><numerusform>يحوي هذا المقال %n محرف مخفي للتحكم في الاتجاه، معروضة بالرمز ◆.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/main_window.py" line="596" />
        <source>%1 holds %n hidden bidi control(s).</source>
        <translation><numerusform>لا يحوي ⁨%1⁩ محارف مخفية للتحكم في الاتجاه.</numerusform><numerusform>يحوي ⁨%1⁩ محرفًا واحدًا مخفيًا للتحكم في الاتجاه.</numerusform><numerusform>يحوي ⁨%1⁩ محرفين مخفيين للتحكم في الاتجاه.</numerusform><numerusform>يحوي ⁨%1⁩ %n محارف مخفية للتحكم في الاتجاه.</numerusform><numerusform>يحوي ⁨%1⁩ %n محرفًا مخفيًا للتحكم في الاتجاه.</numerusform><numerusform>يحوي ⁨%1⁩ %n محرف مخفي للتحكم في الاتجاه.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/main_window.py" line="645" />
        <source>Wrote %n claim(s) to %1</source>
        <translation><numerusform>لم يُكتب أي ادعاء في ⁦%1⁩</numerusform><numerusform>كُتب ادعاء واحد في ⁦%1⁩</numerusform><numerusform>كُتب ادعاءان في ⁦%1⁩</numerusform><numerusform>كُتبت %n ادعاءات في ⁦%1⁩</numerusform><numerusform>كُتب %n ادعاءً في ⁦%1⁩</numerusform><numerusform>كُتب %n ادعاء في ⁦%1⁩</numerusform></translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="389" />
        <source>There is no article %1.</source>
        <translation>لا يوجد مقال بالرقم %1.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="531" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="531" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="537" />
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="544" />
        <source>This database is open read-only; nothing was imported.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ لم يُستورَد شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="548" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="548" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="587" />
        <source>Imported: %1</source>
        <translation>المستورَدة: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="588" />
        <source>Already present (skipped): %1</source>
        <translation>الموجودة مسبقًا (تُخطِّيت): %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="589" />
        <source>Refused: %1</source>
        <translation>المرفوضة: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="592" />
        <source>The import was cancelled; files not reached were not imported.</source>
        <translation>أُلغي الاستيراد؛ ولم تُستورَد الملفات التي لم يبلغها.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="602" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="624" />
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="628" />
        <source>Export verdict report</source>
        <translation>تصدير تقرير الأحكام</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="628" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="665" />
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="75" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="78" />
        <source>Annotator name</source>
        <translation>اسم المدقق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="85" />
        <source>Language (after restart)</source>
        <translation>اللغة (بعد إعادة التشغيل)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="55" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="59" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="59" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="53" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="66" />
        <source>URL</source>
        <translation>الرابط (URL)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="67" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="68" />
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="69" />
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="70" />
        <source>Archive URL</source>
        <translation>رابط النسخة المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="71" />
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="72" />
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="43" />
        <source>Mark claim</source>
        <translation>تعليم ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="64" />
        <source>Unmark claim</source>
        <translation>إلغاء تعليم ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="78" />
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="99" />
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="127" />
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="145" />
        <source>Edit source</source>
        <translation>تحرير مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="160" />
        <source>Remove source</source>
        <translation>إزالة مصدر</translation>
    </message>
</context>
</TS>