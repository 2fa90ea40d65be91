### parent-booking.ftl — the booking page (also the school-made timetable).
### Parent-facing: every key here is translated into every language in locales/.

## (moved from rounds.ftl)
round-form-school = في المدرسة
round-form-video = مكالمة فيديو
round-form-phone = عبر الهاتف
round-form-home = زيارة منزلية
flash-booked = تمّ حجز موعدكم. ستصلكم رسالة تأكيد بالبريد الإلكتروني.
flash-booking-changed = تمّ تغيير موعدكم. ستصلكم رسالة تأكيد بالبريد الإلكتروني.
flash-booking-cancelled = تمّ إلغاء موعدكم. يمكنكم اختيار وقت جديد في الأسفل.
booking-hello = مرحبًا { $name }، اختاروا في الأسفل وقتًا للقاء.
booking-duration = المدة
booking-minutes = { $minutes } دقيقة
booking-place = المكان
booking-attendees = من يحضر اللقاء
booking-deadline = آخر موعد للاختيار أو التغيير
booking-info-prefix = تنبيه:
booking-not-yet-open = يمكنكم اختيار وقت ابتداءً من { $when }.
booking-closed-contact = انتهى وقت التسجيل. هل تريدون تغيير شيء؟ تواصلوا مع { $school }.
booking-child-group = الصف ({ "\u2068" }groep { $group }{ "\u2069" }) · { $teachers }
booking-yours = موعدكم:
booking-cancel = إلغاء الموعد
booking-other-parent = يوجد لقاء محجوز من قبل باسم { $who }: { $when }. مرحبًا بكم أيضًا في هذا اللقاء. هل تفضّلون لقاءً خاصًا بكم؟ اختاروا وقتًا في الأسفل.
booking-choose = اختاروا وقتًا
booking-choose-other = هل تفضّلون وقتًا آخر؟
booking-note = هل تريدون أن تخبروا المعلّم بشيء؟ (اختياري)
booking-note-hint = مثلًا: مواضيع تريدون الحديث عنها، أو أنكم ستُحضرون شخصًا معكم.
booking-interpreter = أرغب في وجود مترجم في اللقاء
booking-submit = اختيار هذا الوقت
booking-submit-change = التغيير إلى هذا الوقت
booking-no-slots = لا توجد أوقات متاحة الآن. تواصلوا مع { $school }، وسنبحث معًا عن وقت مناسب.
booking-pairs-title = الإخوة والأخوات: لقاء بعد لقاء
booking-pairs-intro = تأتون إلى المدرسة مرة واحدة فقط: اختاروا لقاءين متتاليين، لـ { $first } و { $second }.
booking-pairs-legend = اختاروا وقتين متتاليين
booking-pairs-submit = حجز اللقاءين
booking-link-private = هذه الصفحة لكم وحدكم: لا ترسلوا الرابط إلى أي شخص.
booking-just-taken = للأسف تأخرتم قليلًا: وليّ أمر آخر اختار هذا الوقت قبل لحظات. في الأسفل ترون الأوقات التي ما زالت متاحة.
booking-invalid-slot = لم نستطع حجز هذا الوقت. اختاروا وقتًا من الأوقات في الأسفل.
booking-closed = انتهى وقت التسجيل، ولم يتغيّر شيء.
booking-choose-slot = اختاروا وقتًا أولًا.
invite-pupil-expected = طفلكم يحضر اللقاء، والإخوة والأخوات الأصغر مرحَّب بهم أيضًا.
booking-proposed = اقتراح المدرسة:
booking-confirm = تأكيد هذا الوقت
booking-swap-title = تبادل الوقت مع عائلة أخرى
booking-swap-intro = وقتكم لا يناسبكم، ولا يوجد وقت متاح يناسبكم؟ اطلبوا من عائلة أخرى عند المعلّم نفسه أن تتبادل الوقت معكم. ستصلها رسالة بالبريد الإلكتروني، ولن يتغيّر وقتكم إلا إذا قالت نعم.
booking-swap-legend = بأي وقت تريدون التبادل؟
booking-swap-submit = إرسال طلب التبادل
booking-swap-incoming = عائلة أخرى تريد التبادل: وقتكم { $mine } مقابل وقتها { $theirs }.
booking-swap-outgoing = طلبتم التبادل إلى الوقت { $theirs }. ننتظر جواب العائلة الأخرى.
booking-swap-accept = نعم، أوافق على التبادل
booking-swap-decline = لا، أحتفظ بوقتي
flash-booking-confirmed = شكرًا لكم: تمّ تأكيد الوقت. ستصلكم رسالة تأكيد بالبريد الإلكتروني.
flash-swap-requested = تمّ إرسال طلب التبادل. سنخبركم عندما تجيب العائلة الأخرى.
flash-swap-accepted = تمّ التبادل! سيصلكم الوقت الجديد بالبريد الإلكتروني.
flash-swap-declined = ستحتفظون بوقتكم. سنُخبر العائلة الأخرى بذلك.
flash-problem-swap-failed = هذا التبادل غير ممكن (أو لم يعد ممكنًا): ربما تغيّر أحد الوقتين في هذه الأثناء.

## (moved from trust-rounds.ftl)
booking-nothing-cancelled = لم يُلغَ أي شيء: هذا الموعد ليس (أو لم يعد) باسمكم. في الأسفل ترون الوضع الآن.
booking-nothing-confirmed = لم يُؤكَّد أي شيء: هذا الوقت ليس (أو لم يعد) اقتراحًا ينتظر ردّكم. في الأسفل ترون الوضع الآن.
booking-swap-not-in-this-round = التبادل ممكن فقط عندما تضع المدرسة جدول المواعيد بنفسها. يمكنكم أن تختاروا بأنفسكم وقتًا آخر متاحًا في الأسفل.
booking-swap-too-many-open = لديكم بالفعل عدد كافٍ من طلبات التبادل التي تنتظر الرد. من فضلكم انتظروا الجواب قبل أن ترسلوا طلبًا جديدًا.
booking-swap-too-soon = لقد أرسلتم للتو عدة طلبات تبادل. من فضلكم حاولوا مرة أخرى لاحقًا، حتى لا تصل رسائل كثيرة إلى العائلات الأخرى.
booking-swap-too-many = وصلتم إلى أكبر عدد مسموح به من طلبات التبادل في هذه المجموعة من اللقاءات. تواصلوا مع المدرسة إذا كنتم ما زلتم تحتاجون إلى وقت آخر.
