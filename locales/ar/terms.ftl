# Names shared by the interface and the document (Arabic).

measure-witness-statement = الحصول على أقوال شاهد
measure-video-hearing = الاستماع عن طريق الائتمار بواسطة الفيديو
measure-suspect-interview = استجواب مشتبه فيه
measure-service-of-documents = تبليغ المستندات
measure-bank-records = تقديم السجلات المصرفية
measure-other-records = تقديم سجلات أخرى
measure-search-seizure = التفتيش والحجز
measure-asset-freezing = تجميد الموجودات أو حجزها
measure-confiscation = مصادرة الموجودات وإرجاعها
measure-data-preservation = التحفظ العاجل على البيانات الحاسوبية المخزنة
measure-data-disclosure = الكشف عن البيانات الحاسوبية المخزنة
measure-interception = الجمع الآني للبيانات أو اعتراضها
measure-locate-person = تحديد مكان شخص أو هويته
measure-transfer-detained = النقل المؤقت لشخص محتجز
measure-examine-objects = فحص الأشياء أو المواقع

field-person = الشخص المعني
field-purpose = الغرض من هذا التدبير
field-questions = الأسئلة المطلوب طرحها
field-oath = الإدلاء بالأقوال بعد أداء اليمين أو التعهد الرسمي
field-officials-present = الموظفون المطلوب السماح لهم بالحضور
field-recording = التسجيل
field-interpreter = المترجم الشفوي
field-date-from = من
field-date-to = إلى
field-technical-contact = جهة الاتصال التقنية
field-presiding = السلطة التي تتولى إدارة الاستماع
field-perjury-law = القانون المنطبق على شهادة الزور
field-caution = الحقوق التي يجب إبلاغ المشتبه فيه بها
field-lawyer = المحامي
field-documents = المستندات المطلوب تبليغها
field-address = العنوان
field-manner = طريقة التبليغ
field-proof-of-service = يطلب إثبات التبليغ
field-deadline = الموعد النهائي (تاريخ الجلسة)
field-institution = المؤسسة أو الجهة الحائزة للسجلات
field-accounts = الحسابات (رقم IBAN أو رقم الحساب)
field-identifiers = المعرفات
field-record-types = السجلات المطلوبة
field-certification = التصديق على سجلات الأعمال
field-no-customer-notice = عدم إبلاغ العميل (صاحب الحساب)
field-premises = الأماكن المطلوب تفتيشها أو الشخص المطلوب تفتيشه
field-items = الأشياء المطلوب ضبطها
field-grounds = أسباب الاعتقاد بوجودها هناك
field-disposal = كيفية التصرف في الأشياء المضبوطة
field-assets = الموجودات
field-value = القيمة التقديرية
field-domestic-order = الأمر الصادر على الصعيد الوطني (مرفق)
field-victims = الضحايا
field-sharing = اقتراح بشأن اقتسام الموجودات
field-provider = مقدم الخدمة
field-data = البيانات المعنية
field-risk = أسباب تعرض البيانات للخطر
field-follow-up = سيلي ذلك طلب للكشف عن البيانات
field-duration = المدة
field-known-details = التفاصيل المعروفة
field-consent = يوافق الشخص المعني
field-custody = ضمانات الاحتجاز والإعادة
field-site = المكان
field-expert-questions = الأسئلة الموجهة إلى الخبير

role-suspect = { $gender ->
        [female] مشتبه فيها
       *[other] مشتبه فيه
    }
role-accused = { $gender ->
        [female] متهمة
       *[other] متهم
    }
role-witness = { $gender ->
        [female] شاهدة
       *[other] شاهد
    }
role-victim = ضحية
role-expert = { $gender ->
        [female] خبيرة
       *[other] خبير
    }
role-company = شركة

proceeding-investigation = تحقيق جنائي
proceeding-prosecution = ملاحقة قضائية
proceeding-trial = محاكمة
proceeding-appeal = استئناف
proceeding-enforcement = تنفيذ حكم

channel-central-authority = السلطة المركزية
channel-diplomatic = القنوات الدبلوماسية
channel-direct = مباشرة بين السلطات القضائية
channel-interpol = الإنتربول (في الحالات العاجلة)

# فئات قائمة الاتحاد الأوروبي (القرار الإطاري 2002/584/JHA، art. 2(2)).
eu-criminal-organisation = المشاركة في منظمة إجرامية
eu-terrorism = الإرهاب
eu-trafficking-human-beings = الاتجار بالبشر
eu-child-sexual-exploitation = الاستغلال الجنسي للأطفال واستغلال الأطفال في المواد الإباحية
eu-drug-trafficking = الاتجار غير المشروع بالمخدرات والمؤثرات العقلية
eu-weapons-trafficking = الاتجار غير المشروع بالأسلحة والذخائر والمتفجرات
eu-corruption = الفساد
eu-fraud = الاحتيال
eu-money-laundering = غسل عائدات الجرائم
eu-counterfeiting-currency = تزييف العملة
eu-computer-crime = الجرائم المتصلة بالحواسيب
eu-environmental-crime = الجرائم البيئية
eu-facilitation-unauthorised-entry = تيسير الدخول والإقامة غير المأذون بهما
eu-murder-grievous-bodily-injury = القتل العمد والإيذاء البدني الجسيم
eu-organ-trafficking = الاتجار غير المشروع بالأعضاء والأنسجة البشرية
eu-kidnapping-hostage-taking = الاختطاف والاحتجاز غير المشروع وأخذ الرهائن
eu-racism-xenophobia = العنصرية وكراهية الأجانب
eu-organised-armed-robbery = السطو المنظم أو المسلح
eu-cultural-goods-trafficking = الاتجار غير المشروع بالممتلكات الثقافية
eu-swindling = النصب
eu-racketeering-extortion = فرض الإتاوات والابتزاز
eu-counterfeiting-piracy-products = تقليد المنتجات وقرصنتها
eu-forgery-administrative-documents = تزوير الوثائق الإدارية والاتجار بها
eu-forgery-means-of-payment = تزوير وسائل الدفع
eu-hormonal-substances-trafficking = الاتجار غير المشروع بالمواد الهرمونية وغيرها من منشطات النمو
eu-nuclear-materials-trafficking = الاتجار غير المشروع بالمواد النووية أو المشعة
eu-stolen-vehicles-trafficking = الاتجار بالمركبات المسروقة
eu-rape = الاغتصاب
eu-arson = الحرق العمد
eu-icc-crimes = الجرائم التي تدخل في اختصاص المحكمة الجنائية الدولية
eu-unlawful-seizure-aircraft-ships = الاستيلاء غير المشروع على الطائرات أو السفن
eu-sabotage = التخريب
