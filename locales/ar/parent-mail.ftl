### parent-mail.ftl — every mail to parents.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
parent-link-subject = رابطكم لتسجيل الدخول إلى Driehoek
parent-link-body =
    مرحبًا { $name }،

    بهذا الرابط تسجّلون الدخول لتروا الاتفاقات وخطة التواصل (communicatieplan) الخاصة بطفلكم. يعمل الرابط لمدة ربع ساعة، ومرة واحدة فقط:
    { $link }

    لم تطلبوا رابطًا؟ إذن يمكنكم أن تتجاهلوا هذه الرسالة.
exit-report-subject = تقرير لقاء الوداع (exitgesprek) الخاص بـ { $child }
exit-report-intro =
    مرحبًا { $name }،

    شكرًا لكم على اللقاء في { $date }، الذي نظرنا فيه معًا إلى فترة دراسة { $child } في مدرستنا. في الأسفل تقرؤون ما كتبناه.
followup-subject = كيف حال { $child }؟
followup-body =
    مرحبًا { $name }،

    مضى بعض الوقت منذ انتقال { $child } من { $school }. نريد أن نعرف كيف الحال الآن، وهل كانت توصيتنا مناسبة. هل يمكنكم أن تجيبوا عن ثلاثة أسئلة قصيرة؟
    { $link }

    مع أطيب التحيات،
    { $school }
session-return-day = وفي الوقت نفسه يوجد يوم لقاء للتلاميذ القدامى: طفلكم مرحَّب به جدًا.
session-invite-subject = دعوة: { $title }
session-invite-body =
    مرحبًا { $name }،

    طفلكم سيغادر (أو غادر) { $school }. نودّ أن ننظر معكم ومع أولياء أمور آخرين إلى سنوات الدراسة: ما الذي كان جيدًا، وما الذي يمكن تحسينه، وماذا يجب أن نتعلّم؟ نكتب تقريرًا بدون أسماء، وسيصلكم مع ما ستفعله المدرسة به.

    نوع اللقاء: { $form }. الموعد: { $when }، مدّته حوالي { $minutes } دقيقة. المكان: { $place }.

    أخبرونا عبر هذا الرابط هل ستحضرون:
    { $link }

    مع أطيب التحيات،
    { $school }
session-report-subject = تقرير: { $title }
session-report-intro =
    مرحبًا { $name }،

    شكرًا لكم على حضوركم إلى «{ $title }» في { $when }. في الأسفل تقرؤون باختصار ما قيل، بدون أسماء.

## (moved from rounds.ftl)
word-and = و
invite-subject = دعوة: { $title } ({ $school })
invite-reminder-subject = تذكير: اختاروا وقتًا — { $title }
invite-reminder-intro = لم يصلنا منكم وقت بعد. يسعدنا أن نراكم: من فضلكم اختاروا وقتًا عبر الرابط في الأسفل.
invite-pupil-not-expected = سيكون هذا اللقاء بدون طفلكم.
invite-attendees-teacher = معلّم طفلكم
invite-body-start =
    مرحبًا { $parent }،

    في بداية العام الدراسي نودّ أن نتعرّف عليكم ونسمع كيف حال { $children }. في لقاء بداية العام الدراسي هذا (startgesprek) تخبروننا بما تعرفونه عن طفلكم، ونتّفق معًا على طريقة تواصلنا هذا العام. أنتم تعرفون طفلكم أكثر من أي شخص آخر، ونحن نعرف كيف يتعلّم الأطفال. معًا نصل إلى أفضل نتيجة.

    يسعدنا أن نستقبلكم. { $pupil }
    مدة اللقاء: { $duration } دقيقة. المكان: { $place }. الحاضرون: { $attendees }.

    اختاروا قبل { $deadline } وقتًا يناسبكم:
    { $link }

    لا يناسبكم أي وقت؟ أخبرونا، وسنبحث معًا عن وقت آخر. إذا كنتم تحتاجون إلى مترجم، فنحن نرتّب ذلك.

    مع أطيب التحيات،
    { $school }
invite-body-progress =
    مرحبًا { $parent }،

    نودّ أن نتحدّث معكم عن حال { $children }: في المدرسة وفي البيت، وما الذي يسير جيدًا، وما الذي نعمل عليه معًا. وسنراجع أيضًا الاتفاقات من المرة السابقة.

    يسعدنا أن نستقبلكم. { $pupil }
    مدة اللقاء: { $duration } دقيقة. المكان: { $place }. الحاضرون: { $attendees }.

    اختاروا وقتًا قبل { $deadline }:
    { $link }

    مع أطيب التحيات،
    { $school }
invite-body-exit =
    مرحبًا { $parent }،

    اقترب موعد مغادرة { $children } لمدرستنا. نودّ أن نلتقي بكم في لقاء الوداع (exitgesprek) لننظر معًا إلى الماضي: ما الذي كان جيدًا، وما الذي يمكن تحسينه، وما الذي تأخذونه معكم؟ ما تخبروننا به يساعدنا على تحسين المدرسة للأطفال الذين يبقون فيها. سيصلكم تقرير عن اللقاء، وستعرفون ماذا نفعل به.

    مدة اللقاء: { $duration } دقيقة. المكان: { $place }. الحاضرون: { $attendees }.

    اختاروا وقتًا قبل { $deadline }:
    { $link }

    مع أطيب التحيات،
    { $school }
invite-body-other =
    مرحبًا { $parent }،

    ندعوكم إلى لقاء بخصوص { $children }. { $pupil }
    مدة اللقاء: { $duration } دقيقة. المكان: { $place }. الحاضرون: { $attendees }.

    اختاروا وقتًا قبل { $deadline }:
    { $link }

    مع أطيب التحيات،
    { $school }
booking-mail-greeting = مرحبًا { $name }،
booking-mail-line = { $child }: { $when }، مع { $teacher }.
booking-mail-cancelled-line = تمّ الإلغاء: اللقاء بخصوص { $child } في { $when }.
booking-mail-practical = المكان: { $place }. الحاضرون: { $attendees }. يمكنكم التغيير أو الإلغاء حتى { $deadline } عبر الرابط نفسه الموجود في الدعوة.
booking-mail-signature =
    إلى اللقاء!
    { $school }
booking-mail-subject-booked = تأكيد: { $title }
booking-mail-subject-changed = تمّ التغيير: { $title }
booking-mail-subject-cancelled = تمّ الإلغاء: { $title }
booking-calendar-summary = { $title }: { $child }
booking-calendar-description = لقاء مع { $teacher }. الحاضرون: { $attendees }.
booking-reminder-subject = تذكير: { $title }، { $when }
booking-reminder-body =
    مرحبًا { $name }،

    نذكّركم باللقاء بخصوص { $child }: { $when }، مع { $teacher }. المكان: { $place }.

    لا تستطيعون الحضور؟ أخبرونا بأسرع وقت ممكن، وسنبحث عن وقت آخر.

    إلى اللقاء!
    { $school }
invite-proposed-intro = حدّدنا لكم وقتًا مسبقًا:
invite-proposed-outro = هل يناسبكم هذا الوقت؟ أكّدوه عبر الرابط أعلاه. لا يناسبكم؟ اختاروا هناك وقتًا آخر متاحًا، أو اطلبوا من عائلة أخرى أن تتبادل الوقت معكم.
swap-request-subject = هل تريدون تبادل الوقت؟ { $title }
swap-request-body =
    مرحبًا { $name }،

    عائلة أخرى تسألكم هل تريدون أن تتبادلوا معها وقت اللقاء. لقاؤكم بخصوص { $child } في { $yours }، ولقاؤها في { $theirs }.

    افتحوا الرابط الموجود في الدعوة لتقولوا نعم أو لا. إذا لم تفعلوا شيئًا، يبقى كل شيء كما هو.

    مع أطيب التحيات،
    { $school }
swap-declined-subject = لن يتمّ التبادل: { $title }
swap-declined-body =
    مرحبًا { $name }،

    العائلة الأخرى تفضّل أن تحتفظ بوقتها. يبقى لقاؤكم بخصوص { $child } في { $yours }. يمكنكم أن تختاروا وقتًا آخر متاحًا عبر الرابط الموجود في الدعوة.

    مع أطيب التحيات،
    { $school }

## (moved from trust-people.ftl)
guardian-email-changed-subject = تمّ تغيير عنوان بريدكم الإلكتروني لدى المدرسة
guardian-email-changed-body =
    مرحبًا { $name }،

    غيّرت المدرسة عنوان بريدكم الإلكتروني في Driehoek. من الآن ستصل رسائل المدرسة إلى العنوان الجديد، والروابط التي وصلتكم من قبل لم تعد تعمل.

    لم تطلبوا هذا التغيير بأنفسكم؟ تواصلوا مع المدرسة بأسرع وقت ممكن.

# Follows our standard invitation when the school wrote its own note (always in Dutch).
invite-school-note-dutch = في الأسفل رسالة من المدرسة نفسها، وهي باللغة الهولندية. هل تريدون مترجمًا في اللقاء؟ اذكروا ذلك عندما تختارون الوقت، أو اطلبوه من المدرسة.
