<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../factcheck/gui/settings.py" line="45"/>
        <source>The settings cannot be saved in %1 (it cannot be written). Your changes to the language, zoom, annotator name and last article are kept until factcheck closes.</source>
        <translation>لا يمكن حفظ الإعدادات في %1 (لا تمكن الكتابة فيه). تبقى تغييراتك على اللغة والتكبير واسم المدقق وآخر مقال محفوظة حتى يُغلَق factcheck.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="51"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="51"/>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="51"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="51"/>
        <source>Checked</source>
        <translation>المُتحقَّق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/qt_models.py" line="101"/>
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
        <location filename="../../factcheck/gui/qt_reader.py" line="565"/>
        <source>Hidden bidi control: %1 (shown, not applied)</source>
        <translatorcomment>Placeholders are wrapped in invisible Unicode isolates (U+2066 LRI or U+2068 FSI ... U+2069 PDI) so timestamps, paths and names keep their order in RTL text; keep them.</translatorcomment>
        <translation>محرف مخفي للتحكم في الاتجاه: ⁦%1⁩ (معروض وغير مُطبَّق)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/qt_reader.py" line="582"/>
        <source>Also in %n other article(s)</source>
        <translation>
            <numerusform>لا يظهر في مقالات أخرى</numerusform>
            <numerusform>يظهر أيضًا في مقال آخر</numerusform>
            <numerusform>يظهر أيضًا في مقالين آخرين</numerusform>
            <numerusform>يظهر أيضًا في %n مقالات أخرى</numerusform>
            <numerusform>يظهر أيضًا في %n مقالًا آخر</numerusform>
            <numerusform>يظهر أيضًا في %n مقال آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="122"/>
        <source>supports</source>
        <translation>يؤيّد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="123"/>
        <source>refutes</source>
        <translation>يدحض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="124"/>
        <source>context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="128"/>
        <source>Select a claim, or click a sentence and press Space to mark it.</source>
        <translation>اختر ادعاءً، أو انقر على جملة واضغط مفتاح المسافة لتعليمها ادعاءً.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="145"/>
        <source>Status</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="148"/>
        <source>Rationale or note</source>
        <translation>التعليل أو الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="154"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="157"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="165"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="167"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="169"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="177"/>
        <source>https://… (Enter adds)</source>
        <translation>https://… (Enter للإضافة)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="181"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="186"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="202"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="214"/>
        <source>agrees</source>
        <translation>يؤيّد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="215"/>
        <source>disagrees</source>
        <translation>يعارض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="216"/>
        <source>discusses</source>
        <translation>يناقش</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="217"/>
        <source>unrelated</source>
        <translation>غير ذي صلة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="219"/>
        <source>Same claim in other articles</source>
        <translation>الادعاء نفسه في مقالات أخرى</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="230"/>
        <source>This article</source>
        <translation>موقف هذا المقال</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="237"/>
        <source>Unlink</source>
        <translation>فكّ الربط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="250"/>
        <source>Link to selected claim</source>
        <translation>اربط بالادعاء المحدَّد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="271"/>
        <source>%1 — %2 (%3)</source>
        <translation>⁨%1⁩ — ⁨%2⁩ (%3)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="280"/>
        <source>Not linked to other articles yet.</source>
        <translation>غير مربوط بمقالات أخرى بعد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="324"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="350"/>
        <source>%1
%2  ·  %3</source>
        <translation>%1
⁦%2⁩  ·  %3</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="352"/>
        <source>%1  ·  %2</source>
        <translation>⁦%1⁩  ·  %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="359"/>
        <source>Annotator: %1 · created %2 · updated %3</source>
        <translatorcomment>Placeholders are wrapped in invisible Unicode isolates (U+2066 LRI or U+2068 FSI ... U+2069 PDI) so timestamps, paths and names keep their order in RTL text; keep them.</translatorcomment>
        <translation>المدقق: ⁨%1⁩ · أُنشئ في ⁦%2⁩ · حُدِّث في ⁦%3⁩</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="380"/>
        <source>created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="381"/>
        <source>changed</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="382"/>
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="383"/>
        <source>restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="384"/>
        <source>added</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="385"/>
        <source>removed</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="388"/>
        <source>claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="389"/>
        <location filename="../../factcheck/gui/qt_inspector.py" line="390"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="391"/>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="392"/>
        <location filename="../../factcheck/gui/qt_inspector.py" line="393"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="394"/>
        <source>link to another claim</source>
        <translation>الربط بادعاء آخر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="395"/>
        <source>appearance in another article</source>
        <translation>الظهور في مقال آخر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="396"/>
        <source>stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="402"/>
        <location filename="../../factcheck/gui/qt_inspector.py" line="406"/>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="408"/>
        <source>%1  %2: %3 %4: %5</source>
        <translation>⁦%1⁩  ⁨%2⁩: %3 %4: %5</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="409"/>
        <source>%1  %2: %3 %4</source>
        <translation>⁦%1⁩  ⁨%2⁩: %3 %4</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="145"/>
        <source>Copy the whole quote</source>
        <translation>انسخ الاقتباس كاملاً</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="245"/>
        <source>Probably the same claim (choose one, then Link or Ctrl+Enter):</source>
        <translation>على الأرجح الادعاء نفسه (اختر واحدًا، ثم «ربط» أو Ctrl+Enter):</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="292"/>
        <source>%1% · %2 · %3 — %4</source>
        <translation>%1% · %2 · %3 — %4</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="130"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="130"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="130"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="13"/>
        <source>A source needs a URL.</source>
        <translation>يحتاج المصدر إلى رابط.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="14"/>
        <source>Source URL contains spaces or control characters: {url!r}</source>
        <translation>رابط المصدر فيه مسافات أو محارف تحكّم: «{url}»</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="15"/>
        <source>Source URL contains invisible or direction-changing characters: {url!r}</source>
        <translation>رابط المصدر فيه محارف غير مرئية أو تغيّر اتجاه النص: «{url}»</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="16"/>
        <source>Source URL is malformed: {url}</source>
        <translation>رابط المصدر غير سليم: {url}</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="17"/>
        <source>Only http and https sources are accepted, not {url!r}.</source>
        <translation>لا تُقبل إلا مصادر http و https، وليس «{url}».</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="18"/>
        <source>Source URL has no host: {url}</source>
        <translation>رابط المصدر بلا اسم موقع: {url}</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="19"/>
        <source>Source URLs with a user name or password are refused.</source>
        <translation>تُرفض روابط المصادر التي تحمل اسم مستخدم أو كلمة مرور.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="21"/>
        <source>There is no article {article_id}.</source>
        <translation>لا يوجد مقال رقمه {article_id}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="22"/>
        <source>There is no claim {claim_id}.</source>
        <translation>لا يوجد ادعاء رقمه {claim_id}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="23"/>
        <source>There is no source {source_id}.</source>
        <translation>لا يوجد مصدر رقمه {source_id}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="24"/>
        <source>Claim {claim_id} already has the source {url}.</source>
        <translation>للادعاء {claim_id} المصدر {url} من قبل.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="25"/>
        <source>Unknown status {status!r}; known statuses: {known}.</source>
        <translation>حالة غير معروفة «{status}»؛ الحالات المعروفة: {known}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="26"/>
        <source>Span {start}:{end} is outside the text (0:{length}) or has no length.</source>
        <translation>المقطع {start}:{end} خارج النص (0:{length}) أو بلا طول.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="27"/>
        <source>Span {start}:{end} holds only white space.</source>
        <translation>المقطع {start}:{end} ليس فيه إلا فراغات.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="28"/>
        <source>Span {start}:{end} starts on a combining mark that belongs to the letter before it; start one character earlier.</source>
        <translation>المقطع {start}:{end} يبدأ بحركة تتبع الحرف الذي قبلها؛ ابدأ قبلها بمحرف واحد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="29"/>
        <source>Span {start}:{end} cuts the combining marks off its last letter; end it after them.</source>
        <translation>المقطع {start}:{end} يفصل حركات حرفه الأخير عنه؛ أنهِه بعدها.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="30"/>
        <source>Span {start}:{end} cuts an emoji or a flag in two; move its ends outside it.</source>
        <translation>المقطع {start}:{end} يقسم رمزًا تعبيريًا أو علمًا إلى نصفين؛ انقل طرفيه إلى خارجه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="31"/>
        <source>Claim {claim_id} was changed elsewhere (now version {version}); your edit was not saved. Reload and try again.</source>
        <translation>عُدِّل الادعاء {claim_id} في مكان آخر (نسخته الآن {version})؛ لم يُحفظ تعديلك. أعد التحميل وحاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Claim {claim_id} was changed elsewhere (now version {version}); the link was not saved. Reload and try again.</source>
        <translation>عُدِّل الادعاء {claim_id} في مكان آخر (نسخته الآن {version})؛ لم يُحفظ الربط. أعد التحميل وحاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="34"/>
        <source>Claim {claim_id} cannot be linked to itself.</source>
        <translation>لا يمكن ربط الادعاء {claim_id} بنفسه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="35"/>
        <source>Claim {claim_id} is not linked to another claim.</source>
        <translation>الادعاء {claim_id} غير مربوط بادعاء آخر.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="37"/>
        <source>{path} is a directory, not a database file.</source>
        <translation>{path} مجلد، وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="38"/>
        <source>{path} is not a factcheck database (not an SQLite file); left untouched.</source>
        <translation>{path} ليس قاعدة بيانات factcheck (ليس ملف SQLite)؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="39"/>
        <source>The database {where} is busy: another program kept it locked for more than {seconds} s. Nothing was changed; try again.</source>
        <translation>قاعدة البيانات {where} مشغولة: أبقاها برنامج آخر مقفلة أكثر من {seconds} ثانية. لم يتغيّر شيء؛ حاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="40"/>
        <source>The database {where} is read-only; nothing was changed.</source>
        <translation>قاعدة البيانات {where} للقراءة فقط؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="41"/>
        <source>The disk holding {where} is full; nothing was changed.</source>
        <translation>القرص الذي يحمل {where} ممتلئ؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="42"/>
        <source>{where} is damaged or not a database: {reason}.</source>
        <translation>{where} تالف أو ليس قاعدة بيانات: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="43"/>
        <source>{where} is an SQLite database but not a factcheck database; left untouched.</source>
        <translation>{where} قاعدة بيانات SQLite لكنها ليست قاعدة بيانات factcheck؛ تُركت كما هي.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="44"/>
        <source>{where} was made by a newer version of factcheck (schema {schema}); upgrade factcheck to open it. The file was left untouched.</source>
        <translation>أُنشئت {where} بإصدار أحدث من factcheck (المخطط {schema})؛ حدّث factcheck لفتحها. تُرك الملف كما هو.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="45"/>
        <source>{where} needs a schema upgrade but is read-only.</source>
        <translation>{where} تحتاج إلى ترقية المخطط لكنها للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="46"/>
        <source>{where} is open read-only; nothing was changed.</source>
        <translation>{where} مفتوحة للقراءة فقط؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="47"/>
        <source>{where} was deleted or replaced while it was open; nothing more was written there. What this window held is saved in {rescued}.</source>
        <translation>حُذف الملف {where} أو استُبدل بينما كان مفتوحًا؛ لم يُكتب فيه شيء بعد ذلك. ما كانت تحمله هذه النافذة محفوظ في {rescued}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="48"/>
        <source>{where} was deleted or replaced while it was open; nothing more was written there. Restore it from a backup, then open it again.</source>
        <translation>حُذف الملف {where} أو استُبدل بينما كان مفتوحًا؛ لم يُكتب فيه شيء بعد ذلك. استعده من نسخة احتياطية ثم افتحه من جديد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="50"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>تعذّرت الكتابة في {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="51"/>
        <source>{path} is a folder; give a file name for {what}.</source>
        <translation>{path} مجلد؛ اكتب اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="52"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} موجود من قبل؛ اختر اسماً آخر أو اسمح بالكتابة فوقه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="53"/>
        <source>Folder {path} does not exist.</source>
        <translation>المجلد {path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="54"/>
        <source>{path} is a file; the research export needs a folder.</source>
        <translation>{path} ملف؛ يحتاج تصدير البحث إلى مجلد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="55"/>
        <source>{path} is not a regular file; give a file name for {what}.</source>
        <translation>{path} ليس ملفًا عاديًا؛ اكتب اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="56"/>
        <source>{path} belongs to a database; an export never replaces it. Choose another name.</source>
        <translation>{path} جزء من قاعدة بيانات، والتصدير لا يستبدلها أبدًا. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="58"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="59"/>
        <source>file contains only whitespace</source>
        <translation>الملف لا يحوي إلا مسافات بيضاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="60"/>
        <source>binary file (control characters)</source>
        <translation>ملف ثنائي (محارف تحكّم)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="61"/>
        <source>binary file (NUL bytes)</source>
        <translation>ملف ثنائي (بايتات NUL)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="62"/>
        <source>not valid text in any supported encoding</source>
        <translation>ليس نصًا صالحًا بأيّ ترميز مدعوم</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="63"/>
        <source>legacy Arabic text in an encoding that could not be told apart (Windows-1256, ISO-8859-6, MacArabic, CP720): save it as UTF-8 and import again</source>
        <translation>نص عربي بترميز قديم تعذّر تمييزه (Windows-1256 أو ISO-8859-6 أو MacArabic أو CP720): احفظه بترميز UTF-8 ثم استورده من جديد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="63"/>
        <source>not valid {encoding} text despite its byte-order mark</source>
        <translation>ليس نصًا صالحًا بترميز {encoding} مع أن في أوله علامة ترتيب البايتات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="64"/>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="65"/>
        <source>permission denied</source>
        <translation>لا إذن بالقراءة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="66"/>
        <source>cannot read file ({reason})</source>
        <translation>تعذّرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="67"/>
        <source>cannot read ({reason})</source>
        <translation>تعذّرت القراءة ({reason})</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="68"/>
        <source>is a directory</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="69"/>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="70"/>
        <source>file too large ({size} MB; limit {limit} MB)</source>
        <translation>الملف كبير جدًا ({size} ميغابايت؛ الحد {limit} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="71"/>
        <source>folder holds no article files</source>
        <translation>لا يحوي المجلد ملفات مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="72"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="73"/>
        <source>a link to a file outside the folder {folder}; name the link itself to import it</source>
        <translation>رابط إلى ملف خارج المجلد {folder}؛ اذكر الرابط نفسه لاستيراده</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="73"/>
        <source>empty path</source>
        <translation>مسار فارغ</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="74"/>
        <source>empty article</source>
        <translation>مقال فارغ</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="76"/>
        <source>Article {article_id} has {count} sentences; there is no sentence {index}.</source>
        <translation>عدد جمل المقال {article_id} هو {count}؛ لا توجد جملة رقمها {index}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="77"/>
        <source>Unknown stance {stance!r}; use one of: {known}.</source>
        <translation>موقف غير معروف «{stance}»؛ استعمل واحدًا من: {known}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="78"/>
        <source>Accessed date {accessed!r} is not an ISO date (YYYY-MM-DD).</source>
        <translation>تاريخ الاطلاع «{accessed}» ليس تاريخًا بالصيغة ⁦YYYY-MM-DD⁩.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="80"/>
        <source>Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to delete it.</source>
        <translation>الادعاء {claim_id} أصلُ مجموعةٍ لها ظهورات أخرى عددها {count} (الادعاء {members})؛ افصل تلك الظهورات عنه أولًا، ثم احذفه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="81"/>
        <source>Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to link it.</source>
        <translation>الادعاء {claim_id} أصلُ مجموعةٍ لها ظهورات أخرى عددها {count} (الادعاء {members})؛ افصل تلك الظهورات عنه أولًا، ثم اربطه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="82"/>
        <source>Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to unlink it.</source>
        <translation>الادعاء {claim_id} أصلُ مجموعةٍ لها ظهورات أخرى عددها {count} (الادعاء {members})؛ افصل تلك الظهورات عنه أولًا، ثم افصله.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="83"/>
        <source>Claim {claim_id} has {count} source(s) of its own; linking it to claim {primary_id} would hide them. Link claim {primary_id} to it instead, or move or clear them first.</source>
        <translation>للادعاء {claim_id} مصادر خاصة به (عددها {count})؛ ربطه بالادعاء {primary_id} سيخفي تلك المصادر. اربط الادعاء {primary_id} به بدلًا من ذلك، أو انقل المصادر أو احذفها أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="84"/>
        <source>Claim {claim_id} has its own note; linking it to claim {primary_id} would hide it. Link claim {primary_id} to it instead, or move or clear it first.</source>
        <translation>للادعاء {claim_id} ملاحظة خاصة به؛ ربطه بالادعاء {primary_id} سيخفي الملاحظة. اربط الادعاء {primary_id} به بدلًا من ذلك، أو انقل الملاحظة أو امسحها أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="85"/>
        <source>Claim {claim_id} is rated {status!r} while claim {primary_id} is rated {primary_status!r}; linking it would hide its rating. Link claim {primary_id} to it instead, or change its status first.</source>
        <translation>حالة الادعاء {claim_id} «{status}» وحالة الادعاء {primary_id} «{primary_status}»؛ ربطه سيخفي حالته. اربط الادعاء {primary_id} به بدلًا من ذلك، أو غيّر حالته أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="86"/>
        <source>Claim {to_claim_id} is already an appearance of claim {claim_id}; linking them the other way would make a cycle.</source>
        <translation>الادعاء {to_claim_id} ظهورٌ للادعاء {claim_id} من قبل؛ ربطهما في الاتجاه المعاكس يصنع حلقة.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="87"/>
        <source>Claim {target} is now linked to claim {primary}; claim {claim_id} cannot be linked back to it.</source>
        <translation>الادعاء {target} صار مربوطًا بالادعاء {primary}؛ لا يمكن ربط الادعاء {claim_id} به من جديد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="89"/>
        <source>Database error on {where}: {reason}.</source>
        <translation>خطأ في قاعدة البيانات {where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="90"/>
        <source>{where} could not be read or written (disk I/O error: the disk may be full, removed or failing); nothing was changed.</source>
        <translation>تعذّرت القراءة من {where} أو الكتابة فيه (خطأ في الإدخال والإخراج على القرص: قد يكون القرص ممتلئًا أو مفصولًا أو معطوبًا)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="91"/>
        <source>Some of the text is not valid Unicode (bytes that were not UTF-8); nothing was changed.</source>
        <translation>بعض النص ليس يونيكود صالحًا (بايتات ليست UTF-8)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="92"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="93"/>
        <source>Cannot create {path}: {reason}.</source>
        <translation>تعذّر إنشاء {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="94"/>
        <source>Cannot open {where}: {reason}.</source>
        <translation>تعذّر فتح {where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="95"/>
        <source>{url!r} is neither a file path nor a database URL.</source>
        <translation>«{url}» ليس مسار ملف ولا عنوان قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="96"/>
        <source>Migration left broken references in {where}: {problems}</source>
        <translation>تركت ترقية المخطط مراجع مكسورة في {where}: {problems}</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="97"/>
        <source>Only an SQLite file database can be backed up.</source>
        <translation>لا تؤخذ نسخة احتياطية إلا من قاعدة بيانات SQLite محفوظة في ملف.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="98"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} موجود من قبل؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="99"/>
        <source>Backup to {path} failed: {reason}.</source>
        <translation>فشل النسخ الاحتياطي إلى {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="101"/>
        <source>URL template {url_template!r} is not valid: give an http or https address holding {{claim_id}} and no other braces.</source>
        <translation>قالب الرابط «{url_template}» غير صالح: اكتب عنوان http أو https فيه ⁦{{claim_id}}⁩ ولا أقواس معقوفة غيره.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="88"/>
        <source>Claim {claim_id} ({this_status}) and claim {other_id} ({other_status}) disagree: their verdicts differ, or both have notes or sources. Choose which verdict the linked claim keeps; nothing was linked.</source>
        <translation>الادعاء {claim_id} ({this_status}) والادعاء {other_id} ({other_status}) مختلفان: حكماهما مختلفان، أو لكلٍّ منهما ملاحظات أو مصادر. اختر الحكم الذي يحتفظ به الادعاء المربوط؛ لم يُربط شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="89"/>
        <source>Unknown choice {keep!r}; keep this or other (whose verdict the linked claims keep).</source>
        <translation>اختيار غير معروف «{keep}»؛ اختر this (هذا الادعاء) أو other (الادعاء الآخر) لتحديد الحكم الذي تحتفظ به الادعاءات المربوطة.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>يحتاج المقال إلى عنوان.</translation>
    </message>
    <message>
        <source>An article's URL must be an absolute http or https address without a user name or password: {url}</source>
        <translation>يجب أن يكون رابط المقال عنوانًا كاملًا يبدأ بـ http أو https ومن دون اسم مستخدم أو كلمة مرور: {url}</translation>
    </message>
    <message>
        <source>A publication date is written YYYY-MM-DD (or an ISO date and time): {value}</source>
        <translation>يُكتب تاريخ النشر بالصيغة YYYY-MM-DD (أو تاريخًا ووقتًا بصيغة ISO): {value}</translation>
    </message>
    <message>
        <source>A language is a language code such as ar or en: {value}</source>
        <translation>اللغة رمز لغة مثل ar أو en: {value}</translation>
    </message>
    <message>
        <source>not a file type the import reads ({suffix})</source>
        <translation>ليس من أنواع الملفات التي يستوردها البرنامج ({suffix})</translation>
    </message>
    <message>
        <source>a password-protected or old-format (.doc) Word file; save it as an unprotected .docx</source>
        <translation>ملف وورد محمي بكلمة مرور أو بالصيغة القديمة (⁦.doc⁩)؛ احفظه بصيغة ⁦.docx⁩ من دون حماية</translation>
    </message>
    <message>
        <source>not a Word document (no word/document.xml inside)</source>
        <translation>ليس مستند وورد (لا يحوي ⁦word/document.xml⁩)</translation>
    </message>
    <message>
        <source>Word document holds no text</source>
        <translation>مستند الوورد لا يحوي نصًا</translation>
    </message>
    <message>
        <source>not a Word document (damaged or truncated .docx)</source>
        <translation>ليس مستند وورد (ملف ⁦.docx⁩ تالف أو مقطوع)</translation>
    </message>
    <message>
        <source>encrypted Word document</source>
        <translation>مستند وورد مشفّر</translation>
    </message>
    <message>
        <source>Word document unpacks to too much data (a zip bomb?); refused</source>
        <translation>يتوسع مستند الوورد عند فكّه إلى بيانات أكبر مما ينبغي (قنبلة ضغط؟)؛ رُفض</translation>
    </message>
    <message>
        <source>not a readable Word document ({reason})</source>
        <translation>مستند وورد تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <source>web page too large ({size} MB; limit {limit} MB)</source>
        <translation>صفحة الويب أكبر مما ينبغي ({size} ميغابايت؛ الحد {limit} ميغابايت)</translation>
    </message>
    <message>
        <source>no web page inside this .mhtml file</source>
        <translation>لا توجد صفحة ويب داخل ملف ⁦.mhtml⁩ هذا</translation>
    </message>
    <message>
        <source>no article found in the web page</source>
        <translation>لم يُعثر على مقال في صفحة الويب</translation>
    </message>
    <message>
        <source>not a web page (no HTML could be read)</source>
        <translation>ليست صفحة ويب (تعذرت قراءة HTML)</translation>
    </message>
    <message>
        <source>could not read the web page ({reason})</source>
        <translation>تعذرت قراءة صفحة الويب ({reason})</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>ليس ملف PDF</translation>
    </message>
    <message>
        <source>PDF has no text layer (a scanned document?); run OCR on it first</source>
        <translation>ملف PDF بلا طبقة نص (مستند ممسوح ضوئيًا؟)؛ طبّق عليه التعرف الضوئي على الحروف أولًا</translation>
    </message>
    <message>
        <source>PDF too long ({pages} pages; limit {limit})</source>
        <translation>ملف PDF أطول مما ينبغي ({pages} صفحة؛ الحد {limit})</translation>
    </message>
    <message>
        <source>damaged or truncated PDF ({reason})</source>
        <translation>ملف PDF تالف أو مقطوع ({reason})</translation>
    </message>
    <message>
        <source>PDF Arabic text is in an order that cannot be repaired</source>
        <translation>النص العربي في ملف PDF مرتب ترتيبًا يتعذر إصلاحه</translation>
    </message>
    <message>
        <source>password-protected PDF</source>
        <translation>ملف PDF محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>PDF holds too much text (over {limit} characters)</source>
        <translation>يحوي ملف PDF نصًا أكثر مما ينبغي (أكثر من {limit} حرف)</translation>
    </message>
    <message>
        <source>not a web address: {url}</source>
        <translation>ليس عنوان ويب: {url}</translation>
    </message>
    <message>
        <source>only http and https addresses are fetched, not {url}</source>
        <translation>لا تُجلب إلا عناوين http وhttps، وليس {url}</translation>
    </message>
    <message>
        <source>addresses with a user name or password are refused</source>
        <translation>تُرفض العناوين التي تحوي اسم مستخدم أو كلمة مرور</translation>
    </message>
    <message>
        <source>the page redirected to an address that is not fetched ({reason})</source>
        <translation>أعادت الصفحة التوجيه إلى عنوان لا يُجلب ({reason})</translation>
    </message>
    <message>
        <source>not a web page ({kind})</source>
        <translation>ليست صفحة ويب ({kind})</translation>
    </message>
    <message>
        <source>the page took longer than {seconds} s to arrive</source>
        <translation>استغرق وصول الصفحة أكثر من {seconds} ثانية</translation>
    </message>
    <message>
        <source>the server answered {status} {reason}</source>
        <translation>أجاب الخادم {status} {reason}</translation>
    </message>
    <message>
        <source>could not fetch the page ({reason})</source>
        <translation>تعذر جلب الصفحة ({reason})</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../factcheck/gui/qt_controller.py" line="114"/>
        <source>This database is open read-only; nothing was changed.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_controller.py" line="122"/>
        <source>The import in progress is writing to the database; your edit was not saved. Try again in a moment.</source>
        <translation>الاستيراد الجاري يكتب في قاعدة البيانات؛ لم يُحفظ تعديلك. أعد المحاولة بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>EditLock</name>
    <message>
        <location filename="../../factcheck/gui/app.py" line="90"/>
        <source>This database&apos;s edit lock names %1 (process %2) as its editor, but its last sign of life is dated ahead of this computer&apos;s clock (by %3 min): that computer&apos;s clock is wrong, or the file was altered.</source>
        <translation>يذكر قفل التحرير في قاعدة البيانات هذه أن %1 (العملية %2) هو من يحرّرها، لكن آخر إشارة حياة منه مؤرخة بعد ساعة هذا الحاسوب (الفارق بالدقائق: %3): إما أن ساعة ذلك الحاسوب خاطئة وإما أن الملف عُدِّل.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="108"/>
        <source>Edit lock dated in the future</source>
        <translation>قفل تحرير مؤرخ في المستقبل</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="113"/>
        <source>Take over editing only if nobody is editing this database on that computer now: two editors at once would overwrite each other&apos;s work.</source>
        <translation>لا تتولَّ التحرير إلا إذا لم يكن أحد يحرّر قاعدة البيانات هذه على ذلك الحاسوب الآن: محرّران في وقت واحد يكتب كلٌّ منهما فوق عمل الآخر.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="120"/>
        <source>Take over editing</source>
        <translation>تولَّ التحرير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="123"/>
        <source>Open read-only</source>
        <translation>افتح للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="149"/>
        <source>The database was opened read-only.</source>
        <translation>فُتحت قاعدة البيانات للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>Elide</name>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="31"/>
        <source>… (more characters: %1)</source>
        <translation>… (عدد الأحرف الباقية: %1)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../factcheck/gui/i18n.py" line="43"/>
        <source>Your edit was not saved: the claim was changed elsewhere.</source>
        <translation>لم يُحفظ تعديلك: عُدِّل الادعاء في مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/i18n.py" line="45"/>
        <source>The database could not be read or written.</source>
        <translation>تعذّرت القراءة من قاعدة البيانات أو الكتابة فيها.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/i18n.py" line="47"/>
        <source>What was asked for does not exist.</source>
        <translation>المطلوب غير موجود.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/i18n.py" line="49"/>
        <source>The request was refused; nothing was changed.</source>
        <translation>رُفض الطلب، ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/i18n.py" line="50"/>
        <source>The action could not be completed.</source>
        <translation>تعذّر إتمام العملية.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Claim %1 is damaged: its position lies outside the article's text. Other claims can still be used.</source>
        <translation>الادعاء %1 تالف: موضعه يقع خارج نص المقال. لا يزال بالإمكان استخدام الادعاءات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="149"/>
        <source>factcheck — %1</source>
        <translation>factcheck — %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="170"/>
        <source>Filter articles</source>
        <translation>تصفية المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="197"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="221"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="236"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="154"/>
        <location filename="../../factcheck/gui/main_window.py" line="249"/>
        <location filename="../../factcheck/gui/main_window.py" line="697"/>
        <location filename="../../factcheck/gui/main_window.py" line="1017"/>
        <location filename="../../factcheck/gui/main_window.py" line="1033"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="250"/>
        <source>Read-only database</source>
        <translation>قاعدة البيانات مفتوحة للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="306"/>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="307"/>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="309"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="311"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="313"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="326"/>
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="327"/>
        <source>Mark sentence or selection as claim</source>
        <translation>تعليم الجملة أو النص المحدد ادعاءً</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="328"/>
        <source>Unmark selected claim</source>
        <translation>إلغاء تعليم الادعاء المحدد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="330"/>
        <source>Next sentence</source>
        <translation>الجملة التالية</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="331"/>
        <source>Previous sentence</source>
        <translation>الجملة السابقة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="332"/>
        <source>Next claim</source>
        <translation>الادعاء التالي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="333"/>
        <source>Previous claim</source>
        <translation>الادعاء السابق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="335"/>
        <source>Focus source field</source>
        <translation>الانتقال إلى حقل المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="336"/>
        <source>Focus note</source>
        <translation>الانتقال إلى الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="337"/>
        <source>Back to the reader</source>
        <translation>العودة إلى نص المقال</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="339"/>
        <source>Search all articles</source>
        <translation>ابحث في كل المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="340"/>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="353"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="354"/>
        <source>Next article</source>
        <translation>المقال التالي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="355"/>
        <source>Previous article</source>
        <translation>المقال السابق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="357"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="358"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="359"/>
        <source>Reset zoom</source>
        <translation>إعادة الحجم الأصلي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="361"/>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="362"/>
        <source>Verdict report (CSV), all articles…</source>
        <translation>تقرير الأحكام (CSV)، كل المقالات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="363"/>
        <source>Verdict report (CSV), this article…</source>
        <translation>تقرير الأحكام (CSV)، هذا المقال…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="366"/>
        <source>ClaimReview JSON-LD…</source>
        <translation>مراجعة الادعاءات ClaimReview ‏(JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="367"/>
        <source>Web Annotations JSON-LD…</source>
        <translation>تعليقات الويب Web Annotations ‏(JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="368"/>
        <source>Research data (stance pairs, check-worthiness)…</source>
        <translation>بيانات بحثية (أزواج المواقف، جدارة التحقق)…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="370"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="371"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="384"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/main_window.py" line="475"/>
        <source>This article holds %n hidden bidi control character(s), shown as ◆.</source>
        <translation>
            <numerusform>لا يحوي هذا المقال محارف مخفية للتحكم في الاتجاه.</numerusform>
            <numerusform>يحوي هذا المقال محرفًا واحدًا مخفيًا للتحكم في الاتجاه، معروضًا بالرمز ◆.</numerusform>
            <numerusform>يحوي هذا المقال محرفين مخفيين للتحكم في الاتجاه، معروضين بالرمز ◆.</numerusform>
            <numerusform>يحوي هذا المقال %n محارف مخفية للتحكم في الاتجاه، معروضة بالرمز ◆.</numerusform>
            <numerusform>يحوي هذا المقال %n محرفًا مخفيًا للتحكم في الاتجاه، معروضة بالرمز ◆.</numerusform>
            <numerusform>يحوي هذا المقال %n محرف مخفي للتحكم في الاتجاه، معروضة بالرمز ◆.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/main_window.py" line="879"/>
        <source>%1 holds %n hidden bidi control(s).</source>
        <translation>
            <numerusform>لا يحوي ⁨%1⁩ محارف مخفية للتحكم في الاتجاه.</numerusform>
            <numerusform>يحوي ⁨%1⁩ محرفًا واحدًا مخفيًا للتحكم في الاتجاه.</numerusform>
            <numerusform>يحوي ⁨%1⁩ محرفين مخفيين للتحكم في الاتجاه.</numerusform>
            <numerusform>يحوي ⁨%1⁩ %n محارف مخفية للتحكم في الاتجاه.</numerusform>
            <numerusform>يحوي ⁨%1⁩ %n محرفًا مخفيًا للتحكم في الاتجاه.</numerusform>
            <numerusform>يحوي ⁨%1⁩ %n محرف مخفي للتحكم في الاتجاه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="909"/>
        <source>An import is running; drop these files again when it has finished.</source>
        <translation>يجري استيراد الآن؛ أفلت هذه الملفات مرة أخرى حين ينتهي.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="1027"/>
        <source>Another instance (%1, process %2) took over editing this database while this window was inactive; this window is read-only from now on. Everything saved before is kept.</source>
        <translation>تولّت نسخة أخرى من البرنامج (⁦%1⁩، العملية %2) تحرير قاعدة البيانات هذه بينما كانت هذه النافذة متوقفة؛ صارت هذه النافذة للقراءة فقط من الآن. كل ما حُفظ قبل ذلك باقٍ.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="515"/>
        <source>There is no article %1.</source>
        <translation>لا يوجد مقال بالرقم %1.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="808"/>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="808"/>
        <source>Articles (*.txt *.html *.htm *.mhtml *.docx *.pdf);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.mhtml *.docx *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="814"/>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="821"/>
        <source>This database is open read-only; nothing was imported.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ لم يُستورَد شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="825"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="825"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="870"/>
        <source>Imported: %1</source>
        <translation>المستورَدة: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="871"/>
        <source>Already present (skipped): %1</source>
        <translation>الموجودة مسبقًا (تُخطِّيت): %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="872"/>
        <source>Refused: %1</source>
        <translation>المرفوضة: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="875"/>
        <source>The import was cancelled; files not reached were not imported.</source>
        <translation>أُلغي الاستيراد؛ ولم تُستورَد الملفات التي لم يبلغها.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="890"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="918"/>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="922"/>
        <source>Export verdict report</source>
        <translation>تصدير تقرير الأحكام</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="922"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="935"/>
        <source>Folder for the research export</source>
        <translation>مجلد تصدير البيانات البحثية</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="938"/>
        <location filename="../../factcheck/gui/main_window.py" line="952"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="938"/>
        <source>JSON-LD files (*.jsonld *.json)</source>
        <translation>ملفات JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="953"/>
        <source>Replace the research files already in this folder?</source>
        <translation>هل تريد استبدال ملفات البيانات البحثية الموجودة في هذا المجلد؟</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="977"/>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="1004"/>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="340"/>
        <source>Link to the chosen suggestion (in the suggestion list)</source>
        <translation>اربط بالاقتراح المختار (في قائمة الاقتراحات)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="828"/>
        <source>These claims disagree. Linked, they share one verdict.</source>
        <translation>هذان الادعاءان مختلفان. إذا رُبطا صار لهما حكم واحد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="830"/>
        <source>This claim&apos;s verdict: %1</source>
        <translation>حكم هذا الادعاء: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="831"/>
        <source>The other claim&apos;s verdict: %1</source>
        <translation>حكم الادعاء الآخر: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="834"/>
        <source>Both have notes: both are kept, one after the other.</source>
        <translation>لكلٍّ منهما ملاحظة: تُحفظ الملاحظتان، إحداهما بعد الأخرى.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="836"/>
        <source>Both have sources: all are kept, each address once.</source>
        <translation>لكلٍّ منهما مصادر: تُحفظ كلها، وكل عنوان مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="837"/>
        <source>Which verdict should the linked claims keep?</source>
        <translation>أيّ الحكمين تحتفظ به الادعاءات المربوطة؟</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="838"/>
        <source>Link claims</source>
        <translation>ربط الادعاءين</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="843"/>
        <source>Keep this claim&apos;s verdict</source>
        <translation>احتفظ بحكم هذا الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="844"/>
        <source>Keep the other claim&apos;s verdict</source>
        <translation>احتفظ بحكم الادعاء الآخر</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../factcheck/gui/qt_search.py" line="40"/>
        <source>Search all articles (أمازون = امازون)</source>
        <translation>ابحث في كل المقالات (أمازون = امازون)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/qt_search.py" line="77"/>
        <source>The first %n results (best recent matches first)</source>
        <translation>
            <numerusform>أول %n نتيجة (الأحدث والأقرب أولاً)</numerusform>
            <numerusform>أول نتيجة (الأحدث والأقرب أولاً)</numerusform>
            <numerusform>أول نتيجتين (الأحدث والأقرب أولاً)</numerusform>
            <numerusform>أول %n نتائج (الأحدث والأقرب أولاً)</numerusform>
            <numerusform>أول %n نتيجة (الأحدث والأقرب أولاً)</numerusform>
            <numerusform>أول %n نتيجة (الأحدث والأقرب أولاً)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/qt_search.py" line="79"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_search.py" line="82"/>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="97"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="100"/>
        <source>Annotator name</source>
        <translation>اسم المدقق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="107"/>
        <source>Language (after restart)</source>
        <translation>اللغة (بعد إعادة التشغيل)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="81"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="81"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="62"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="75"/>
        <source>URL</source>
        <translation>الرابط (URL)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="76"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="77"/>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="78"/>
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="79"/>
        <source>Archive URL</source>
        <translation>رابط النسخة المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="80"/>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="81"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="52"/>
        <source>Mark claim</source>
        <translation>تعليم ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="75"/>
        <source>Unmark claim</source>
        <translation>إلغاء تعليم ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="93"/>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="114"/>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="143"/>
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="168"/>
        <source>Edit source</source>
        <translation>تحرير مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="192"/>
        <source>Remove source</source>
        <translation>إزالة مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="215"/>
        <source>Link claim</source>
        <translation>ربط ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="229"/>
        <source>Unlink claim</source>
        <translation>فكّ ربط ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="241"/>
        <source>Set stance</source>
        <translation>تعيين الموقف</translation>
    </message>
</context>
</TS>
