### parent-common.ftl — pages every parent can meet: frame, errors, forms, expired links.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from glossary.ftl)
glossary-footer-link = شرح الكلمات المدرسية

## (moved from main.ftl)
app-name = Driehoek
skip-to-content = انتقلوا إلى المحتوى
sign-out = تسجيل الخروج
language-switch = اللغة
footer-text = Driehoek — معًا مع أولياء الأمور والتلاميذ، طوال العام الدراسي.
yes = نعم
no = لا
flash-prefix = تمّ:
flash-signed-out = لقد سجّلتم الخروج.
form-error-summary = يُرجى مراجعة النموذج
form-error-prefix = خطأ:
form-required = هذه الخانة مطلوبة.
form-too-long = هذا طويل جدًا.
form-email-invalid = هذا ليس عنوان بريد إلكتروني صحيحًا. عنوان البريد الإلكتروني يكون مثل هذا: naam@voorbeeld.nl
link-invalid-title = هذا الرابط لم يعد يعمل
link-invalid-body = هذا الرابط استُخدم من قبل أو انتهت صلاحيته. اطلبوا رابطًا جديدًا، فهذا لا يستغرق إلا لحظة.
error-code = رمز الخطأ { $status }
error-back-home = إلى الصفحة الرئيسية
error-400-title = لم ينجح ذلك
error-400-body = لم نستطع تنفيذ الطلب. ارجعوا إلى الصفحة السابقة وحاولوا مرة أخرى.
error-403-title = لا يمكنكم الدخول
error-403-body = ليس لديكم إذن بفتح هذه الصفحة. هل تظنون أن هذا خطأ؟ اسألوا المسؤول عن Driehoek في مدرستكم.
error-404-title = الصفحة غير موجودة
error-404-body = هذه الصفحة غير موجودة (أو لم تعد موجودة)، أو ليس لديكم إذن بفتحها.
error-413-title = كبير جدًا
error-413-body = ما أرسلتموه كبير جدًا. جرّبوا ملفًا أصغر.
error-429-title = انتظروا قليلًا من فضلكم
error-429-body = وصلت طلبات كثيرة في وقت واحد. انتظروا قليلًا ثم حاولوا مرة أخرى.
error-500-title = حدث خطأ
error-500-body = حدث خطأ من جهتنا. لم يَضِع شيء مما حُفظ من قبل. حاولوا مرة أخرى بعد قليل.

## (moved from rounds.ftl)
attention-prefix = تنبيه:

## (moved from trust-rights.ftl)
privacy-footer-link = الخصوصية
