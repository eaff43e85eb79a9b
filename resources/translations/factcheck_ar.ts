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
        <location filename="../../factcheck/gui/qt_models.py" line="66"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="66"/>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="66"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="66"/>
        <source>Checked</source>
        <translation>المُتحقَّق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/qt_models.py" line="116"/>
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
        <location filename="../../factcheck/gui/qt_reader.py" line="531"/>
        <source>Hidden bidi control: %1 (shown, not applied)</source>
        <translatorcomment>Placeholders are wrapped in invisible Unicode isolates (U+2066 LRI or U+2068 FSI ... U+2069 PDI) so timestamps, paths and names keep their order in RTL text; keep them.</translatorcomment>
        <translation>محرف مخفي للتحكم في الاتجاه: ⁦%1⁩ (معروض وغير مُطبَّق)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/qt_reader.py" line="550"/>
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
        <location filename="../../factcheck/gui/qt_inspector.py" line="127"/>
        <source>supports</source>
        <translation>يؤيّد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="128"/>
        <source>refutes</source>
        <translation>يدحض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="129"/>
        <source>context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="133"/>
        <source>Select a claim, or click a sentence and press Space to mark it.</source>
        <translation>اختر ادعاءً، أو انقر على جملة واضغط مفتاح المسافة لتعليمها ادعاءً.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="155"/>
        <source>Status</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="158"/>
        <source>Rationale or note</source>
        <translation>التعليل أو الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="165"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="168"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="176"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="178"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="180"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="188"/>
        <source>https://… (Enter adds)</source>
        <translation>https://… (Enter للإضافة)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="192"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="197"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="213"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="225"/>
        <source>agrees</source>
        <translation>يؤيّد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="226"/>
        <source>disagrees</source>
        <translation>يعارض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="227"/>
        <source>discusses</source>
        <translation>يناقش</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="228"/>
        <source>unrelated</source>
        <translation>غير ذي صلة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="230"/>
        <source>Same claim in other articles</source>
        <translation>الادعاء نفسه في مقالات أخرى</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="241"/>
        <source>This article</source>
        <translation>موقف هذا المقال</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="248"/>
        <source>Unlink</source>
        <translation>فكّ الربط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="263"/>
        <source>Link to selected claim</source>
        <translation>اربط بالادعاء المحدَّد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="285"/>
        <source>%1 — %2 (%3)</source>
        <translation>⁨%1⁩ — ⁨%2⁩ (%3)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="294"/>
        <source>Not linked to other articles yet.</source>
        <translation>غير مربوط بمقالات أخرى بعد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="346"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="373"/>
        <source>%1
%2  ·  %3</source>
        <translation>%1
⁦%2⁩  ·  %3</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="375"/>
        <source>%1  ·  %2</source>
        <translation>⁦%1⁩  ·  %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="382"/>
        <source>Annotator: %1 · created %2 · updated %3</source>
        <translatorcomment>Placeholders are wrapped in invisible Unicode isolates (U+2066 LRI or U+2068 FSI ... U+2069 PDI) so timestamps, paths and names keep their order in RTL text; keep them.</translatorcomment>
        <translation>المدقق: ⁨%1⁩ · أُنشئ في ⁦%2⁩ · حُدِّث في ⁦%3⁩</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="408"/>
        <source>created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="409"/>
        <source>changed</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="410"/>
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="411"/>
        <source>restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="412"/>
        <source>added</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="413"/>
        <source>removed</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="416"/>
        <source>claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="417"/>
        <location filename="../../factcheck/gui/qt_inspector.py" line="418"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="419"/>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="420"/>
        <location filename="../../factcheck/gui/qt_inspector.py" line="421"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="422"/>
        <source>link to another claim</source>
        <translation>الربط بادعاء آخر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="423"/>
        <source>appearance in another article</source>
        <translation>الظهور في مقال آخر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="424"/>
        <source>stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="430"/>
        <location filename="../../factcheck/gui/qt_inspector.py" line="434"/>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="436"/>
        <source>%1  %2: %3 %4: %5</source>
        <translation>⁦%1⁩  ⁨%2⁩: %3 %4: %5</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="437"/>
        <source>%1  %2: %3 %4</source>
        <translation>⁦%1⁩  ⁨%2⁩: %3 %4</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="145"/>
        <source>Copy the whole quote</source>
        <translation>انسخ الاقتباس كاملاً</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="255"/>
        <source>Probably the same claim (choose one, then Link or Ctrl+Enter):</source>
        <translation>على الأرجح الادعاء نفسه (اختر واحدًا، ثم «ربط» أو Ctrl+Enter):</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="302"/>
        <source>%1% · %2 · %3 — %4</source>
        <translation>%1% · %2 · %3 — %4</translation>
    </message>
    <message>
        <source>%1  %2: rated (hidden until both have rated)</source>
        <translation>%1  %2: قيّم (مخفي حتى يقيّم الاثنان)</translation>
    </message>
    <message>
        <source>%1  %2: rated %3</source>
        <translation>%1  %2: قيّم %3</translation>
    </message>
    <message>
        <source>%1  %2: took the rating back</source>
        <translation>%1  %2: سحب تقييمه</translation>
    </message>
    <message>
        <source>%1  %2: public justification: %3</source>
        <translation>%1  %2: التبرير العلني: %3</translation>
    </message>
    <message>
        <source>%1  %2: cleared the public justification</source>
        <translation>%1  %2: مسح التبرير العلني</translation>
    </message>
    <message>
        <source>%1  %2: resolved a comment</source>
        <translation>%1  %2: أغلق تعليقاً</translation>
    </message>
    <message>
        <source>%1  %2: took back the resolution of a comment</source>
        <translation>%1  %2: أعاد فتح تعليق</translation>
    </message>
    <message>
        <source>%1  %2: took back a comment: %3</source>
        <translation>%1  %2: سحب تعليقاً: %3</translation>
    </message>
    <message>
        <source>%1  %2: commented: %3</source>
        <translation>%1  %2: علّق: %3</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="145"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="145"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="145"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Could not back up {where} before upgrading its schema, so it was not upgraded: {reason}</source>
        <translation>تعذّر نسخ {where} احتياطيًا قبل ترقية مخططها، فلم تُرقَّ: {reason}</translation>
    </message>
    <message>
        <source>{where} holds database objects factcheck did not make or changed ({problems}); nothing was run or changed. Open a copy from a trusted source.</source>
        <translation>تحوي {where} كائنات في قاعدة البيانات لم ينشئها factcheck أو غُيّرت ({problems})؛ لم يُشغَّل شيء ولم يتغيّر شيء. افتح نسخة من مصدر موثوق.</translation>
    </message>
    <message>
        <source>A query on {where} took longer than {seconds} s and was stopped (the database may be damaged or hold something factcheck did not put there); nothing was changed.</source>
        <translation>استغرق استعلام على {where} أكثر من {seconds} ثانية فأُوقف (قد تكون قاعدة البيانات تالفة أو تحوي شيئًا لم يضعه factcheck)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{where} is damaged: its schema holds names that are not text; restore it from a backup.</source>
        <translation>{where} تالفة: في مخططها أسماء ليست نصًّا؛ استعدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The leftover file {wal} does not belong to {path} (it was left by another copy of the database, and applying it would corrupt this one); nothing was changed. Move {wal} aside to open the database without it.</source>
        <translation>الملف المتبقي {wal} لا يخص {path} (تركته نسخة أخرى من قاعدة البيانات، وتطبيقه سيُتلف هذه)؛ لم يتغيّر شيء. انقل {wal} إلى مكان آخر لفتح قاعدة البيانات من دونه.</translation>
    </message>
    <message>
        <source>The text of article {article_id} is damaged (stored as binary data, not text); the other articles can still be used.</source>
        <translation>نص المقال {article_id} تالف (مخزَّن بيانات ثنائية لا نصًّا)؛ لا يزال بالإمكان استخدام المقالات الأخرى.</translation>
    </message>
    <message>
        <source>Another editor changed the same records of {where} at the same moment; nothing was changed. Try again.</source>
        <translation>غيّر محرر آخر السجلات نفسها في {where} في اللحظة نفسها؛ لم يتغير شيء. حاول مجدداً.</translation>
    </message>
    <message>
        <source>Another program stored the same record in {where} at the same moment; nothing was changed. Try again.</source>
        <translation>خزّن برنامج آخر السجل نفسه في {where} في اللحظة نفسها؛ لم يتغير شيء. حاول مجدداً.</translation>
    </message>
    <message>
        <source>Cannot log in to {where}: the server refused the user name or password (set it in ~/.pgpass, PGPASSWORD or a service file); nothing was changed.</source>
        <translation>تعذّر الدخول إلى {where}: رفض الخادم اسم المستخدم أو كلمة المرور (ضعها في ‎~/.pgpass أو PGPASSWORD أو ملف خدمة)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot reach {where}: the server does not answer ({reason}); nothing was changed.</source>
        <translation>تعذّر الوصول إلى {where}: الخادم لا يجيب ({reason})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot reach {where}: unknown host; nothing was changed.</source>
        <translation>تعذّر الوصول إلى {where}: اسم المضيف غير معروف؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Claim {claim_id} was changed elsewhere by {who} at {at} (now version {version}); your edit was not saved. Reload and try again.</source>
        <translation>عُدِّل الادعاء {claim_id} في مكان آخر، عدّله {who} في {at} (نسخته الآن {version})؛ لم يُحفظ تعديلك. أعد التحميل وحاول مجدداً.</translation>
    </message>
    <message>
        <source>Lost the connection to {where} ({reason}); nothing more was changed.</source>
        <translation>انقطع الاتصال بـ {where} ({reason})؛ لم يتغير شيء آخر.</translation>
    </message>
    <message>
        <source>The database {where} is busy: another editor kept the records locked for more than {seconds} s. Nothing was changed; try again.</source>
        <translation>قاعدة البيانات {where} مشغولة: أبقى محرر آخر السجلات مقفلة أكثر من {seconds} ث. لم يتغير شيء؛ حاول مجدداً.</translation>
    </message>
    <message>
        <source>The database {where} refused this: permission denied for this login ({reason}); nothing was changed.</source>
        <translation>رفضت قاعدة البيانات {where} هذا: لا صلاحية لهذا المستخدم ({reason})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path} already exists; copy only into a new file or an empty database. Nothing was changed.</source>
        <translation>{path} موجود من قبل؛ انسخ إلى ملف جديد أو قاعدة بيانات فارغة فقط. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} already holds a desk&apos;s data; copy only into an empty database. Nothing was changed.</source>
        <translation>في {where} بيانات مكتب من قبل؛ انسخ إلى قاعدة بيانات فارغة فقط. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} is a database with encoding {encoding} and LC_CTYPE {ctype}: Arabic search would find nothing there. Create it with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos;. Nothing was changed.</source>
        <translation>‏{where} قاعدة بيانات ترميزها {encoding} وLC_CTYPE فيها {ctype}: لن يجد البحث العربي فيها شيئاً. أنشئها بـ CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos;. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} is an empty database: set it up first with `factcheck --db URL init`; nothing was changed.</source>
        <translation>‏{where} قاعدة بيانات فارغة: هيّئها أولاً بالأمر factcheck --db URL init؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} is the database being copied.</source>
        <translation>‏{where} هي قاعدة البيانات التي تُنسخ.</translation>
    </message>
    <message>
        <source>{where} is the database of another application (it holds tables factcheck did not make); left untouched.</source>
        <translation>‏{where} قاعدة بيانات تطبيق آخر (فيها جداول لم ينشئها factcheck)؛ تُركت كما هي.</translation>
    </message>
    <message>
        <source>{where} is the server&apos;s own maintenance database; create a database for the desk (see the README&apos;s Team mode). Nothing was changed.</source>
        <translation>‏{where} قاعدة صيانة الخادم نفسه؛ أنشئ قاعدة بيانات للمكتب (انظر «وضع الفريق» في README). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} runs PostgreSQL {version}; factcheck needs PostgreSQL 15 or newer. Nothing was changed.</source>
        <translation>يعمل {where} بالإصدار {version} من PostgreSQL؛ يحتاج factcheck الإصدار 15 أو أحدث. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where}: no such database on the server; create it first (see the README&apos;s Team mode); nothing was changed.</source>
        <translation>‏{where}: لا توجد قاعدة البيانات هذه على الخادم؛ أنشئها أولاً (انظر «وضع الفريق» في README)؛ لم يتغير شيء.</translation>
    </message>
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
        <location filename="../../factcheck/gui/core_messages.py" line="64"/>
        <source>not valid {encoding} text despite its byte-order mark</source>
        <translation>ليس نصًا صالحًا بترميز {encoding} مع أن في أوله علامة ترتيب البايتات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="65"/>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="66"/>
        <source>permission denied</source>
        <translation>لا إذن بالقراءة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="67"/>
        <source>cannot read file ({reason})</source>
        <translation>تعذّرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="68"/>
        <source>cannot read ({reason})</source>
        <translation>تعذّرت القراءة ({reason})</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="69"/>
        <source>is a directory</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="70"/>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="71"/>
        <source>file too large ({size} MB; limit {limit} MB)</source>
        <translation>الملف كبير جدًا ({size} ميغابايت؛ الحد {limit} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="72"/>
        <source>folder holds no .txt files</source>
        <translation>لا يحوي المجلد ملفات ⁦.txt⁩</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="71"/>
        <source>folder holds no article files</source>
        <translation>لا يحوي المجلد ملفات مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="73"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="74"/>
        <source>a link to a file outside the folder {folder}; name the link itself to import it</source>
        <translation>رابط إلى ملف خارج المجلد {folder}؛ اذكر الرابط نفسه لاستيراده</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="75"/>
        <source>empty path</source>
        <translation>مسار فارغ</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="76"/>
        <source>empty article</source>
        <translation>مقال فارغ</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="78"/>
        <source>Article {article_id} has {count} sentences; there is no sentence {index}.</source>
        <translation>عدد جمل المقال {article_id} هو {count}؛ لا توجد جملة رقمها {index}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="79"/>
        <source>Unknown stance {stance!r}; use one of: {known}.</source>
        <translation>موقف غير معروف «{stance}»؛ استعمل واحدًا من: {known}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="80"/>
        <source>Accessed date {accessed!r} is not an ISO date (YYYY-MM-DD).</source>
        <translation>تاريخ الاطلاع «{accessed}» ليس تاريخًا بالصيغة ⁦YYYY-MM-DD⁩.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="82"/>
        <source>Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to delete it.</source>
        <translation>الادعاء {claim_id} أصلُ مجموعةٍ لها ظهورات أخرى عددها {count} (الادعاء {members})؛ افصل تلك الظهورات عنه أولًا، ثم احذفه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="83"/>
        <source>Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to link it.</source>
        <translation>الادعاء {claim_id} أصلُ مجموعةٍ لها ظهورات أخرى عددها {count} (الادعاء {members})؛ افصل تلك الظهورات عنه أولًا، ثم اربطه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="84"/>
        <source>Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to unlink it.</source>
        <translation>الادعاء {claim_id} أصلُ مجموعةٍ لها ظهورات أخرى عددها {count} (الادعاء {members})؛ افصل تلك الظهورات عنه أولًا، ثم افصله.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="85"/>
        <source>Claim {claim_id} has {count} source(s) of its own; linking it to claim {primary_id} would hide them. Link claim {primary_id} to it instead, or move or clear them first.</source>
        <translation>للادعاء {claim_id} مصادر خاصة به (عددها {count})؛ ربطه بالادعاء {primary_id} سيخفي تلك المصادر. اربط الادعاء {primary_id} به بدلًا من ذلك، أو انقل المصادر أو احذفها أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="86"/>
        <source>Claim {claim_id} has its own note; linking it to claim {primary_id} would hide it. Link claim {primary_id} to it instead, or move or clear it first.</source>
        <translation>للادعاء {claim_id} ملاحظة خاصة به؛ ربطه بالادعاء {primary_id} سيخفي الملاحظة. اربط الادعاء {primary_id} به بدلًا من ذلك، أو انقل الملاحظة أو امسحها أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="87"/>
        <source>Claim {claim_id} is rated {status!r} while claim {primary_id} is rated {primary_status!r}; linking it would hide its rating. Link claim {primary_id} to it instead, or change its status first.</source>
        <translation>حالة الادعاء {claim_id} «{status}» وحالة الادعاء {primary_id} «{primary_status}»؛ ربطه سيخفي حالته. اربط الادعاء {primary_id} به بدلًا من ذلك، أو غيّر حالته أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="88"/>
        <source>Claim {to_claim_id} is already an appearance of claim {claim_id}; linking them the other way would make a cycle.</source>
        <translation>الادعاء {to_claim_id} ظهورٌ للادعاء {claim_id} من قبل؛ ربطهما في الاتجاه المعاكس يصنع حلقة.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="89"/>
        <source>Claim {target} is now linked to claim {primary}; claim {claim_id} cannot be linked back to it.</source>
        <translation>الادعاء {target} صار مربوطًا بالادعاء {primary}؛ لا يمكن ربط الادعاء {claim_id} به من جديد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="93"/>
        <source>Database error on {where}: {reason}.</source>
        <translation>خطأ في قاعدة البيانات {where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="94"/>
        <source>{where} could not be read or written (disk I/O error: the disk may be full, removed or failing); nothing was changed.</source>
        <translation>تعذّرت القراءة من {where} أو الكتابة فيه (خطأ في الإدخال والإخراج على القرص: قد يكون القرص ممتلئًا أو مفصولًا أو معطوبًا)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="95"/>
        <source>Some of the text is not valid Unicode (bytes that were not UTF-8); nothing was changed.</source>
        <translation>بعض النص ليس يونيكود صالحًا (بايتات ليست UTF-8)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="96"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="97"/>
        <source>Cannot create {path}: {reason}.</source>
        <translation>تعذّر إنشاء {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="98"/>
        <source>Cannot open {where}: {reason}.</source>
        <translation>تعذّر فتح {where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="99"/>
        <source>{url!r} is neither a file path nor a database URL.</source>
        <translation>«{url}» ليس مسار ملف ولا عنوان قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="100"/>
        <source>Migration left broken references in {where}: {problems}</source>
        <translation>تركت ترقية المخطط مراجع مكسورة في {where}: {problems}</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="101"/>
        <source>Only an SQLite file database can be backed up.</source>
        <translation>لا تؤخذ نسخة احتياطية إلا من قاعدة بيانات SQLite محفوظة في ملف.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="102"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} موجود من قبل؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="103"/>
        <source>Backup to {path} failed: {reason}.</source>
        <translation>فشل النسخ الاحتياطي إلى {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="105"/>
        <source>URL template {url_template!r} is not valid: give an http or https address holding {{claim_id}} and no other braces.</source>
        <translation>قالب الرابط «{url_template}» غير صالح: اكتب عنوان http أو https فيه ⁦{{claim_id}}⁩ ولا أقواس معقوفة غيره.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="157"/>
        <source>The organisation&apos;s {what} {value!r} is not valid: give an http or https address.</source>
        <translation>قيمة المؤسسة ({what}) «{value}» غير صالحة: اكتب عنوان http أو https.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="90"/>
        <source>Claim {claim_id} ({this_status}) and claim {other_id} ({other_status}) disagree: their verdicts differ, or both have notes or sources. Choose which verdict the linked claim keeps; nothing was linked.</source>
        <translation>الادعاء {claim_id} ({this_status}) والادعاء {other_id} ({other_status}) مختلفان: حكماهما مختلفان، أو لكلٍّ منهما ملاحظات أو مصادر. اختر الحكم الذي يحتفظ به الادعاء المربوط؛ لم يُربط شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="91"/>
        <source>Unknown choice {keep!r}; keep this or other (whose verdict the linked claims keep).</source>
        <translation>اختيار غير معروف «{keep}»؛ اختر this (هذا الادعاء) أو other (الادعاء الآخر) لتحديد الحكم الذي تحتفظ به الادعاءات المربوطة.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Unknown editor {name!r}; an admin adds editors with: factcheck editor add NAME --role editor|reviewer|admin.</source>
        <translation>محرر غير معروف «{name}»؛ يضيف المشرف المحررين بالأمر: factcheck editor add NAME --role editor|reviewer|admin.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Claim {claim_id} was changed elsewhere (now version {version}, you saw {expected}); nothing was reviewed. Look at it again and retry.</source>
        <translation>عُدِّل الادعاء {claim_id} في مكان آخر (نسخته الآن {version}، ورأيتَ {expected})؛ لم تُراجَع أي حكم. انظر إليه مجدداً وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>{env} must be a number of hours, not {value!r}.</source>
        <translation>يجب أن يكون {env} عدداً من الساعات، لا «{value}».</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="40"/>
        <source>Database roles need a PostgreSQL desk; on an SQLite file the roles are checked by factcheck only. Nothing was changed.</source>
        <translation>أدوار قاعدة البيانات تحتاج مكتباً على PostgreSQL؛ في ملف SQLite يتحقق factcheck وحده من الأدوار. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>An editor's name must be 1 to {limit} printable characters.</source>
        <translation>اسم المحرر من محرف واحد إلى {limit} محرفاً قابلاً للطباعة.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Unknown role {role!r}; use one of: {known}.</source>
        <translation>دور غير معروف «{role}»؛ استخدم واحداً من: {known}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Say why the verdict is returned (--comment TEXT).</source>
        <translation>اذكر سبب إعادة الحكم (--comment TEXT).</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>The second editor must be someone else than {name!r} (blind double rating needs two people).</source>
        <translation>يجب أن يكون المحرر الثاني شخصاً غير «{name}» (التقييم المزدوج المستقل يحتاج شخصين).</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Unknown article state {state!r}; use one of: {known}.</source>
        <translation>حالة مقال غير معروفة «{state}»؛ استخدم واحدة من: {known}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>No claim has been rated by two editors yet; agreement needs shared claims (factcheck rate CLAIM_ID --status S, by both assigned editors).</source>
        <translation>لم يقيّم محرران أي ادعاء بعد؛ يحتاج حساب الاتفاق ادعاءات مشتركة (factcheck rate CLAIM_ID --status S من المحررَين المكلَّفَين كليهما).</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>A comment needs some text.</source>
        <translation>يحتاج التعليق إلى نص.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Editor {name!r} already exists.</source>
        <translation>المحرر «{name}» موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Claim {claim_id} has no verdict to review (its status is {status}).</source>
        <translation>ليس للادعاء {claim_id} حكم يُراجَع (حالته {status}).</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>This desk has no editors yet; add them first: factcheck editor add NAME --role editor|reviewer|admin.</source>
        <translation>لا محررين في هذا المكتب بعد؛ أضفهم أولاً: factcheck editor add NAME --role editor|reviewer|admin.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Claim {claim_id} is in article {article_id}, which is not assigned to {name!r}; only its assigned editors rate it.</source>
        <translation>الادعاء {claim_id} في المقال {article_id} غير المكلَّف به «{name}»؛ لا يقيّمه إلا محرروه المكلَّفون.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>There is no comment {comment_id}.</source>
        <translation>لا يوجد تعليق رقم {comment_id}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Comment {comment_id} was already resolved by {name!r}.</source>
        <translation>سبق أن أغلق «{name}» التعليق {comment_id}.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Only an admin adds editors; {name!r} is not an admin.</source>
        <translation>لا يضيف المحررين إلا مشرف؛ و«{name}» ليس مشرفاً.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Claim {claim_id}'s verdict is {state}, not returned; only a returned verdict is proposed again unchanged.</source>
        <translation>حكم الادعاء {claim_id} حالته {state} وليس معاداً؛ لا يُقترح من جديد دون تغيير إلا الحكم المعاد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>{name!r} is an editor, not a reviewer; only reviewers and admins approve or return verdicts.</source>
        <translation>«{name}» محرر وليس مراجعاً؛ لا يعتمد الأحكام أو يعيدها إلا المراجعون والمشرفون.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Claim {claim_id}'s verdict is {state}, not proposed; nothing was reviewed.</source>
        <translation>حكم الادعاء {claim_id} حالته {state} وليس مقترحاً؛ لم يُراجَع شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>{name!r} proposed this verdict and cannot review it; another reviewer must (four eyes).</source>
        <translation>اقترح «{name}» هذا الحكم فلا يراجعه؛ يراجعه مراجع آخر (مبدأ العيون الأربع).</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Only an admin assigns articles to others or for double rating; {name!r} may take a free article for themselves.</source>
        <translation>لا يكلّف غيرَه بالمقالات أو بالتقييم المزدوج إلا مشرف؛ ويمكن لـ«{name}» أن يأخذ مقالاً شاغراً لنفسه.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/core_messages.py" line="33"/>
        <source>Article {article_id} is assigned to {holder!r}; only an admin moves it (or it returns to the pool after {hours:g} hours without activity).</source>
        <translation>المقال {article_id} مكلَّف به «{holder}»؛ لا ينقله إلا مشرف (أو يعود إلى المقالات الشاغرة بعد {hours} ساعة بلا نشاط).</translation>
    </message>
    <message>
        <source>Claim {claim_id}&apos;s verdict was published (exported as ClaimReview) and is frozen; a reviewer reopens it first, with a reason: factcheck review reopen {claim_id} --reason TEXT.</source>
        <translation>نُشر حكم الادعاء {claim_id} (صُدِّر بصيغة ClaimReview) فهو مجمَّد؛ يعيد مراجعٌ فتحه أولًا مع ذكر السبب: factcheck review reopen {claim_id} --reason TEXT.</translation>
    </message>
    <message>
        <source>Say why the verdict is reopened (--reason TEXT).</source>
        <translation>اذكر سبب إعادة فتح الحكم (--reason TEXT).</translation>
    </message>
    <message>
        <source>Claim {claim_id}&apos;s verdict is not published; only a published verdict is reopened.</source>
        <translation>حكم الادعاء {claim_id} غير منشور؛ لا يُعاد فتح إلا الحكم المنشور.</translation>
    </message>
    <message>
        <source>{name!r} is an editor, not a reviewer; only reviewers and admins reopen a published verdict.</source>
        <translation>{name} محرّر وليس مراجعًا؛ لا يعيد فتح الحكم المنشور إلا المراجعون والمشرفون.</translation>
    </message>
    <message>
        <source>Claim {claim_id}&apos;s verdict is {state}; only its reviewer takes back an approval or a return.</source>
        <translation>حالة مراجعة حكم الادعاء {claim_id}: {state}؛ لا يسحب الاعتماد أو الإرجاع إلا من راجعه.</translation>
    </message>
    <message>
        <source>This database is open read-only; a ClaimReview export records the verdicts it publishes (they are frozen until reopened), so it needs a database it can write.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ تصدير ClaimReview يسجّل الأحكام التي ينشرها (فتُجمَّد حتى يُعاد فتحها)، فيحتاج قاعدة بيانات قابلة للكتابة.</translation>
    </message>
    <message>
        <source>Unknown review state {state!r}; use one of: {known}.</source>
        <translation>حالة مراجعة غير معروفة {state}؛ استعمل إحدى: {known}.</translation>
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
    <message>
        <source>Source URL {url!r} has no http:// or https://; did you mean {suggestion}?</source>
        <translation>ليس في رابط المصدر «{url}» بادئة http:// أو https://؛ هل تقصد {suggestion}؟</translation>
    </message>
    <message>
        <source>A name in the alias list needs a letter or a digit and at most {limit} characters, not {term!r}.</source>
        <translation>يحتاج الاسم في قائمة الأسماء المترادفة إلى حرف أو رقم، وألا يزيد على {limit} حرفًا، لا «{term}».</translation>
    </message>
    <message>
        <source>{term!r} and {other!r} are already the same name.</source>
        <translation>«{term}» و«{other}» اسم واحد بالفعل.</translation>
    </message>
    <message>
        <source>{term!r} is not in the alias list.</source>
        <translation>«{term}» ليس في قائمة الأسماء المترادفة.</translation>
    </message>
    <message>
        <source>Article {article_id} was changed elsewhere (now {value!r}); your edit was not saved.</source>
        <translation>عُدِّل المقال {article_id} في مكان آخر (صارت القيمة {value})؛ لم يُحفظ تعديلك.</translation>
    </message>
    <message>
        <source>Your rating of claim {claim_id} was changed elsewhere since; it was left as it is.</source>
        <translation>تغيّر تقييمك للادعاء {claim_id} في مكان آخر منذ ذلك الحين؛ تُرك كما هو.</translation>
    </message>
    <message>
        <source>Comment {comment_id} was written by {name!r}; only its author takes it back.</source>
        <translation>كتب «{name}» التعليق {comment_id}؛ لا يسحبه إلا كاتبه.</translation>
    </message>
    <message>
        <source>Comment {comment_id} was resolved by {name!r} meanwhile; it was left in the thread.</source>
        <translation>أغلق «{name}» التعليق {comment_id} في هذه الأثناء؛ تُرك في النقاش.</translation>
    </message>
    <message>
        <source>Comment {comment_id} is not resolved by {name!r} any more; it was left as it is.</source>
        <translation>لم يعد التعليق {comment_id} مغلقاً باسم «{name}»؛ تُرك كما هو.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../factcheck/gui/qt_controller.py" line="164"/>
        <source>This database is open read-only; nothing was changed.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_controller.py" line="131"/>
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
        <location filename="../../factcheck/gui/app.py" line="107"/>
        <source>Edit lock dated in the future</source>
        <translation>قفل تحرير مؤرخ في المستقبل</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="112"/>
        <source>Take over editing only if nobody is editing this database on that computer now: two editors at once would overwrite each other&apos;s work.</source>
        <translation>لا تتولَّ التحرير إلا إذا لم يكن أحد يحرّر قاعدة البيانات هذه على ذلك الحاسوب الآن: محرّران في وقت واحد يكتب كلٌّ منهما فوق عمل الآخر.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="119"/>
        <source>Take over editing</source>
        <translation>تولَّ التحرير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="122"/>
        <source>Open read-only</source>
        <translation>افتح للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="148"/>
        <source>The database was opened read-only.</source>
        <translation>فُتحت قاعدة البيانات للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>Elide</name>
    <message>
        <location filename="../../factcheck/gui/qt_models.py" line="28"/>
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
    <message>
        <source>Your edit was not saved: the article was changed elsewhere.</source>
        <translation>لم يُحفظ تعديلك: عُدِّل المقال في مكان آخر.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="43"/>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="47"/>
        <source>Export verdict report</source>
        <translation>تصدير تقرير الأحكام</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="47"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="60"/>
        <source>Folder for the research export</source>
        <translation>مجلد تصدير البيانات البحثية</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="63"/>
        <location filename="../../factcheck/gui/export_flow.py" line="77"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="63"/>
        <source>JSON-LD files (*.jsonld *.json)</source>
        <translation>ملفات JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="78"/>
        <source>Replace the research files already in this folder?</source>
        <translation>هل تريد استبدال ملفات البيانات البحثية الموجودة في هذا المجلد؟</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/export_flow.py" line="102"/>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى ⁦%1⁩</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Articles (*.txt *.html *.htm *.mhtml *.docx *.pdf);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.mhtml *.docx *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="36"/>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="36"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="42"/>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="49"/>
        <source>This database is open read-only; nothing was imported.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ لم يُستورَد شيء.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="53"/>
        <location filename="../../factcheck/gui/import_flow.py" line="55"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="53"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="99"/>
        <source>Imported: %1</source>
        <translation>المستورَدة: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="100"/>
        <source>Already present (skipped): %1</source>
        <translation>الموجودة مسبقًا (تُخطِّيت): %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="101"/>
        <source>Refused: %1</source>
        <translation>المرفوضة: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/import_flow.py" line="104"/>
        <source>The import was cancelled; files not reached were not imported.</source>
        <translation>أُلغي الاستيراد؛ ولم تُستورَد الملفات التي لم يبلغها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/import_flow.py" line="108"/>
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
        <location filename="../../factcheck/gui/main_window.py" line="890"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>جارٍ جلب %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>لم يُستورَد شيء من %1:</translation>
    </message>
</context>
<context>
    <name>LinkConflictDialog</name>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="77"/>
        <source>These claims disagree. Linked, they share one verdict.</source>
        <translation>هذان الادعاءان مختلفان. إذا رُبطا صار لهما حكم واحد.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="79"/>
        <source>This claim&apos;s verdict: %1</source>
        <translation>حكم هذا الادعاء: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="80"/>
        <source>The other claim&apos;s verdict: %1</source>
        <translation>حكم الادعاء الآخر: %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="83"/>
        <source>Both have notes: both are kept, one after the other.</source>
        <translation>لكلٍّ منهما ملاحظة: تُحفظ الملاحظتان، إحداهما بعد الأخرى.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="85"/>
        <source>Both have sources: all are kept, each address once.</source>
        <translation>لكلٍّ منهما مصادر: تُحفظ كلها، وكل عنوان مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="86"/>
        <source>Which verdict should the linked claims keep?</source>
        <translation>أيّ الحكمين تحتفظ به الادعاءات المربوطة؟</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="88"/>
        <source>Link claims</source>
        <translation>ربط الادعاءين</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="94"/>
        <source>Keep this claim&apos;s verdict</source>
        <translation>احتفظ بحكم هذا الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="95"/>
        <source>Keep the other claim&apos;s verdict</source>
        <translation>احتفظ بحكم الادعاء الآخر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="96"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="399"/>
        <source>Claim %1 is damaged: its position lies outside the article&apos;s text. Other claims can still be used.</source>
        <translation>الادعاء %1 تالف: موضعه يقع خارج نص المقال. لا يزال بالإمكان استخدام الادعاءات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="81"/>
        <source>factcheck — %1</source>
        <translation>factcheck — %1</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="103"/>
        <source>Filter articles</source>
        <translation>تصفية المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="130"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="154"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="169"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/app.py" line="225"/>
        <location filename="../../factcheck/gui/main_window.py" line="197"/>
        <location filename="../../factcheck/gui/main_window.py" line="454"/>
        <location filename="../../factcheck/gui/main_window.py" line="656"/>
        <location filename="../../factcheck/gui/main_window.py" line="672"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="198"/>
        <source>Read-only database</source>
        <translation>قاعدة البيانات مفتوحة للقراءة فقط</translation>
    </message>
    <message numerus="yes">
        <location filename="../../factcheck/gui/main_window.py" line="305"/>
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
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="597"/>
        <source>An import is running; drop these files again when it has finished.</source>
        <translation>يجري استيراد الآن؛ أفلت هذه الملفات مرة أخرى حين ينتهي.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="666"/>
        <source>Another instance (%1, process %2) took over editing this database while this window was inactive; this window is read-only from now on. Everything saved before is kept.</source>
        <translation>تولّت نسخة أخرى من البرنامج (⁦%1⁩، العملية %2) تحرير قاعدة البيانات هذه بينما كانت هذه النافذة متوقفة؛ صارت هذه النافذة للقراءة فقط من الآن. كل ما حُفظ قبل ذلك باقٍ.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="333"/>
        <source>There is no article %1.</source>
        <translation>لا يوجد مقال بالرقم %1.</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/main_window.py" line="634"/>
        <location filename="../../factcheck/gui/main_window.py" line="643"/>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>Connect to a shared desk…</source>
        <translation>الاتصال بمكتب مشترك…</translation>
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
        <location filename="../../factcheck/gui/qt_search.py" line="78"/>
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
        <location filename="../../factcheck/gui/qt_search.py" line="80"/>
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
        <location filename="../../factcheck/gui/qt_search.py" line="83"/>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="49"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="52"/>
        <source>Annotator name</source>
        <translation>اسم المدقق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="57"/>
        <source>Language (after restart)</source>
        <translation>اللغة (بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="62"/>
        <source>Organisation (ClaimReview)</source>
        <translation>المؤسسة (ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="66"/>
        <source>Organisation&apos;s address</source>
        <translation>عنوان المؤسسة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="70"/>
        <source>Organisation&apos;s logo address</source>
        <translation>عنوان شعار المؤسسة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="74"/>
        <source>Review address template</source>
        <translation>قالب عنوان المراجعة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="80"/>
        <source>Review language</source>
        <translation>لغة المراجعة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="29"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="33"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/dialogs.py" line="33"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="67"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="80"/>
        <source>URL</source>
        <translation>الرابط (URL)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="81"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="82"/>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="83"/>
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="84"/>
        <source>Archive URL</source>
        <translation>رابط النسخة المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="85"/>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_inspector.py" line="86"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="83"/>
        <source>Mark claim</source>
        <translation>تعليم ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="106"/>
        <source>Unmark claim</source>
        <translation>إلغاء تعليم ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="124"/>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="151"/>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="187"/>
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="212"/>
        <source>Edit source</source>
        <translation>تحرير مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="236"/>
        <source>Remove source</source>
        <translation>إزالة مصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="261"/>
        <source>Link claim</source>
        <translation>ربط ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="292"/>
        <source>Unlink claim</source>
        <translation>فكّ ربط ادعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/qt_commands.py" line="308"/>
        <source>Set stance</source>
        <translation>تعيين الموقف</translation>
    </message>
    <message>
        <source>Approve verdict</source>
        <translation>اعتماد الحكم</translation>
    </message>
    <message>
        <source>Return verdict</source>
        <translation>إرجاع الحكم</translation>
    </message>
    <message>
        <source>Edit article properties</source>
        <translation>تعديل خصائص المقال</translation>
    </message>
    <message>
        <source>Edit justification</source>
        <translation>تحرير التبرير العلني</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>إغلاق تعليق</translation>
    </message>
    <message>
        <source>Rate claim</source>
        <translation>تقييم الادعاء</translation>
    </message>
</context>
<context>
    <name>DeskTools</name>
    <message>
        <source>&amp;Desk</source>
        <translation>ال&amp;مكتب</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>كل الادعاءات</translation>
    </message>
    <message>
        <source>All claims (queue)</source>
        <translation>كل الادعاءات (قائمة الانتظار)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة الأرقام</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the verdict</source>
        <translation>إرجاع الحكم</translation>
    </message>
    <message>
        <source>Say what the proposer should check or change:</source>
        <translation>اذكر ما ينبغي لمقترح الحكم أن يراجعه أو يغيّره:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>إرجاع…</translation>
    </message>
    <message>
        <source>Acting as %1 (not an editor of this desk)</source>
        <translation>تعمل باسم %1 (ليس محرّرًا في هذا المكتب)</translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation>تعمل باسم %1 (%2)</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>محرّر</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>مراجع</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>No verdict to review yet.</source>
        <translation>لا حكم للمراجعة بعد.</translation>
    </message>
    <message>
        <source>Proposed by %1 (%2), waiting for review.</source>
        <translation>اقترحه %1 (%2)، بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>أرجعه %1: %2</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>اعتمده %1.</translation>
    </message>
    <message>
        <source>Published: frozen until a reviewer reopens it.</source>
        <translation>منشور: مجمَّد حتى يعيد مراجعٌ فتحه.</translation>
    </message>
    <message>
        <source>Approve the verdict</source>
        <translation>اعتماد الحكم</translation>
    </message>
    <message>
        <source>Return the verdict…</source>
        <translation>إرجاع الحكم…</translation>
    </message>
</context>
<context>
    <name>ClaimQueueModel</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>المحرّر</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُرجَع</translation>
    </message>
</context>
<context>
    <name>ClaimsQueue</name>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>أي مراجعة</translation>
    </message>
    <message>
        <source>Article id or title</source>
        <translation>رقم المقال أو عنوانه</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>من YYYY-MM-DD</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>إلى YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Waiting for my review</source>
        <translation>بانتظار مراجعتي</translation>
    </message>
    <message>
        <source>Any editor</source>
        <translation>أي محرّر</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>أي مراجع</translation>
    </message>
</context>
<context>
    <name>DashboardCanvas</name>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation>أقل من يوم</translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation>من يوم إلى 3 أيام</translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation>من 3 إلى 7 أيام</translation>
    </message>
    <message>
        <source>over 7 days</source>
        <translation>أكثر من 7 أيام</translation>
    </message>
    <message>
        <source>Verdicts by status</source>
        <translation>الأحكام حسب الحالة</translation>
    </message>
    <message>
        <source>Verdicts per week</source>
        <translation>الأحكام في كل أسبوع</translation>
    </message>
    <message>
        <source>Verdicts by editor</source>
        <translation>الأحكام حسب المحرّر</translation>
    </message>
    <message>
        <source>Articles by state</source>
        <translation>المقالات حسب المرحلة</translation>
    </message>
    <message>
        <source>Waiting for review: %1</source>
        <translation>بانتظار المراجعة: %1</translation>
    </message>
    <message>
        <source>alpha (nominal)</source>
        <translation>ألفا (اسمي)</translation>
    </message>
    <message>
        <source>alpha (ordinal)</source>
        <translation>ألفا (ترتيبي)</translation>
    </message>
    <message>
        <source>Agreement over %1 claims rated twice</source>
        <translation>الاتفاق على %1 ادعاءات قُيّمت مرتين</translation>
    </message>
    <message>
        <source>Agreement: no claim rated by two editors yet</source>
        <translation>الاتفاق: لم يقيّم محرّران أي ادعاء بعد</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>حفظ بصيغة SVG…</translation>
    </message>
    <message>
        <source>factcheck dashboard</source>
        <translation>لوحة factcheck</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>صور SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>حفظ اللوحة</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Connect to a shared desk…</source>
        <translation>الاتصال بمكتب مشترك…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="43"/>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="44"/>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="46"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="48"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="50"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="63"/>
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="64"/>
        <source>Mark sentence or selection as claim</source>
        <translation>تعليم الجملة أو النص المحدد ادعاءً</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="65"/>
        <source>Unmark selected claim</source>
        <translation>إلغاء تعليم الادعاء المحدد</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="67"/>
        <source>Next sentence</source>
        <translation>الجملة التالية</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="68"/>
        <source>Previous sentence</source>
        <translation>الجملة السابقة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="69"/>
        <source>Next claim</source>
        <translation>الادعاء التالي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="70"/>
        <source>Previous claim</source>
        <translation>الادعاء السابق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="72"/>
        <source>Focus source field</source>
        <translation>الانتقال إلى حقل المصدر</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="73"/>
        <source>Focus note</source>
        <translation>الانتقال إلى الملاحظة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="74"/>
        <source>Back to the reader</source>
        <translation>العودة إلى نص المقال</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="77"/>
        <source>Link to the chosen suggestion (in the suggestion list)</source>
        <translation>اربط بالاقتراح المختار (في قائمة الاقتراحات)</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="81"/>
        <source>Search all articles</source>
        <translation>ابحث في كل المقالات</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="82"/>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="95"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="96"/>
        <source>Next article</source>
        <translation>المقال التالي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="97"/>
        <source>Previous article</source>
        <translation>المقال السابق</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="99"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="100"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="101"/>
        <source>Reset zoom</source>
        <translation>إعادة الحجم الأصلي</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="103"/>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="104"/>
        <source>Verdict report (CSV), all articles…</source>
        <translation>تقرير الأحكام (CSV)، كل المقالات…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="105"/>
        <source>Verdict report (CSV), this article…</source>
        <translation>تقرير الأحكام (CSV)، هذا المقال…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="1"/>
        <source>Printable report (PDF)…</source>
        <translation>تقرير للطباعة (PDF)…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="108"/>
        <source>ClaimReview JSON-LD…</source>
        <translation>مراجعة الادعاءات ClaimReview ‏(JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="109"/>
        <source>Web Annotations JSON-LD…</source>
        <translation>تعليقات الويب Web Annotations ‏(JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="110"/>
        <source>Research data (stance pairs, check-worthiness)…</source>
        <translation>بيانات بحثية (أزواج المواقف، جدارة التحقق)…</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="112"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="113"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../factcheck/gui/window_actions.py" line="126"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Import from address…</source>
        <translation>استيراد من عنوان ويب…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared desk</source>
        <translation>الاتصال بمكتب مشترك</translation>
    </message>
    <message>
        <source>The address of the desk's PostgreSQL database, for example postgresql+psycopg://huda@dbhost/desk (add ?sslmode=require for TLS). Do not put the password in it: factcheck never stores passwords. Put it in ~/.pgpass, in PGPASSWORD, or use a service file (postgresql+psycopg:///?service=desk).</source>
        <translation>عنوان قاعدة بيانات PostgreSQL الخاصة بالمكتب، مثل postgresql+psycopg://huda@dbhost/desk (أضف ?sslmode=require لاتصال مشفّر TLS). لا تضع كلمة المرور فيه: لا يحفظ factcheck كلمات المرور أبدًا. ضعها في ~/.pgpass أو في PGPASSWORD، أو استخدم ملف خدمة (postgresql+psycopg:///?service=desk).</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Enter the desk's address.</source>
        <translation>أدخل عنوان المكتب.</translation>
    </message>
    <message>
        <source>A shared desk's address starts with postgresql+psycopg://</source>
        <translation>يبدأ عنوان المكتب المشترك بـ postgresql+psycopg://</translation>
    </message>
    <message>
        <source>Remove the password from the address: factcheck never stores passwords. Put it in ~/.pgpass or PGPASSWORD, or use a service file.</source>
        <translation>احذف كلمة المرور من العنوان: لا يحفظ factcheck كلمات المرور أبدًا. ضعها في ~/.pgpass أو PGPASSWORD، أو استخدم ملف خدمة.</translation>
    </message>
    <message>
        <source>The desk answers and is set up.</source>
        <translation>المكتب يستجيب وهو مُعَدّ للعمل.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Changed by %1, %2</source>
        <translation>غيّره %1، %2</translation>
    </message>
    <message>
        <source>%1 is editing this claim</source>
        <translation>%1 يحرّر هذا الادعاء الآن</translation>
    </message>
    <message>
        <source>%1 are editing this claim</source>
        <translation>%1 يحرّرون هذا الادعاء الآن</translation>
    </message>
    <message>
        <source>The shared desk %1 cannot be reached: your edit was not saved, and what you typed is kept. factcheck reconnects by itself; try again when it says so.</source>
        <translation>تعذّر الوصول إلى المكتب المشترك %1: لم يُحفظ تعديلك، وما كتبته باقٍ كما هو. سيعيد factcheck الاتصال من تلقاء نفسه؛ أعد المحاولة حين يُعلمك بذلك.</translation>
    </message>
    <message>
        <source>Desk unreachable</source>
        <translation>المكتب غير متاح</translation>
    </message>
    <message>
        <source>The shared desk cannot be reached (%1). Reconnecting…</source>
        <translation>تعذّر الوصول إلى المكتب المشترك (%1). جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>The shared desk is reachable again.</source>
        <translation>عاد المكتب المشترك متاحًا.</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Names across scripts</source>
        <translation>أسماء بأكثر من كتابة</translation>
    </message>
    <message>
        <source>Spellings of one name that search and link suggestions treat as one: searching one finds the others.</source>
        <translation>كتابات مختلفة لاسم واحد يعاملها البحث واقتراحات الربط اسمًا واحدًا: البحث عن إحداها يجد الأخرى.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove the selected spelling</source>
        <translation>حذف الكتابة المحددة</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Same name as</source>
        <translation>الاسم نفسه مثل</translation>
    </message>
    <message>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>Names across scripts…</source>
        <translation>أسماء بأكثر من كتابة…</translation>
    </message>
</context>
<context>
    <name>WindowCare</name>
    <message>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>A source needs http:// or https://. Use %1?</source>
        <translation>يحتاج المصدر إلى http:// أو https://. هل تستخدم %1؟</translation>
    </message>
</context>
<context>
    <name>ArticleProperties</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>الرابط (URL)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>https://… (the article's address)</source>
        <translation>https://… (رابط المقال)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-03-14</source>
        <translation>YYYY-MM-DD، مثلاً 2024-03-14</translation>
    </message>
    <message>
        <source>a language code: ar, en…</source>
        <translation>رمز اللغة: ar أو en…</translation>
    </message>
    <message>
        <source>Saved when you press Enter or leave a field, and kept in the history; Ctrl+Z undoes it. The article's text never changes.</source>
        <translation>يُحفظ التعديل عند الضغط على Enter أو مغادرة الحقل، ويُسجَّل في السجل؛ وتتراجع عنه Ctrl+Z. لا يتغيّر نص المقال أبداً.</translation>
    </message>
    <message>
        <source>Article properties</source>
        <translation>خصائص المقال</translation>
    </message>
    <message>
        <source>Article properties…</source>
        <translation>خصائص المقال…</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Import from address</source>
        <translation>استيراد من عنوان ويب</translation>
    </message>
    <message>
        <source>Address of the web page (http:// or https://):</source>
        <translation>عنوان صفحة الويب (http:// أو https://):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>AddressImport</name>
    <message>
        <source>Import from address</source>
        <translation>استيراد من عنوان ويب</translation>
    </message>
    <message>
        <source>The clipboard holds no web address (http:// or https://) to import.</source>
        <translation>لا تحوي الحافظة عنوان ويب (http:// أو https://) لاستيراده.</translation>
    </message>
    <message>
        <source>An import is running; import this address when it has finished.</source>
        <translation>يجري استيراد الآن؛ استورد هذا العنوان حين ينتهي.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://. Import %1?</source>
        <translation>يبدأ عنوان الويب بـ http:// أو https://. هل تستورد %1؟</translation>
    </message>
</context>
<context>
    <name>DiscussionPanel</name>
    <message>
        <source>Justification and discussion</source>
        <translation>التبرير والنقاش</translation>
    </message>
    <message>
        <source>Public justification (what readers are told):</source>
        <translation>التبرير العلني (ما يُقال للقرّاء):</translation>
    </message>
    <message>
        <source>Why the verdict is what it is</source>
        <translation>لماذا كان الحكم كما هو</translation>
    </message>
    <message>
        <source>Comments (the desk's internal discussion):</source>
        <translation>التعليقات (نقاش الفريق الداخلي):</translation>
    </message>
    <message>
        <source>Add a comment (Enter adds)</source>
        <translation>أضف تعليقاً (Enter للإضافة)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>My rating (blind):</source>
        <translation>تقييمي (المستقل):</translation>
    </message>
    <message>
        <source>Published: frozen until a reviewer reopens it.</source>
        <translation>منشور: مجمَّد حتى يعيد مراجعٌ فتحه.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>(resolved by %1)</source>
        <translation>(أغلقه %1)</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>%1: rated (hidden until both have rated)</source>
        <translation>%1: قيّم (مخفي حتى يقيّم الاثنان)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NoteConflictDialog</name>
    <message>
        <source>Note changed by a colleague</source>
        <translation>ملاحظة غيّرها زميل</translation>
    </message>
    <message>
        <source>%1 changed this claim's note at %2 while you were typing it. Your text is not saved yet. Keep mine: your text replaces theirs (the history keeps both). Keep theirs: your text is copied to the clipboard.</source>
        <translation>غيّر %1 ملاحظة هذا الادعاء في %2 بينما كنت تكتبها. لم يُحفظ نصك بعد. «أبقِ نصي»: يحل نصك محل ملاحظة الزميل (ويحفظ السجل الاثنين). «أبقِ ملاحظة الزميل»: يُنسخ نصك إلى الحافظة.</translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation>الادعاء: %1</translation>
    </message>
    <message>
        <source>Their note (%1, %2):</source>
        <translation>ملاحظة الزميل (%1، %2):</translation>
    </message>
    <message>
        <source>Your text, not saved yet (you can edit it here):</source>
        <translation>نصك، لم يُحفظ بعد (يمكنك تعديله هنا):</translation>
    </message>
    <message>
        <source>Put their note above mine</source>
        <translation>ضع ملاحظة الزميل فوق نصي</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>أبقِ ملاحظة الزميل</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>أبقِ نصي</translation>
    </message>
</context>
<context>
    <name>NoteConflicts</name>
    <message>
        <source>The note you typed was not saved; it is on the clipboard.</source>
        <translation>لم تُحفظ الملاحظة التي كتبتها؛ وهي في الحافظة.</translation>
    </message>
    <message>
        <source>Their note is kept; your text is on the clipboard.</source>
        <translation>أُبقيت ملاحظة زميلك؛ ونصك في الحافظة.</translation>
    </message>
</context>
</TS>
