### parent-messages.ftl — a parent's message to the teacher and the mails about it.
### Parent-facing: every key here is translated into every language in locales/.

parent-messages-link = أرسلوا رسالة إلى المعلم بخصوص { $child }
parent-messages-title = رسالة إلى المعلم بخصوص { $child }
parent-messages-back = العودة إلى صفحة أطفالكم
parent-messages-received = لقد استلمنا رسالتكم.
parent-messages-hear-by = سنرد عليكم في موعد أقصاه { $date }.
parent-messages-mail-copy = ستصلكم أيضًا رسالة بريد إلكتروني بهذا التأكيد.
parent-messages-write = اكتبوا رسالة
parent-messages-intro = تصل رسالتكم إلى معلم طفلكم. سنرد عليكم خلال بضعة أيام دراسية. الأيام الدراسية هي الأيام التي تكون فيها المدرسة مفتوحة: لا تُحسب عطلات نهاية الأسبوع والعطل المدرسية.
parent-messages-problem = لم يتم ملء بعض الخانات بشكل صحيح
parent-messages-body = رسالتكم
parent-messages-call-back = أرجو أن تتصلوا بي هاتفيًا
parent-messages-phone = رقم هاتفكم
parent-messages-phone-hint = مطلوب فقط إذا رغبتم في أن نتصل بكم.
parent-messages-send = إرسال الرسالة
parent-messages-sent = رسائلكم
parent-messages-status-open = تم الاستلام. سنرد عليكم في موعد أقصاه { $date }.
parent-messages-status-mailed = تم الرد بالبريد الإلكتروني
parent-messages-status-phoned = تم الرد هاتفيًا
parent-messages-body-required = يرجى كتابة رسالتكم.
parent-messages-body-too-long = رسالتكم طويلة جدًا. يرجى اختصارها أو طلب موعد للحديث.
parent-messages-phone-required = يرجى كتابة رقم هاتفكم إذا رغبتم في أن نتصل بكم.
parent-messages-limit = لقد أرسلتم اليوم عدة رسائل. يرجى إرسال رسالة جديدة غدًا أو الاتصال بالمدرسة.
parent-messages-ack-subject = تم الاستلام: رسالتكم بخصوص { $child }
parent-messages-ack-body =
    السادة { $name } المحترمون،

    لقد استلمنا رسالتكم بخصوص { $child }. سنرد عليكم في موعد أقصاه { $date }.

    رسالتكم:
    { $message }

    مع خالص التحية،
    المدرسة
parent-messages-ack-call-back = لقد طلبتم أن نتصل بكم. سيتصل بكم المعلم على الرقم الذي أعطيتموه.
parent-messages-answer-subject = رد من المدرسة بخصوص { $child }
parent-messages-answer-body =
    السادة { $name } المحترمون،

    يكتب إليكم { $teacher } بخصوص { $child }:

    { $answer }

    رسالتكم:
    { $message }

    مع خالص التحية،
    المدرسة
audit-entity-parent-message = رسالة من أحد الوالدين
audit-action-answer = تم الرد
