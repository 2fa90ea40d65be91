### parent-pupilprep.ftl — the mail to parents with their child's link to prepare a progress conversation.
### Parent-facing: every key here is translated into every language in locales/.

parent-pupilprep-mail-subject = يمكن لـ { $child } أن يستعد للقاء المتابعة
parent-pupilprep-mail-body =
    مرحبًا { $name }،

    قريبًا موعد لقاء المتابعة (voortgangsgesprek، أي لقاء عن تقدّم الطفل في المدرسة، { $round }): تتحدثون أنتم و{ $child } والمرشد (mentor) معًا عن سير الأمور في المدرسة. يستطيع { $child } أن يستعد للقاء مسبقًا باستمارة قصيرة: ما الذي سار جيدًا، وعلى ماذا أريد أن أعمل، وماذا أحتاج. هل تتفضلون بإعطاء هذا الرابط لـ { $child }؟
    { $link }

    هذا الرابط شخصي. يعمل حتى تنتهي اللقاءات. يقرأ المرشد الإجابات قبل اللقاء.

    مع أطيب التحيات،
    { $school }
