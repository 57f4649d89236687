# Interface and command-line messages (ar). Only the language name for now.

language-self-name = العربية

## Problems with files, shown with their place (file:line:column).
located-field = الحقل `{ $field }`: { $message }
schema-unsupported = schema_version { $found } غير مدعوم؛ يقرأ هذا البرنامج schema_version = { $supported }
profile-file-name = الرمز "{ $code }" لا يطابق اسم الملف؛ سمّ الملف { $file }
treaty-file-name = المعرف "{ $id }" لا يطابق اسم الملف؛ سمّ الملف { $file }
treaty-no-english-name = تحتاج المعاهدة إلى اسمها بالإنكليزية (name.en)
plain-list-language = لغة القائمة "{ $lang }" ليست رمز لغة يعرفه Rogatory (استخدم ISO 639-1، مثلا "ar")
plain-list-limit = يجب أن تكون قيمة long_sentence عددا أكبر من 0
plain-list-term = يحتاج المصطلح { $n } إلى كلمة واحدة على الأقل في `words` وإلى نص في `instead`
case-format-too-new = إصدار تنسيق ملف القضية { $found } أحدث مما يقرأه هذا البرنامج ({ $supported })؛ حدّث Rogatory
case-format-zero = الإصدار 0 من تنسيق ملف القضية غير موجود؛ المتوقع format_version = { $supported }
store-io = { $path }: { $error }
store-not-utf8 = { $path }:{ $line }:{ $column }: الملف ليس نصاً صالحاً بترميز UTF-8
store-would-overwrite = { $path } موجود وليس ملف قضية مقروءاً؛ لم يُغيَّر. احفظ باسم آخر أو صحّحه أولاً
store-exists = { $path } موجود بالفعل؛ لم يُغيَّر
store-not-a-file = { $path } ليس ملفاً عادياً (مجلد أو جهاز أو أنبوب)؛ لم يُكتب شيء. أعطِ مسار ملف.
store-not-utf8-here = الملف ليس نصاً صالحاً بترميز UTF-8
store-no-data-dir = لا يوجد دليل بيانات
