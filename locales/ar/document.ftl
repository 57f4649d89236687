# Wording of the request document (Arabic).
# Placeables hold values already formatted for this language.
# Month names follow United Nations Arabic usage (Levantine/Egyptian pair).

direction = rtl
doc-title = طلب مساعدة قانونية متبادلة في المسائل الجنائية
doc-subject = طلب مساعدة قانونية متبادلة في المسائل الجنائية موجه إلى { $state }
doc-keyword-mla = المساعدة القانونية المتبادلة
header-reference = المرجع: { $reference }
page-of = الصفحة { $n } من { $total }
mark-draft = مشروع
mark-urgent = عاجل
mark-custody = شخص محتجز
mark-confidential = سري

month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر
date-format = { $day } { $month } { $year }
day-1 = 1
date-range = من { $from } إلى { $to }
born-on-in = { $date }، { $place }
value-yes = نعم
value-no = لا
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = { $treaty }، المادة { $article }
basis-treaty = { $treaty }
list-separator = { "، " }
basis-reciprocity = المعاملة بالمثل

label-from = من
label-to = إلى
label-our-reference = مرجعنا
label-date = التاريخ
label-subject = الموضوع:
subject-line = طلب مساعدة قانونية متبادلة في المسائل الجنائية – { $matter }
subject-matter-against = القضية الجنائية ضد { $names }
subject-and-others = { $name } وآخرين
label-transmission = طريقة الإرسال
transmission-central-authority = عن طريق السلطة المركزية
transmission-direct = مباشرة بين السلطات القضائية
transmission-diplomatic = عبر القنوات الدبلوماسية
recipient-competent = السلطة القضائية المختصة
intro = تتشرف السلطة الطالبة، { $authority } ({ $state-name })، بأن تلتمس من السلطات المختصة في { $requested } تقديم المساعدة في المسألة الجنائية المبينة أدناه، وستكون ممتنة لتنفيذ هذا الطلب.

heading-requesting-authority = السلطة الطالبة
label-authority = السلطة
label-state = الدولة
label-contact = الشخص المسؤول عن القضية
label-phone = الهاتف
label-email = البريد الإلكتروني
label-office-hours = ساعات العمل
label-languages-spoken = اللغات التي يتحدثها
label-reply-channel = القناة المفضلة للرد

heading-legal-basis = الأساس القانوني
legal-basis-clause = الأساس القانوني لهذا الطلب: { $basis }.

heading-proceeding = موضوع الإجراءات وطبيعتها
label-proceeding-kind = طبيعة الإجراءات
label-stage = مرحلة الإجراءات
label-references = مراجع القضية
label-conducting-authority = السلطة التي تتولى الإجراءات
label-functions = اختصاصات تلك السلطة
label-final-judgment = حكم نهائي سابق بشأن الوقائع ذاتها

heading-offences = الجرائم
offence-heading = الجريمة { $n }: { $name }
label-provision = الحكم القانوني المنطبق
label-provision-text = نص الحكم القانوني
label-max-penalty = العقوبة القصوى
label-committed = تاريخ ارتكاب الجريمة
label-place = مكان ارتكاب الجريمة
label-limitation = تاريخ انقضاء الدعوى بالتقادم

heading-facts = ملخص الوقائع

heading-persons = الأشخاص المعنيون
person-heading = { $n }. { $name } ({ $role })
label-other-names = أسماء أخرى
label-born = تاريخ الميلاد ومكانه
label-nationality = دولة الجنسية
label-incorporated = دولة التسجيل
label-id-documents = وثائق الهوية
label-registration = بيانات التسجيل
label-address = العنوان
label-person-language = اللغة
label-notes = تفاصيل إضافية

heading-assistance = المساعدة الملتمسة
assistance-intro = تلتمس السلطة الطالبة من السلطات المختصة في { $requested } اتخاذ التدابير التالية.
measure-heading = التدبير { $n }: { $title }

heading-purpose = الغرض من الطلب
heading-link = الصلة بالدولة متلقية الطلب

heading-procedures = الإجراءات المطلوب اتباعها
procedure-officials-present = تطلب السلطة الطالبة السماح لموظفيها بالحضور أثناء تنفيذ الطلب.
procedure-defence-present = تطلب السلطة الطالبة السماح لمحامي الدفاع بالحضور أثناء تنفيذ الطلب.
procedure-verbatim-record = يرجى تدوين الأقوال حرفيا في محضر.
procedure-chain-of-custody = يرجى توثيق سلسلة العهدة الخاصة بالأشياء المضبوطة منذ ضبطها حتى تسليمها.

heading-urgency = الاستعجال
urgency-clause = هذا الطلب عاجل. ويلزم الحصول على النتيجة في موعد أقصاه { $date }.

heading-confidentiality = السرية
confidentiality-clause = تطلب السلطة الطالبة الحفاظ على سرية هذا الطلب ومضمونه، باستثناء القدر اللازم لتنفيذه.
no-disclosure-clause = يرجى عدم إبلاغ الأشخاص المعنيين بهذا الطلب أو بتنفيذه.

heading-assurances = الضمانات
assurance-speciality = لن تستخدم المعلومات والأدلة التي يتم الحصول عليها في تحقيقات أو ملاحقات أو إجراءات قضائية غير تلك المذكورة في هذا الطلب دون موافقة مسبقة من السلطات المختصة في { $requested }.
assurance-no-death-penalty = تضمن السلطة الطالبة، باسم { $state }، عدم فرض عقوبة الإعدام، أو عدم تنفيذها في حال فرضها.
assurance-return-originals = ستعاد أصول المستندات والأشياء المقدمة فور انتفاء الحاجة إليها.
assurance-reciprocity = تتعهد السلطة الطالبة، باسم { $state }، بتقديم المساعدة إلى { $requested } في الحالات المماثلة.

heading-earlier = الطلبات والاتصالات السابقة

heading-annexes = المرفقات
annex-item = المرفق { $n }: { $title }
annexes-none = لا يوجد
annex-certificate = شهادة الترجمة (أدناه)
heading-certificate = شهادة الترجمة
certificate-text = أشهد أنا المترجم الموقع أدناه بأن هذا النص ترجمة كاملة ودقيقة للطلب الأصلي.
label-translated-from = لغة الأصل
label-translated-into = لغة الترجمة
label-translator = المترجم
label-qualification = المؤهل

closing = تشكر السلطة الطالبة السلطات المختصة في { $requested } على مساعدتها، وتبقى على استعداد لتقديم أي معلومات إضافية.
label-signed = التوقيع
label-name = الاسم
label-title = الصفة
label-place-date = المكان والتاريخ
sign-place-date = { $place }{ "\u200F، " }{ $date }
label-seal = الختم الرسمي

# State names inside a sentence (Arabic names carry their own article).
state-phrase-US = الولايات المتحدة الأمريكية
state-phrase-GB = المملكة المتحدة
state-phrase-NL = هولندا
state-phrase-PH = الفلبين
state-phrase-BS = جزر البهاما
state-phrase-GM = غامبيا
state-phrase-AE = الإمارات العربية المتحدة
state-phrase-DO = الجمهورية الدومينيكية
state-phrase-CF = جمهورية أفريقيا الوسطى

mark-untranslated = لم يترجم بعد — الأصل: { $lang }

annex-internal-title = تقييم داخلي: ازدواجية التجريم وأسباب الرفض
annex-internal-mark = داخلي — ليس جزءا من الطلب — لا يرسل
annex-internal-intro = إرشادات لملف السلطة الطالبة أعدها Rogatory استنادا إلى ملف الدولة متلقية الطلب. وهي ليست رأيا قانونيا ولا ترسل أبدا مع الطلب.
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = دولة وهمية { $code } (تدريب)
draft-missing = [غير مذكور: { $field }]
label-requested-state = الدولة المطلوب منها
label-requesting-state = الدولة الطالبة
label-sign-place = المكان
state-fictitious-gen = دولة وهمية { $code } (تدريب)
state-fictitious-dat = دولة وهمية { $code } (تدريب)
state-fictitious-of = دولة وهمية { $code } (تدريب)
state-fictitious-to = دولة وهمية { $code } (تدريب)
