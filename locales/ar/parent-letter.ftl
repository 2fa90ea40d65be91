# The printed invitation letter a pupil takes home (parent-facing: short sentences, polite).
# Placeholders: $children (names, already joined), $parent, $school, $contact, $minutes.
letter-heading = دعوة إلى لقاء بخصوص { $children }
letter-greeting = مرحبًا { $parent }،
letter-intro-start = ندعوكم إلى لقاء بخصوص { $children }. هذا هو أول لقاء في العام الدراسي (startgesprek). أنتم تخبروننا عن طفلكم، ونحن نخبركم بما سنفعله في المدرسة هذا العام.
letter-intro-progress = ندعوكم إلى لقاء بخصوص { $children }. سنتحدّث معًا عن المدرسة: ما الذي يسير جيدًا، وما الذي ما زال صعبًا.
letter-intro-exit = ندعوكم إلى لقاء بخصوص { $children }. وقت الدراسة في مدرستنا يقترب من نهايته. سننظر معًا إلى ما مضى، ونتحدّث عمّا سيأتي بعد ذلك.
letter-intro-other = ندعوكم إلى لقاء بخصوص { $children }. يسعدنا أن نتحدّث معكم.
letter-fact-what = اللقاء
letter-fact-duration = المدة
letter-minutes =
    { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
letter-fact-where = المكان
letter-fact-who = مع من
letter-fact-child = طفلكم
letter-child-along = طفلكم يأتي معكم إلى اللقاء.
letter-child-not-along = طفلكم لا يأتي إلى اللقاء.
letter-fact-deadline = اختاروا وقتًا قبل
letter-timetable-note = اختارت المدرسة لكم وقتًا مسبقًا. في الصفحة ترون هذا الوقت. لا يناسبكم هذا الوقت؟ اختاروا وقتًا آخر.
letter-steps-heading = هكذا تختارون وقتًا
letter-step-scan = امسحوا الرمز بكاميرا هاتفكم.
letter-step-type = أو اكتبوا العنوان الموجود في الأسفل في متصفّح الإنترنت. اكتبوا كل الحروف والرموز كما هي تمامًا.
letter-step-choose = اختاروا وقتًا يناسبكم. يمكنكم تغيير الوقت لاحقًا في الصفحة نفسها.
letter-link-label = العنوان:
letter-qr-label = رمز لهاتفكم. يفتح هذا الرمز صفحتكم الخاصة لاختيار وقت.
letter-personal = هذا الرمز وهذا العنوان لعائلتكم فقط. لا تعطوهما لأي شخص آخر.
letter-help-interpreter = هل تريدون مترجمًا في اللقاء؟ يمكنكم أن تذكروا ذلك عندما تختارون الوقت.
letter-help-contact = هل لديكم سؤال؟ تواصلوا مع المدرسة: { $contact }
letter-help-no-internet = ليس لديكم هاتف أو إنترنت؟ أخبروا المعلّم أو اتصلوا بالمدرسة، وسنختار معًا وقتًا.
letter-closing = مع أطيب التحيات، { $school }
