## Gatherings: what parents are invited to as a group (their page and mails)
gathering-kind-reception = لقاء التعارف في الصف (Kennismaking in de klas)
gathering-kind-info = أمسية معلومات (Informatieavond)
gathering-kind-plenary = أمسية أولياء الأمور لكل المدرسة
gathering-kind-exit = نظرة إلى الوراء مع العائلات المغادرة
gathering-purpose-reception = في بداية السنة الدراسية تتعرفون على المعلم وعلى أولياء أمور الصف الآخرين. اللقاء قصير وغير رسمي، وترون أيضًا المكان الذي يقضي فيه طفلكم يومه.
gathering-purpose-info = تشرح المدرسة موضوعًا مهمًا لطفلكم الآن، ويمكنكم طرح الأسئلة.
gathering-purpose-plenary = أمسية لجميع أولياء أمور المدرسة: نخبركم بما يجري ونود أن نسمع رأيكم.
gathering-maybe = ربما
gathering-you-maybe = قد تحضرون. هل يمكنكم تعديل إجابتكم عندما تتأكدون؟
gathering-you-dont = نأسف لأنكم لا تستطيعون الحضور. مرحبًا بكم دائمًا لتحديد موعد مع المعلم.
gathering-change = يمكنكم دائمًا تغيير إجابتكم أدناه.
gathering-needs = ماذا تحتاجون؟
gathering-interpreter = أرغب في مترجم
gathering-interpreter-language = بأي لغة
gathering-childcare = أرغب في رعاية لأطفالي الأصغر سنًا
gathering-invite-subject = دعوة: { $title }
gathering-invite-body =
    { $name } المحترم/المحترمة،

    يسعدنا أن ندعوكم: { $title } ({ $form }).
    الموعد: { $when }، حوالي { $minutes } دقيقة.
    المكان: { $place }.

    نرجو أن تخبرونا عبر هذا الرابط الشخصي هل ستحضرون، وكم عدد الأشخاص، وهل تحتاجون إلى مترجم أو رعاية للأطفال الصغار:
    { $link }

    مع أطيب التحيات،
    { $school }
gathering-reminder-subject = تذكير: { $title }
gathering-reminder-body =
    { $name } المحترم/المحترمة،

    لم نتلقَّ إجابتكم بعد على دعوتنا: { $title }، بتاريخ { $when }.
    هل يمكنكم إخبارنا عبر هذا الرابط هل ستحضرون؟ الإجابة "لا" أو "ربما" تساعدنا أيضًا.
    { $link }

    مع أطيب التحيات،
    { $school }

## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = لقد بدأ هذا اللقاء أو انتهى. لم يعد بإمكانكم تغيير إجابتكم. هل لديكم سؤال؟ يرجى التواصل مع المدرسة.
gathering-interpreter-choose = اختاروا لغة…
gathering-interpreter-other = لغة أخرى
gathering-interpreter-other-label = لغة أخرى (اكتبوا اسم اللغة)
gathering-error-interpreter-language = أنتم ترغبون في مترجم. يرجى اختيار اللغة، أو كتابة لغة أخرى.
