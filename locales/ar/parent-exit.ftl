### parent-exit.ftl — exit RSVP, follow-up questionnaire and the public summary.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
exit-conversations = { $count ->
    [zero] لا يوجد أي لقاء وداع هذا العام الدراسي.
    [one] لقاء وداع واحد هذا العام الدراسي.
    [two] لقاءان للوداع هذا العام الدراسي.
    [few] { $count } لقاءات وداع هذا العام الدراسي.
    [many] { $count } لقاء وداع هذا العام الدراسي.
   *[other] { $count } لقاء وداع هذا العام الدراسي.
}
exit-contributions = { $count ->
    [0] لا توجد ردود
    [one] ردّ واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } ردّ
}
exit-no-actions = لا توجد أي إجراءات في القائمة بعد.
action-status-planned = مُخطَّط له
action-status-doing = قيد التنفيذ
action-status-done = تمّ
exit-summary-title = ماذا سمعنا، وماذا نفعل
exit-summary-intro = عائلات ودّعت المدرسة تحدّثت معنا عن الوقت الذي قضته فيها. هنا تقرؤون باختصار ما سمعناه وما نفعله به. لا توجد هنا أسماء، ولا نذكر الأعداد الصغيرة، حتى لا يمكن التعرّف على أحد.
exit-summary-heard = ما سمعناه
exit-summary-do = ما نفعله
exit-too-few = الردود قليلة جدًا، فلا نعرضها
exit-summary-too-few-conversations = عدد اللقاءات حتى الآن قليل جدًا، فلا نستطيع أن نقول شيئًا هنا بعد.
followup-title = كيف الحال الآن؟
followup-intro = مضى بعض الوقت منذ انتقال { $child } من { $school }. نريد أن نعرف كيف الحال الآن، وهل كانت توصيتنا مناسبة. الإجابة تستغرق بضع دقائق.
followup-doing = كيف حال { $child } في المدرسة الجديدة؟
followup-advice = هل كانت توصية المدرسة مناسبة؟
followup-advice-yes = نعم
followup-advice-partly = جزئيًا
followup-advice-no = لا
followup-comment = هل تريدون أن تقولوا شيئًا آخر للمدرسة؟
followup-submit = إرسال
followup-thanks = شكرًا لكم! جوابكم يساعد { $school } على مرافقة الأطفال بشكل أفضل.
session-kind-workshop = أمسية حول موضوع معيّن
session-kind-panel = مجموعة نقاش من أولياء الأمور
session-kind-cafe = Onderwijscafé (لقاء مفتوح للحديث عن التعليم)
session-rsvp-title = دعوة
session-form = نوع اللقاء
session-when = الموعد
session-purpose = ننظر معًا إلى سنوات الدراسة: ما الذي كان جيدًا، وما الذي يمكن أن يكون أفضل؟ اللقاء مفتوح وغير رسمي، وينتهي بمشروب. نكتب تقريرًا عمّا يُقال بدون أسماء، ونرسله إليكم مع ما ستفعله المدرسة به.
session-coming = هل ستحضرون؟
session-yes = نعم، سأحضر
session-no = لا، لا أستطيع
session-people = كم عدد الأشخاص (وأنتم منهم)؟
session-children-join = سيأتي طفلي إلى يوم لقاء التلاميذ القدامى
session-send = إرسال الجواب
session-full = للأسف، لم يعد هناك مكان كافٍ لهذا العدد من الأشخاص. اختاروا عددًا أقل، أو أخبروا المدرسة أنكم تريدون الحضور.
session-you-come = { $count ->
    [one] يسعدنا أنكم ستحضرون!
    [two] يسعدنا أنكم ستحضرون، وعددكم شخصان!
    [few] يسعدنا أنكم ستحضرون، وعددكم { $count } أشخاص!
    [many] يسعدنا أنكم ستحضرون، وعددكم { $count } شخصًا!
   *[other] يسعدنا أنكم ستحضرون، وعددكم { $count } شخص!
}
session-you-dont = من المؤسف أنكم لا تستطيعون الحضور. هل تريدون مع ذلك أن تقولوا لنا شيئًا؟ يمكن أيضًا ترتيب لقاء خاص بكم وحدكم.
flash-rsvp-saved = شكرًا لكم، وصلنا جوابكم.

## The exit report mail
section-exit-own-child = أولياء الأمور وطفلهم
section-exit-group-school = أولياء الأمور والصفّ أو المدرسة
section-exit-school-parents = كيف أشركت المدرسة أولياء الأمور
section-exit-open = أسئلة مفتوحة
section-exit-advice = نصائح
section-exit-lookback = نظرة على هذا اللقاء
exit-report-what-we-do = ما تفعله المدرسة بهذا:
exit-report-no-actions = نناقش ما سمعناه مع فريق المدرسة. ونُطلع جميع أولياء الأمور على الإجراءات التي تنتج عن ذلك.
exit-report-signature =
    مع أطيب التحيات،
    { $school }
