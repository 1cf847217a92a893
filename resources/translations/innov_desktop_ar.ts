<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="80"/>
        <source>About innov-desktop</source>
        <translation>حول innov-desktop</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="83"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="87"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="88"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="89"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="90"/>
        <source>Logs</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="92"/>
        <source>innov-desktop: records, projects, events and sync for innovation centers.</source>
        <translation>innov-desktop: السجلات والمشاريع والفعاليات والمزامنة لمراكز الابتكار.</translation>
    </message>
</context>
<context>
    <name>CountryFilter</name>
    <message>
        <location filename="../../innov_desktop/gui/widgets.py" line="154"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="148"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="151"/>
        <source>Something went wrong inside innov-desktop. Your data is safe: the change that failed was not saved. Please send the log below to your support contact.</source>
        <translation>حدث خطأ داخل innov-desktop. بياناتك في أمان: التغيير الذي فشل لم يُحفظ. يرجى إرسال السجل أدناه إلى جهة الدعم.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="159"/>
        <source>Copy the log</source>
        <translation>نسخ السجل</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../innov_desktop/gui/widgets.py" line="61"/>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>YYYY-MM-DD أو DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/import_wizard.py" line="201"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي تكرار</numerusform>
            <numerusform>تُخطّي تكرار واحد</numerusform>
            <numerusform>تُخطّي تكراران</numerusform>
            <numerusform>تُخطّيت %Ln تكرارات</numerusform>
            <numerusform>تُخطّي %Ln تكرارًا</numerusform>
            <numerusform>تُخطّي %Ln تكرار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="48"/>
        <source>Find duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="49"/>
        <source>Looking for people entered more than once…</source>
        <translation>جارٍ البحث عن أشخاص أُدخلوا أكثر من مرة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="53"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="53"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="53"/>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="53"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="53"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="57"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="80"/>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن التكرارات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="86"/>
        <source>%n group(s) of likely duplicates. Select a group, then Merge.</source>
        <translation>
            <numerusform>لا توجد مجموعات تكرار محتملة.</numerusform>
            <numerusform>مجموعة واحدة من التكرارات المحتملة. اختر مجموعة ثم دمج.</numerusform>
            <numerusform>مجموعتان من التكرارات المحتملة. اختر مجموعة ثم دمج.</numerusform>
            <numerusform>%Ln مجموعات من التكرارات المحتملة. اختر مجموعة ثم دمج.</numerusform>
            <numerusform>%Ln مجموعة من التكرارات المحتملة. اختر مجموعة ثم دمج.</numerusform>
            <numerusform>%Ln مجموعة من التكرارات المحتملة. اختر مجموعة ثم دمج.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportList</name>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="28"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="29"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="30"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="31"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="32"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="38"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="39"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="57"/>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="59"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="69"/>
        <source>descending</source>
        <translation>تنازلي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="71"/>
        <source>ascending</source>
        <translation>تصاعدي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="74"/>
        <source>Sorted by</source>
        <translation>مرتبة حسب</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="77"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="78"/>
        <source>About this export</source>
        <translation>عن هذا التصدير</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="80"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="81"/>
        <source>Exported on</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="97"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="107"/>
        <source>Export the list</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/export_list.py" line="109"/>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../innov_desktop/gui/global_search.py" line="32"/>
        <source>Find a person or an organization (Ctrl+K)</source>
        <translation>ابحث عن شخص أو منظمة (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/global_search.py" line="73"/>
        <source>No match</source>
        <translation>لا توجد نتائج</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../innov_desktop/gui/pages/simple.py" line="37"/>
        <source>No center identity yet</source>
        <translation>لم تُحدَّد هوية المركز بعد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/pages/simple.py" line="39"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/pages/simple.py" line="40"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/pages/simple.py" line="41"/>
        <source>Centers in the directory</source>
        <translation>المراكز في الدليل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/pages/simple.py" line="54"/>
        <source>Use the list on the side, or press Ctrl+K to find anyone. Ctrl+N adds a person.</source>
        <translation>استخدم القائمة الجانبية، أو اضغط Ctrl+K للبحث عن أي شخص. Ctrl+N يضيف شخصًا.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="174"/>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="175"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="176"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="177"/>
        <source>Full name (given and family)</source>
        <translation>الاسم الكامل (الأول والعائلة)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="178"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="179"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="180"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="181"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="182"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="183"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="184"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="185"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="186"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="187"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="188"/>
        <source>Consent to share</source>
        <translation>الموافقة على المشاركة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="189"/>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="190"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="191"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="192"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="193"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="194"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="195"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="196"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="197"/>
        <source>SME size</source>
        <translation>حجم المنشأة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="36"/>
        <source>Skip (keep the existing record)</source>
        <translation>تخطٍّ (الإبقاء على السجل الموجود)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="37"/>
        <source>Update the existing record</source>
        <translation>تحديث السجل الموجود</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="38"/>
        <source>Create a new record</source>
        <translation>إنشاء سجل جديد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="41"/>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="67"/>
        <source>Choose the spreadsheet</source>
        <translation>اختر جدول البيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="43"/>
        <source>An Excel or LibreOffice workbook (.xlsx, .ods) or a .csv file.</source>
        <translation>مصنف Excel أو LibreOffice ‏(⁦.xlsx⁩ أو ⁦.ods⁩) أو ملف ⁦.csv⁩.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="47"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="48"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="52"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="60"/>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="247"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="61"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="62"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="69"/>
        <source>Spreadsheets</source>
        <translation>جداول البيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="96"/>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="101"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="102"/>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="103"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="109"/>
        <source>Remember these choices for files with the same column titles</source>
        <translation>تذكّر هذه الاختيارات للملفات ذات عناوين الأعمدة نفسها</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="118"/>
        <source>First rows of the sheet:</source>
        <translation>الصفوف الأولى من الورقة:</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="124"/>
        <source>Reading the sheet…</source>
        <translation>جارٍ قراءة الورقة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="143"/>
        <source>Column titles found on row {row}; {count} rows of data. Check the field of each column.</source>
        <translation>عُثر على عناوين الأعمدة في الصف {row}؛ {count} صفًا من البيانات. تحقّق من حقل كل عمود.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="148"/>
        <source>Your earlier choices for these titles were applied.</source>
        <translation>طُبّقت اختياراتك السابقة لهذه العناوين.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="57"/>
        <source>Check every row</source>
        <translation>التحقق من كل صف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="58"/>
        <source>Nothing is written until you press Import.</source>
        <translation>لا يُكتب شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="64"/>
        <location filename="../../innov_desktop/gui/import_check.py" line="73"/>
        <location filename="../../innov_desktop/gui/import_check.py" line="386"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="65"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="66"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="67"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="74"/>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="75"/>
        <source>Already in the database</source>
        <translation>موجود في قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="76"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="77"/>
        <source>What to do</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="88"/>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>استيراد الصفوف الصحيحة وتخطي الصفوف التي بها أخطاء</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="92"/>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="192"/>
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="96"/>
        <source>Check again</source>
        <translation>افحص مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="101"/>
        <source>For every duplicate:</source>
        <translation>لكل تكرار:</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="108"/>
        <location filename="../../innov_desktop/gui/import_check.py" line="217"/>
        <location filename="../../innov_desktop/gui/import_check.py" line="387"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="110"/>
        <source>Rows that are probably already in the database, or the same person as an earlier row</source>
        <translation>صفوف موجودة على الأرجح في قاعدة البيانات، أو تخص الشخص نفسه الوارد في صف سابق</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="177"/>
        <source>The check was cancelled; nothing was written. Check again, or go Back to choose another file or other columns.</source>
        <translation>أُلغي الفحص، ولم يُكتب شيء. افحص مرة أخرى، أو ارجع إلى السابق لاختيار ملف آخر أو أعمدة أخرى.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="185"/>
        <source>The check did not finish.</source>
        <translation>لم يكتمل الفحص.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="202"/>
        <source>{total} rows: {ready} ready to import, {invalid} with errors, {dups} probably already in the database or earlier in the file.</source>
        <translation>{total} صف: {ready} جاهز للاستيراد، و{invalid} به أخطاء، و{dups} موجود على الأرجح في قاعدة البيانات أو في صف سابق من الملف.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="203"/>
        <source>{created} created, {updated} updated, {skipped}, {invalid} rows with errors left out.</source>
        <translation>أُنشئ {created}، وحُدّث {updated}، و{skipped}، واستُبعد {invalid} من الصفوف التي بها أخطاء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="151"/>
        <location filename="../../innov_desktop/gui/import_check.py" line="193"/>
        <source>Checking every row…</source>
        <translation>جارٍ التحقق من كل صف…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="220"/>
        <source>(the first {n}; the report lists all)</source>
        <translation>(أول {n}؛ يسرد التقرير الجميع)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="236"/>
        <source>row {row} of this file</source>
        <translation>الصف {row} من هذا الملف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="286"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="288"/>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="345"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="188"/>
        <source>Import done</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="213"/>
        <source>A backup was taken before the import: {path}</source>
        <translation>أُخذت نسخة احتياطية قبل الاستيراد: {path}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="226"/>
        <source>Import from a spreadsheet</source>
        <translation>الاستيراد من جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="230"/>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="249"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="231"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="232"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_wizard.py" line="233"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="356"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="357"/>
        <source>updated {number}</source>
        <translation>حُدّث {number}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="358"/>
        <source>skipped: already in the database as {number}</source>
        <translation>تُخطّي: موجود في قاعدة البيانات برقم {number}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="359"/>
        <source>not imported: errors</source>
        <translation>لم يُستورد: أخطاء</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="360"/>
        <source>would be created</source>
        <translation>سيُنشأ</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="361"/>
        <source>would update {number}</source>
        <translation>سيُحدّث {number}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="362"/>
        <source>would be skipped: already in the database as {number}</source>
        <translation>سيُتخطّى: موجود في قاعدة البيانات برقم {number}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="372"/>
        <source>filled the record of row {row}</source>
        <translation>أُكمل سجل الصف {row}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="373"/>
        <source>skipped: the same person as row {row}</source>
        <translation>تم التخطي: الشخص نفسه الوارد في الصف {row}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="374"/>
        <source>would fill the record of row {row}</source>
        <translation>سيُكمل سجل الصف {row}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="375"/>
        <source>would be skipped: the same person as row {row}</source>
        <translation>سيتم التخطي: الشخص نفسه الوارد في الصف {row}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/import_check.py" line="388"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="109"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="111"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="112"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="113"/>
        <location filename="../../innov_desktop/gui/list_page.py" line="368"/>
        <location filename="../../innov_desktop/gui/list_page.py" line="485"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="114"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="373"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/list_page.py" line="325"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="345"/>
        <location filename="../../innov_desktop/gui/list_page.py" line="395"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="467"/>
        <source>Select a row to see its details.</source>
        <translation>اختر صفًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/list_page.py" line="486"/>
        <source>Delete {name}? You can undo this with Edit &gt; Undo.</source>
        <translation>حذف {name}؟ يمكنك التراجع عن ذلك من تحرير &gt; تراجع.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="49"/>
        <location filename="../../innov_desktop/gui/main_window.py" line="158"/>
        <source>innov-desktop — {center}</source>
        <translation>innov-desktop — {center}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="53"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="55"/>
        <source>Innovation projects through the selection pipeline: intake, screening, search, feasibility, prototype, IP filing, funding and commercialization, with gate reviews and scores.</source>
        <translation>مشاريع الابتكار عبر مراحل الاختيار: الاستقبال والفرز والبحث ودراسة الجدوى والنموذج الأولي وإيداع الملكية الفكرية والتمويل والتسويق، مع مراجعات المراحل والدرجات.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="60"/>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="62"/>
        <source>Workshops, trainings, symposiums and exhibitions: registrations, capacity and waiting list, attendance, certificates and gender-disaggregated reports.</source>
        <translation>ورش العمل والتدريبات والندوات والمعارض: التسجيلات والسعة وقائمة الانتظار والحضور والشهادات والتقارير المصنفة حسب الجنس.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="67"/>
        <source>Awards</source>
        <translation>الجوائز</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="69"/>
        <source>Award nominations for inventors, young inventors and enterprises, with the program&apos;s eligibility rules and deadlines.</source>
        <translation>الترشيحات للجوائز للمخترعين والمخترعين الشباب والمؤسسات، وفق قواعد الأهلية والمواعيد النهائية للبرنامج.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="74"/>
        <source>Service requests</source>
        <translation>طلبات الخدمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="76"/>
        <source>Patent-information service requests: searches, freedom-to-operate, landscapes and advice, with dates, hours and outcomes.</source>
        <translation>طلبات خدمات معلومات البراءات: عمليات البحث وحرية الاستغلال وتقارير المشهد والمشورة، مع التواريخ والساعات والنتائج.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="81"/>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="82"/>
        <source>Innovation centers, associations of inventors and university IP coordinators.</source>
        <translation>مراكز الابتكار وجمعيات المخترعين ومنسقو الملكية الفكرية في الجامعات.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="85"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="87"/>
        <source>Exchange files with headquarters: export, import with a summary before applying, history, conflicts and keys.</source>
        <translation>تبادل الملفات مع المقر الرئيسي: التصدير والاستيراد مع ملخص قبل التطبيق والسجل والتعارضات والمفاتيح.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="93"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="94"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="95"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="232"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="260"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="278"/>
        <source>New &amp;person…</source>
        <translation>&amp;شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="279"/>
        <source>New &amp;organization…</source>
        <translation>&amp;منظمة جديدة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="281"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>ا&amp;ستيراد من جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="282"/>
        <source>&amp;Export this list…</source>
        <translation>ت&amp;صدير هذه القائمة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="285"/>
        <source>Export a s&amp;ync bundle…</source>
        <translation>تصدير حزمة م&amp;زامنة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="286"/>
        <source>Import a sy&amp;nc bundle…</source>
        <translation>استيراد حزمة مزا&amp;منة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="288"/>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="289"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ا&amp;سترجاع من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="291"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="350"/>
        <source>Last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="352"/>
        <source>No bundle exchanged yet</source>
        <translation>لم تُتبادل أي حزمة بعد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="368"/>
        <source>Headquarters {code} · {name} · {country}</source>
        <translation>المقر الرئيسي {code} · {name} · {country}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="376"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="447"/>
        <source>Checking and restoring the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية واستعادتها…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="459"/>
        <source>Report saved: {path}</source>
        <translation>حُفظ التقرير: {path}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="483"/>
        <source>Exported {rows} rows to {path}</source>
        <translation>صُدّر {rows} صفًا إلى {path}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="261"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="274"/>
        <location filename="../../innov_desktop/gui/main_window.py" line="317"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="295"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="296"/>
        <source>P&amp;references…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="262"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="263"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="301"/>
        <source>Find &amp;duplicates…</source>
        <translation>البحث عن الت&amp;كرارات…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="303"/>
        <source>&amp;About innov-desktop</source>
        <translation>&amp;حول innov-desktop</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="328"/>
        <location filename="../../innov_desktop/gui/main_window.py" line="354"/>
        <source>Last sync with headquarters: never</source>
        <translation>آخر مزامنة مع المقر الرئيسي: لم تتم بعد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="363"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="372"/>
        <source>Center {code} · {name} · {country}</source>
        <translation>المركز {code} · {name} · {country}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="378"/>
        <source>No center identity</source>
        <translation>لا توجد هوية للمركز</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="386"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="405"/>
        <source>Backup written: {path}</source>
        <translation>تمت كتابة النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="417"/>
        <source>Restore from a backup</source>
        <translation>الاسترجاع من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="417"/>
        <source>Backups (*.sqlite)</source>
        <translation>النسخ الاحتياطية (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="423"/>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="424"/>
        <source>Replace the current database with this backup? The current database is kept as a backup first.</source>
        <translation>استبدال قاعدة البيانات الحالية بهذه النسخة الاحتياطية؟ ستُحفظ قاعدة البيانات الحالية كنسخة احتياطية أولًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/main_window.py" line="441"/>
        <source>Restored {path}</source>
        <translation>تم الاسترجاع من {path}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="140"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="142"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="156"/>
        <source>Merge two records of one person</source>
        <translation>دمج سجلين لشخص واحد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="159"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="163"/>
        <source>Keep {number}</source>
        <translation>الإبقاء على {number}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="184"/>
        <source>Links to the other record (organization contacts, and later registrations and projects) move to the kept one. The other record is removed and points to the kept one.</source>
        <translation>تنتقل الروابط إلى السجل الآخر (جهات اتصال المنظمات، ولاحقًا التسجيلات والمشاريع) إلى السجل المُبقى عليه. يُحذف السجل الآخر ويشير إلى السجل المُبقى عليه.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="190"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/duplicates.py" line="214"/>
        <source>Merge {drop} into {keep}? This cannot be undone.</source>
        <translation>دمج {drop} في {keep}؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="41"/>
        <source>New organization</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="41"/>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="45"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="46"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="47"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="50"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="51"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="52"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="53"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="54"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="55"/>
        <source>SME size</source>
        <translation>حجم المنشأة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="59"/>
        <source>Contact person</source>
        <translation>شخص الاتصال</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="61"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="146"/>
        <source>Undo new organization {name}</source>
        <translation>التراجع عن المنظمة الجديدة {name}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/form.py" line="152"/>
        <source>Undo changes to {name}</source>
        <translation>التراجع عن تغييرات {name}</translation>
    </message>
</context>
<context>
    <name>OrganizationFilter</name>
    <message>
        <location filename="../../innov_desktop/gui/widgets.py" line="179"/>
        <source>All organizations</source>
        <translation>كل المنظمات</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="30"/>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="149"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="38"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="45"/>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="151"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="52"/>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="152"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="58"/>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="153"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="64"/>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="154"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="71"/>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="155"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="84"/>
        <source>Search organizations: name, acronym, city, e-mail or number</source>
        <translation>البحث في المنظمات: الاسم أو الاختصار أو المدينة أو البريد أو الرقم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="85"/>
        <source>New organization…</source>
        <translation>منظمة جديدة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="88"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/organizations/page.py" line="122"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>لا منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%Ln منظمات</numerusform>
            <numerusform>%Ln منظمة</numerusform>
            <numerusform>%Ln منظمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="135"/>
        <source>Undo delete {name}</source>
        <translation>التراجع عن حذف {name}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="150"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="156"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="157"/>
        <source>SME size</source>
        <translation>حجم المنشأة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/organizations/page.py" line="158"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="39"/>
        <source>(name not shared)</source>
        <translation>(الاسم غير مُشارَك)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="47"/>
        <location filename="../../innov_desktop/gui/people/page.py" line="209"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="55"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="62"/>
        <location filename="../../innov_desktop/gui/people/page.py" line="210"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="69"/>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="77"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="84"/>
        <location filename="../../innov_desktop/gui/people/page.py" line="214"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="92"/>
        <location filename="../../innov_desktop/gui/people/page.py" line="215"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="100"/>
        <location filename="../../innov_desktop/gui/people/page.py" line="218"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="106"/>
        <source>Modified</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="121"/>
        <source>Search people: name, e-mail, phone or number (any script)</source>
        <translation>البحث في الأشخاص: الاسم أو البريد أو الهاتف أو الرقم (بأي كتابة)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="122"/>
        <source>New person…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="125"/>
        <source>All roles</source>
        <translation>كل الأدوار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="132"/>
        <source>Any sex</source>
        <translation>أي جنس</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/people/page.py" line="171"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="177"/>
        <source>The name and contact details of this person were not shared with this installation: only {center} can delete this record.</source>
        <translation>لم يُشارَك اسم هذا الشخص وبيانات الاتصال به مع هذا التثبيت: لا يحذف هذا السجل إلا {center}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="195"/>
        <source>Undo delete {name}</source>
        <translation>التراجع عن حذف {name}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="211"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="212"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="213"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="216"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="217"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="220"/>
        <source>Consent to share</source>
        <translation>الموافقة على المشاركة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="221"/>
        <source>yes, since {date}</source>
        <translation>نعم، منذ {date}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="223"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="225"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="227"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/page.py" line="230"/>
        <source>Projects, event registrations and service requests of this person will be listed here.</source>
        <translation>ستُعرض هنا مشاريع هذا الشخص وتسجيلاته في الفعاليات وطلبات الخدمة.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="57"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="57"/>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="213"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="62"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="214"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="63"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="215"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="64"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="216"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="68"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="217"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="69"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="218"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="70"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="219"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="71"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="220"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="72"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="221"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="73"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="222"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="80"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="223"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="81"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="82"/>
        <source>codes such as en, fr, ar</source>
        <translation>رموز مثل en وfr وar</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="224"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="90"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="225"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="92"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="92"/>
        <source>Agrees to share with headquarters</source>
        <translation>يوافق على المشاركة مع المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="226"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="94"/>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="227"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="98"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="105"/>
        <source>Possible duplicates: check before saving</source>
        <translation>تكرارات محتملة: تحقق قبل الحفظ</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="153"/>
        <source>The name and contact details of this person were not shared with this installation (no consent to share). Only {center} can change this record.</source>
        <translation>لم يُشارَك اسم هذا الشخص وبيانات الاتصال به مع هذا التثبيت (لا موافقة على المشاركة). لا يغيّر هذا السجل إلا {center}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="166"/>
        <location filename="../../innov_desktop/gui/people/form.py" line="167"/>
        <source>(not shared)</source>
        <translation>(غير مُشارَك)</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="284"/>
        <source>Undo new person {name}</source>
        <translation>التراجع عن الشخص الجديد {name}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/people/form.py" line="288"/>
        <source>Undo changes to {name}</source>
        <translation>التراجع عن تغييرات {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/people/form.py" line="324"/>
        <source>Possible duplicates: check before saving (%n found)</source>
        <translation>
            <numerusform>تكرارات محتملة: تحقق قبل الحفظ (لا شيء)</numerusform>
            <numerusform>تكرارات محتملة: تحقق قبل الحفظ (واحد)</numerusform>
            <numerusform>تكرارات محتملة: تحقق قبل الحفظ (اثنان)</numerusform>
            <numerusform>تكرارات محتملة: تحقق قبل الحفظ (%Ln)</numerusform>
            <numerusform>تكرارات محتملة: تحقق قبل الحفظ (%Ln)</numerusform>
            <numerusform>تكرارات محتملة: تحقق قبل الحفظ (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../innov_desktop/gui/widgets.py" line="234"/>
        <source>Type a name, e-mail, phone or number</source>
        <translation>اكتب اسمًا أو بريدًا إلكترونيًا أو هاتفًا أو رقمًا</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/widgets.py" line="277"/>
        <source>Nobody found</source>
        <translation>لم يُعثر على أحد</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="102"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="105"/>
        <source>As the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="111"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="115"/>
        <source>A backup is taken at start (once a day), before every upgrade and before a restore; old backups are thinned to the newest of each day, week and month. Folder: {folder}</source>
        <translation>تؤخذ نسخة احتياطية عند البدء (مرة في اليوم) وقبل كل ترقية وقبل كل استرجاع؛ وتُقلَّص النسخ القديمة إلى الأحدث من كل يوم وأسبوع وشهر. المجلد: {folder}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="121"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="122"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="124"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="125"/>
        <source>A new language applies the next time innov-desktop starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل التالي لـ innov-desktop.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/record_dialog.py" line="73"/>
        <source>Discard your changes?</source>
        <translation>تجاهل تعديلاتك؟</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/record_dialog.py" line="74"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>ما كتبته في هذا النموذج لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="43"/>
        <source>Set up this center</source>
        <translation>إعداد هذا المركز</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="46"/>
        <source>Before the first use, tell innov-desktop which center this installation belongs to. The code appears on every record this center creates and cannot be changed later.</source>
        <translation>قبل الاستخدام الأول، حدِّد المركز الذي ينتمي إليه هذا التثبيت. يظهر الرمز في كل سجل ينشئه المركز ولا يمكن تغييره لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="52"/>
        <source>e.g. KE-NBO</source>
        <translation>مثال: KE-NBO</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="56"/>
        <source>e.g. Nairobi Innovation Support Center</source>
        <translation>مثال: مركز نيروبي لدعم الابتكار</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="58"/>
        <source>Center code</source>
        <translation>رمز المركز</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="59"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/dialogs.py" line="60"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="113"/>
        <source>This installation</source>
        <translation>هذا التثبيت</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="117"/>
        <source>Save my public key…</source>
        <translation>حفظ مفتاحي العام…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="118"/>
        <source>Register a public key…</source>
        <translation>تسجيل مفتاح عام…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="126"/>
        <source>For the center:</source>
        <translation>للمركز:</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="128"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="130"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;استيراد حزمة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="151"/>
        <source>Keep &amp;mine</source>
        <translation>الإبقاء على &amp;قيمتي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="152"/>
        <source>Keep &amp;theirs</source>
        <translation>الأخذ بقيمة ال&amp;طرف الآخر</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="153"/>
        <source>E&amp;dit…</source>
        <translation>ت&amp;حرير…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="173"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="174"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="257"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="175"/>
        <source>Keys registered</source>
        <translation>المفاتيح المسجَّلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="228"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="299"/>
        <source>headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="228"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="299"/>
        <source>center</source>
        <translation>مركز</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="231"/>
        <source>{code} ({role}). Key fingerprint: {fingerprint}</source>
        <translation>{code} ({role}). بصمة المفتاح: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="247"/>
        <source>No key is registered yet: register the other side&apos;s public key file to exchange bundles.</source>
        <translation>لم يُسجَّل أي مفتاح بعد: سجِّل ملف المفتاح العام للطرف الآخر لتبادل الحزم.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="256"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="256"/>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="256"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="256"/>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="256"/>
        <source>Handled</source>
        <translation>عولجت</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="257"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="257"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="257"/>
        <source>Changed</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="257"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="309"/>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="258"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="261"/>
        <source>received</source>
        <translation>مستلَمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="261"/>
        <source>sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="271"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="271"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="271"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="333"/>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="271"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="333"/>
        <source>Theirs</source>
        <translation>قيمة الطرف الآخر</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="271"/>
        <source>In force</source>
        <translation>السارية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="272"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="275"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="334"/>
        <source>mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="275"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="334"/>
        <source>theirs</source>
        <translation>قيمة الطرف الآخر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/sync_page.py" line="290"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="295"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="295"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="295"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="295"/>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="295"/>
        <source>Received</source>
        <translation>المستلَمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="296"/>
        <source>Sent</source>
        <translation>المُرسَلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="296"/>
        <source>Last received</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="325"/>
        <source>Select a conflict to see both values side by side.</source>
        <translation>اختر تعارضاً لرؤية القيمتين جنباً إلى جنب.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="333"/>
        <source>Changed by</source>
        <translation>عدَّلها</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="335"/>
        <source>{record}: the value in force until you decide is {which}.</source>
        <translation>{record}: القيمة السارية إلى أن تقرِّر هي {which}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="366"/>
        <source>No bundle can be made yet: register the other side&apos;s public key file first.</source>
        <translation>لا يمكن إعداد حزمة بعد: سجّل أولًا ملف المفتاح العام للطرف الآخر.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="371"/>
        <source>Export a bundle to the folder</source>
        <translation>تصدير حزمة إلى المجلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="384"/>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/sync_page.py" line="391"/>
        <source>Bundle {number} for {recipient} was written with %n record(s): {path}</source>
        <translation>
            <numerusform>كُتبت الحزمة {number} لـ {recipient} بدون سجلات: {path}</numerusform>
            <numerusform>كُتبت الحزمة {number} لـ {recipient} بسجل واحد: {path}</numerusform>
            <numerusform>كُتبت الحزمة {number} لـ {recipient} بسجلين: {path}</numerusform>
            <numerusform>كُتبت الحزمة {number} لـ {recipient} بـ %n سجلات: {path}</numerusform>
            <numerusform>كُتبت الحزمة {number} لـ {recipient} بـ %n سجلاً: {path}</numerusform>
            <numerusform>كُتبت الحزمة {number} لـ {recipient} بـ %n سجل: {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="400"/>
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="400"/>
        <source>Sync bundles ({pattern})</source>
        <translation>حزم المزامنة ({pattern})</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="414"/>
        <source>Checking the bundle…</source>
        <translation>جارٍ فحص الحزمة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="420"/>
        <source>Bundle {number} from {sender} was imported before; nothing changed.</source>
        <translation>الحزمة {number} من {sender} مستوردة من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="439"/>
        <source>Importing the bundle…</source>
        <translation>جارٍ استيراد الحزمة…</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="447"/>
        <source>Bundle {number} from {sender} applied: {added} new, {changed} changed, {deleted} deleted, {conflicts}.</source>
        <translation>طُبِّقت الحزمة {number} من {sender}: {added} جديدة، {changed} معدَّلة، {deleted} محذوفة، {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../innov_desktop/gui/sync_page.py" line="454"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="461"/>
        <source>Save my public key</source>
        <translation>حفظ مفتاحي العام</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="468"/>
        <source>Public key saved to {path}; fingerprint {fingerprint}.</source>
        <translation>حُفظ المفتاح العام في {path}؛ البصمة {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="476"/>
        <source>Register a public key</source>
        <translation>تسجيل مفتاح عام</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="487"/>
        <source>Replace the key?</source>
        <translation>استبدال المفتاح؟</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="503"/>
        <source>Registered {code}, fingerprint {fingerprint}: compare it with the one they read you.</source>
        <translation>سُجِّل {code}، البصمة {fingerprint}: قارنها بالبصمة التي يقرؤونها لك.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="519"/>
        <location filename="../../innov_desktop/gui/sync_page.py" line="537"/>
        <source>New value</source>
        <translation>قيمة جديدة</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="559"/>
        <source>Import this bundle?</source>
        <translation>استيراد هذه الحزمة؟</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="563"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="563"/>
        <source>verified: the bundle is intact and comes from a registered key</source>
        <translation>تم التحقق: الحزمة سليمة وصادرة عن مفتاح مسجَّل</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="564"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="565"/>
        <source>Bundle number</source>
        <translation>رقم الحزمة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="566"/>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="567"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="568"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="569"/>
        <source>Changed</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="570"/>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="571"/>
        <source>Conflicts expected</source>
        <translation>التعارضات المتوقعة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="577"/>
        <source>A backup is taken before the import; the import applies completely or not at all.</source>
        <translation>تُؤخذ نسخة احتياطية قبل الاستيراد؛ ويُطبَّق الاستيراد كاملاً أو لا يُطبَّق إطلاقاً.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/sync_page.py" line="580"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../innov_desktop/gui/app.py" line="126"/>
        <location filename="../../innov_desktop/gui/app.py" line="172"/>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="11"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="12"/>
        <source>At most {limit} characters.</source>
        <translation>بحد أقصى {limit} حرفًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="13"/>
        <source>Contains control characters.</source>
        <translation>يحتوي على رموز تحكم.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="14"/>
        <source>A name needs at least one letter.</source>
        <translation>يجب أن يحتوي الاسم على حرف واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="15"/>
        <source>Not an e-mail address (expected name@example.org).</source>
        <translation>ليس عنوان بريد إلكتروني (المتوقع name@example.org).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="16"/>
        <source>Not a phone number for {region} (try the international form +CC ...).</source>
        <translation>ليس رقم هاتف في {region} (جرّب الصيغة الدولية +CC ...).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="17"/>
        <source>Not a phone number (use the international form +CC ...).</source>
        <translation>ليس رقم هاتف (استخدم الصيغة الدولية +CC ...).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="18"/>
        <source>Unknown country (use a two-letter code such as KE, or a country name).</source>
        <translation>بلد غير معروف (استخدم رمزًا من حرفين مثل KE أو اسم البلد).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="19"/>
        <source>Not a date (expected YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>ليس تاريخًا (المتوقع YYYY-MM-DD أو DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="20"/>
        <source>Not a date in the layout of this column ({layout}, or YYYY-MM-DD).</source>
        <translation>ليس تاريخًا بصيغة هذا العمود (‎{layout}‏ أو ‎YYYY-MM-DD‏).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="21"/>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="22"/>
        <source>This date is before {limit}.</source>
        <translation>هذا التاريخ قبل {limit}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="23"/>
        <source>Expected a center code like KE-NBO (country code, dash, 2 to 8 letters or digits).</source>
        <translation>المتوقع رمز مركز مثل KE-NBO (رمز البلد ثم شرطة ثم من 2 إلى 8 حروف أو أرقام).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="26"/>
        <source>The code must start with the code of the country ({country}).</source>
        <translation>يجب أن يبدأ الرمز برمز البلد ({country}).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="27"/>
        <source>Must be between {low} and {high}.</source>
        <translation>يجب أن يكون بين {low} و{high}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="28"/>
        <source>Unknown value; expected one of: {allowed}.</source>
        <translation>قيمة غير معروفة؛ المتوقع إحدى القيم: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="29"/>
        <source>This record no longer exists (it may have been deleted); choose another.</source>
        <translation>هذا السجل لم يعد موجودًا (ربما حُذف)؛ اختر سجلًا آخر.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="32"/>
        <source>Pick one from the list that appears as you type, or leave the field empty.</source>
        <translation>اختر من القائمة التي تظهر أثناء الكتابة، أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="35"/>
        <source>A consent date needs consent to share.</source>
        <translation>تاريخ الموافقة يتطلب الموافقة على المشاركة.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="36"/>
        <source>This data folder already belongs to center {code}; it cannot be initialized again.</source>
        <translation>مجلد البيانات هذا يخص المركز {code} بالفعل؛ لا يمكن تهيئته مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="39"/>
        <source>The operation could not be completed.</source>
        <translation>تعذر إكمال العملية.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="40"/>
        <source>The backup file {path} cannot be restored: {reason}. The current database was left unchanged.</source>
        <translation>لا يمكن الاسترجاع من النسخة الاحتياطية {path}: {reason}. لم تتغير قاعدة البيانات الحالية.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="43"/>
        <source>This {kind} was changed after that step, so it cannot be undone; it was left as it is now.</source>
        <translation>تغيّر هذا السجل ({kind}) بعد تلك الخطوة، فلا يمكن التراجع عنها؛ تُرك كما هو الآن.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="46"/>
        <source>The database {path} cannot be read: {reason}. The latest good backup is {backup}; restore it with &apos;innov-desktop --data-dir &quot;{data_dir}&quot; restore &quot;{backup}&quot;&apos;.</source>
        <translation>تتعذر قراءة قاعدة البيانات {path}: {reason}. أحدث نسخة احتياطية سليمة هي {backup}؛ استرجعها بالأمر &apos;innov-desktop --data-dir &quot;{data_dir}&quot; restore &quot;{backup}&quot;&apos;.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="50"/>
        <source>The database {path} cannot be read: {reason}. No backup exists in {backup_dir}; move the damaged file away to start a new database.</source>
        <translation>تتعذر قراءة قاعدة البيانات {path}: {reason}. لا توجد نسخة احتياطية في {backup_dir}؛ انقل الملف التالف لبدء قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="54"/>
        <source>The database {path} is missing or empty, but backups exist. Restore the latest one with &apos;innov-desktop --data-dir &quot;{data_dir}&quot; restore &quot;{backup}&quot;&apos;, or move the backups folder away to start a new database.</source>
        <translation>قاعدة البيانات {path} مفقودة أو فارغة، لكن توجد نسخ احتياطية. استرجع أحدثها بالأمر &apos;innov-desktop --data-dir &quot;{data_dir}&quot; restore &quot;{backup}&quot;&apos;، أو انقل مجلد النسخ الاحتياطية لبدء قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="58"/>
        <source>The disk holding {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>القرص الذي يحتوي {path} ممتلئ؛ لم يتغير شيء. حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="61"/>
        <source>The backup {path} belongs to center {theirs}, not to this installation ({ours}); it was not restored and the current database was left unchanged.</source>
        <translation>النسخة الاحتياطية {path} تخص المركز {theirs} وليس هذا التثبيت ({ours})؛ لم يتم الاسترجاع ولم تتغير قاعدة البيانات الحالية.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="65"/>
        <source>{what} is not valid: {value!r}.</source>
        <translation>{what} غير صالح: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="66"/>
        <source>There is no database in {data_dir} yet (is the folder name right?). Create one with &apos;innov-desktop --data-dir &quot;{data_dir}&quot; init ...&apos; or &apos;demo&apos;.</source>
        <translation>لا توجد قاعدة بيانات في {data_dir} بعد (هل اسم المجلد صحيح؟). أنشئ واحدة بالأمر &apos;innov-desktop --data-dir &quot;{data_dir}&quot; init ...&apos; أو &apos;demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="70"/>
        <source>No {kind} with the identifier {ident} exists (it may have been deleted).</source>
        <translation>لا يوجد {kind} بالمعرّف {ident} (ربما حُذف).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="73"/>
        <source>This data folder has no center identity yet ({data_dir}). Run &apos;innov-desktop init --center CODE --country CC --name NAME&apos; first.</source>
        <translation>لا توجد هوية مركز لمجلد البيانات هذا بعد ({data_dir}). شغّل &apos;innov-desktop init --center CODE --country CC --name NAME&apos; أولًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="77"/>
        <source>The database {path} was written by a newer version of innov-desktop (schema {found}); this version understands schema {supported} at most. Install the newer version; the file was left unchanged.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من innov-desktop (المخطط {found})؛ هذا الإصدار يفهم المخطط {supported} كحد أقصى. ثبّت الإصدار الأحدث؛ لم يتغير الملف.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="81"/>
        <source>This {kind} was changed by someone else since you opened it (revision {expected}, now {actual}). Reload it and apply your change again.</source>
        <translation>غيّر شخص آخر هذا السجل ({kind}) منذ فتحته (المراجعة {expected}، والآن {actual}). أعد تحميله وطبّق تغييرك مجددًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="85"/>
        <source>The database {path} could not be written: {reason}. Nothing was changed.</source>
        <translation>تعذرت الكتابة في قاعدة البيانات {path}: {reason}. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="89"/>
        <source>The same e-mail address as row {row} of this file; keep one of the two rows.</source>
        <translation>عنوان البريد الإلكتروني نفسه الموجود في الصف {row} من هذا الملف؛ أبقِ أحد الصفين فقط.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="92"/>
        <source>The file {path} changed since its rows were checked; check it again to write the report.</source>
        <translation>تغيّر الملف {path} منذ التحقق من صفوفه؛ تحقق منه مرة أخرى لكتابة التقرير.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="95"/>
        <source>The file {path} could not be written ({reason}); nothing was saved.</source>
        <translation>تعذرت كتابة الملف {path} ({reason})؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="96"/>
        <source>{invalid} of {total} rows have errors, so nothing was imported. Correct them in the file (the report lists each one), or choose to skip the invalid rows.</source>
        <translation>{invalid} من {total} صفًا بها أخطاء، لذا لم يُستورد شيء. صحّحها في الملف (يسرد التقرير كلًّا منها)، أو اختر تخطي الصفوف غير الصحيحة.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="100"/>
        <source>No row of the sheet {sheet} looks like column titles (such as Name, E-mail, Country) in its first {rows} rows; add a title row above the data.</source>
        <translation>لا يبدو أي صف من أول {rows} صفًا في الورقة {sheet} عناوينَ أعمدة (مثل الاسم والبريد الإلكتروني والبلد)؛ أضف صف عناوين فوق البيانات.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="104"/>
        <source>The file {path} is not a spreadsheet that can be imported (.xlsx, .ods or .csv); nothing was imported. If another program made it, save it as .xlsx there first.</source>
        <translation>الملف {path} ليس جدول بيانات يمكن استيراده (.xlsx أو .ods أو .csv)؛ لم يُستورد شيء. إن أنشأه برنامج آخر فاحفظه فيه بصيغة .xlsx أولًا.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="108"/>
        <source>The file {path} is in the old Excel 97-2003 format (.xls). Open it in Excel or LibreOffice, save it as .xlsx, and import that file; nothing was imported.</source>
        <translation>الملف {path} بصيغة Excel 97-2003 القديمة (.xls). افتحه في Excel أو LibreOffice واحفظه بصيغة .xlsx ثم استورد ذلك الملف؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="112"/>
        <source>No column is matched to {field}, which every imported {kind} needs; choose that column&apos;s field.</source>
        <translation>لا يوجد عمود مطابق للحقل {field} الذي يحتاجه كل سجل مستورد ({kind})؛ اختر حقل ذلك العمود.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="115"/>
        <source>The workbook {path} has no sheet named {sheet}; its sheets are: {sheets}.</source>
        <translation>لا توجد في المصنف {path} ورقة باسم {sheet}؛ أوراقه هي: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="118"/>
        <source>The file {path} is damaged or incomplete and cannot be read ({reason}); nothing was imported.</source>
        <translation>الملف {path} تالف أو ناقص ولا تمكن قراءته ({reason})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="121"/>
        <source>The file {path} is protected by a password. Open it, save a copy without the password, and import that copy; nothing was imported.</source>
        <translation>الملف {path} محمي بكلمة مرور. افتحه واحفظ نسخة بلا كلمة مرور ثم استورد تلك النسخة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="125"/>
        <source>The file {path} is too large to import ({size}; at most {limit}). Split it into smaller files.</source>
        <translation>الملف {path} أكبر من أن يُستورد ({size}؛ الحد الأقصى {limit}). قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="128"/>
        <source>The sheet {sheet} has {rows} rows; at most {limit} can be imported at once. Split it into smaller files.</source>
        <translation>في الورقة {sheet} ‏{rows} صفًا؛ يمكن استيراد {limit} صفًا على الأكثر دفعة واحدة. قسّمها إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="132"/>
        <source>The sheet {sheet} of {path} has formulas whose results were never worked out (cells {cells}): the file was made by a program that does not calculate. Open it in a spreadsheet program, save it, and import it again. Nothing was imported.</source>
        <translation>في الورقة {sheet} من {path} صيغ لم تُحسب نتائجها قط (الخلايا {cells}): صُنع الملف ببرنامج لا يحسب. افتحه في برنامج جداول بيانات واحفظه ثم استورده من جديد. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="136"/>
        <source>The file {path} was refused: it declares XML entities, which spreadsheets never need and which can be used to exhaust the computer&apos;s memory. Nothing was imported.</source>
        <translation>رُفض الملف {path}: فهو يعرّف كيانات XML، وهي لا تلزم جداول البيانات أبدًا ويمكن استخدامها لاستنزاف ذاكرة الحاسوب. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="140"/>
        <source>The file {path} was refused: it would unpack to far more data than a spreadsheet of its size holds, a trick used to exhaust the computer&apos;s memory. Nothing was imported.</source>
        <translation>رُفض الملف {path}: فك ضغطه ينتج بيانات تفوق بكثير ما يحويه جدول بيانات بحجمه، وهي حيلة لاستنزاف ذاكرة الحاسوب. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="144"/>
        <source>No organization of this name exists; import or create it first, or leave the cell empty.</source>
        <translation>لا توجد منظمة بهذا الاسم؛ استوردها أو أنشئها أولًا، أو اترك الخلية فارغة.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="147"/>
        <source>A different key ({old}) is already registered for {code}; to replace it by {new}, confirm the replacement.</source>
        <translation>مفتاح آخر ({old}) مسجَّل بالفعل لـ {code}؛ لاستبداله بـ {new} أكِّد الاستبدال.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="151"/>
        <source>A different key ({old}) is already registered for {code}; to replace it by {new}, run keys trust again with --replace.</source>
        <translation>مفتاح آخر ({old}) مسجَّل بالفعل لـ {code}؛ لاستبداله بـ {new} شغّل keys trust مرة أخرى مع ‎--replace.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="156"/>
        <source>Conflict {number} does not exist or is already resolved.</source>
        <translation>التعارض {number} غير موجود أو سبق حلّه.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="157"/>
        <source>There is no file {path} (check the name and the folder).</source>
        <translation>لا يوجد ملف باسم {path} (تحقّق من الاسم والمجلد).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="158"/>
        <source>There is no filter {name!r}; the filters are: {known}.</source>
        <translation>لا يوجد مرشّح باسم {name!r}؛ المرشّحات هي: {known}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="159"/>
        <source>{path} would be an Excel workbook: give it a name ending in .xlsx; nothing was saved.</source>
        <translation>‏{path} سيكون مصنّف Excel: اختر اسمًا ينتهي بـ ‎.xlsx‏؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="162"/>
        <source>{path} is not a file but a folder or a device: choose the file itself.</source>
        <translation>‏{path} ليس ملفًا بل مجلد أو جهاز: اختر الملف نفسه.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="163"/>
        <source>There is no folder {path} (is the USB stick plugged in?); a bundle file&apos;s name ends in .innovsync.</source>
        <translation>لا يوجد مجلد باسم {path} (هل وحدة USB موصولة؟)؛ اسم ملف الحزمة ينتهي بـ ‎.innovsync.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="167"/>
        <source>{file} was made by this installation, for {recipient}: import it there; nothing was imported.</source>
        <translation>صُنع {file} في هذا التثبيت، وهو موجّه إلى {recipient}: استورده هناك؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="170"/>
        <source>Give the new value after &quot;value&quot; (an empty value as &quot;&quot;).</source>
        <translation>اكتب القيمة الجديدة بعد &quot;value&quot; (والقيمة الفارغة هكذا &quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="171"/>
        <source>No key is registered for {what}; register its public key file with &apos;keys trust&apos; first.</source>
        <translation>لا يوجد مفتاح مسجَّل لـ {what}؛ سجِّل ملف مفتاحه العام أولاً باستخدام &apos;keys trust&apos;.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="174"/>
        <source>The bundle {file} (number {number} from {sender}) is older than bundle {last}, already imported; nothing was imported.</source>
        <translation>الحزمة {file} (رقم {number} من {sender}) أقدم من الحزمة {last} المستوردة سابقاً؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="178"/>
        <source>The bundle {file} comes from {sender}, whose key is not registered here; nothing was imported.</source>
        <translation>الحزمة {file} واردة من {sender}، ومفتاحه غير مسجَّل هنا؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="181"/>
        <source>The bundle {file} from {sender} changes a record it does not own ({kind} {record}); nothing was imported.</source>
        <translation>الحزمة {file} من {sender} تغيِّر سجلاً لا يملكه ({kind} {record})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="185"/>
        <source>The bundle {file} goes beyond the safety limits ({limit}); nothing was imported.</source>
        <translation>الحزمة {file} تتجاوز حدود الأمان ({limit})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="188"/>
        <source>The bundle {file} is damaged or was changed after it was signed; nothing was imported.</source>
        <translation>الحزمة {file} تالفة أو عُدِّلت بعد توقيعها؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="191"/>
        <source>The bundle {file} is meant for {recipient}, not for this installation ({us}); nothing was imported.</source>
        <translation>الحزمة {file} موجَّهة إلى {recipient} لا إلى هذا التثبيت ({us})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="195"/>
        <source>The bundle {file} was made by a newer version of innov-desktop (format {found}, this version reads {supported}); update the application, nothing was imported.</source>
        <translation>الحزمة {file} أُنشئت بإصدار أحدث من innov-desktop (الصيغة {found}، وهذا الإصدار يقرأ {supported})؛ حدِّث التطبيق، لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="199"/>
        <source>The key file {path} cannot be used: {reason}.</source>
        <translation>لا يمكن استخدام ملف المفتاح {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="200"/>
        <source>The bundle {file} is signed with another key than the one registered here for {sender} (its key {found}, registered {registered}); if {sender} has a new key, register its key file with &apos;keys trust --replace&apos;; nothing was imported.</source>
        <translation>الحزمة {file} موقّعة بمفتاح غير المفتاح المسجّل هنا لـ {sender} (مفتاحها {found}، والمسجّل {registered})؛ إذا كان لدى {sender} مفتاح جديد فسجّل ملف مفتاحه بالأمر &apos;keys trust --replace&apos;؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="204"/>
        <source>This needs a center installation; this one is HQ.</source>
        <translation>يتطلب هذا تثبيتاً لمركز؛ وهذا التثبيت هو المقر الرئيسي.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="205"/>
        <source>This needs the HQ installation; this one is the center {code}.</source>
        <translation>يتطلب هذا تثبيت المقر الرئيسي؛ وهذا التثبيت هو المركز {code}.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="206"/>
        <source>This record belongs to {origin}; only that center (or HQ) can change it.</source>
        <translation>هذا السجل تابع لـ {origin}؛ ولا يغيِّره إلا ذلك المركز (أو المقر الرئيسي).</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="209"/>
        <source>Some fields of this record were withheld from this copy (no consent to share); only the center that holds them can change them.</source>
        <translation>حُجبت بعض حقول هذا السجل عن هذه النسخة (لا موافقة على المشاركة)؛ لا يغيّرها إلا المركز الذي يحتفظ بها.</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="213"/>
        <source>{file} is not a sync bundle of innov-desktop, or it is cut short; nothing was imported.</source>
        <translation>{file} ليس حزمة مزامنة من innov-desktop، أو أنه مبتور؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="36"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="44"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="45"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="46"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="47"/>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="57"/>
        <source>Inventor</source>
        <translation>مخترع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="58"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="59"/>
        <source>Juror</source>
        <translation>عضو لجنة تحكيم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="60"/>
        <source>IP coordinator</source>
        <translation>منسق الملكية الفكرية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="61"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="62"/>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="63"/>
        <source>Mentor</source>
        <translation>مرشد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="64"/>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="74"/>
        <source>IP office</source>
        <translation>مكتب الملكية الفكرية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="75"/>
        <source>University</source>
        <translation>جامعة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="76"/>
        <source>Research institute</source>
        <translation>معهد بحوث</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="77"/>
        <source>Science and technology park</source>
        <translation>حديقة العلوم والتكنولوجيا</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="78"/>
        <source>Incubator</source>
        <translation>حاضنة أعمال</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="79"/>
        <source>Chamber of commerce</source>
        <translation>غرفة تجارية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="80"/>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="81"/>
        <source>Company / SME</source>
        <translation>شركة / منشأة صغيرة أو متوسطة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="82"/>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="83"/>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="93"/>
        <source>Micro</source>
        <translation>متناهية الصغر</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="94"/>
        <source>Small</source>
        <translation>صغيرة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="95"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="96"/>
        <source>Large</source>
        <translation>كبيرة</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="105"/>
        <source>same e-mail</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="106"/>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="107"/>
        <source>similar name, same birth date</source>
        <translation>اسم مشابه وتاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/labels.py" line="108"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="224"/>
        <source>HQ registers the keys of centers, and this is not one</source>
        <translation>المقر الرئيسي يسجّل مفاتيح المراكز، وهذا ليس مفتاح مركز</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="225"/>
        <source>a center registers HQ&apos;s key only, and this is not HQ&apos;s</source>
        <translation>المركز يسجّل مفتاح المقر الرئيسي فقط، وهذا ليس مفتاحه</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="226"/>
        <source>it cannot be read as a key file</source>
        <translation>لا يمكن قراءته كملف مفتاح</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="227"/>
        <source>it is not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="228"/>
        <source>it is not an Ed25519 key</source>
        <translation>ليس مفتاح Ed25519</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="229"/>
        <source>it is not an innov-desktop database</source>
        <translation>ليس قاعدة بيانات innov-desktop</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="230"/>
        <source>it is not an innov-desktop public key file</source>
        <translation>ليس ملف مفتاح عام لـ innov-desktop</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="231"/>
        <source>it is the database itself</source>
        <translation>إنه قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="232"/>
        <source>it is this installation&apos;s own key</source>
        <translation>إنه مفتاح هذا التثبيت نفسه</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="233"/>
        <source>it is too large to be a key file</source>
        <translation>أكبر من أن يكون ملف مفتاح</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="234"/>
        <source>its code, role or key is missing or malformed</source>
        <translation>الرمز أو الدور أو المفتاح فيه ناقص أو غير صالح</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="235"/>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="236"/>
        <source>the restored copy failed its check</source>
        <translation>النسخة المستعادة لم تجتز الفحص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="237"/>
        <source>the signing key cannot be read</source>
        <translation>تعذّرت قراءة مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="238"/>
        <source>this is not a database address it can use</source>
        <translation>هذا ليس عنوان قاعدة بيانات يمكن استخدامه</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="240"/>
        <source>No space left on device</source>
        <translation>لا توجد مساحة كافية على القرص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="241"/>
        <source>Permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="242"/>
        <source>Is a directory</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="243"/>
        <source>Not a directory</source>
        <translation>ليس مجلدًا</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="244"/>
        <source>No such file or directory</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="245"/>
        <source>Read-only file system</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="246"/>
        <source>File name too long</source>
        <translation>اسم الملف طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="247"/>
        <source>Disk quota exceeded</source>
        <translation>تم تجاوز حصة القرص</translation>
    </message>
    <message>
        <location filename="../../innov_desktop/gui/error_strings.py" line="248"/>
        <source>Input/output error</source>
        <translation>خطأ في القراءة أو الكتابة على القرص</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <location filename="../../innov_desktop/gui/runner.py" line="138"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
