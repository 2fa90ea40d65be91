### parent-buddies.ftl — parents helping parents: the parent's personal link page and the mails.
### Parent-facing: every key here is translated into every language in locales/.

parent-buddies-title = التواصل مع وليّ أمر آخر
parent-buddies-topic-language = اللغة { $language }
parent-buddies-topic-diagnosis = تشخيص لطفلكم (مثل عسر القراءة أو فرط الحركة وتشتت الانتباه أو التوحّد)
parent-buddies-topic-first-child = طفلكم الأول في المدرسة
parent-buddies-topic-new-nl = كونكم جددًا في هولندا
parent-buddies-topic-other = موضوع تحدثتم عنه مع المعلّم
parent-buddies-explain = في لقاء البداية (startgesprek، أول لقاء في السنة الدراسية) أخبرتمونا بشيء عن { $topic }. وليّ أمر آخر من مدرستنا يهتم بالموضوع نفسه ويودّ التواصل معكم. هكذا يستطيع الأهل أن يساعد بعضهم بعضًا.
parent-buddies-privacy = القرار لكم. إذا قلتم نعم وقال وليّ الأمر الآخر نعم أيضًا، يحصل كل منكما على اسم الآخر وبريده الإلكتروني ورقم هاتفه. وحتى ذلك الحين لا يعرف وليّ الأمر الآخر شيئًا عنكم، ولا تعرفون شيئًا عنه.
parent-buddies-question = هل تريدون التواصل مع وليّ الأمر هذا؟
parent-buddies-yes = نعم، بكل سرور
parent-buddies-no = لا، أفضّل ألّا أفعل
parent-buddies-send = إرسال
parent-buddies-waiting = لقد قلتم نعم. ما زلنا ننتظر جواب وليّ الأمر الآخر. ستصلكم رسالة إذا قال نعم أيضًا.
parent-buddies-change-no = غيّرت رأيي، لا أريد
parent-buddies-active = قلتم أنتم ووليّ الأمر الآخر نعم. يمكنكم الآن التواصل معًا بخصوص { $topic }.
parent-buddies-name = الاسم
parent-buddies-email = البريد الإلكتروني
parent-buddies-phone = الهاتف
parent-buddies-withdraw-explain = هل تريدون إنهاء التواصل؟ يمكنكم ذلك في أي وقت. وسيُبلَّغ وليّ الأمر الآخر بأن التواصل قد انتهى.
parent-buddies-withdraw = إنهاء التواصل
parent-buddies-declined = لن يتم هذا التواصل. لا ننقل أي بيانات. هل لديكم سؤال؟ تحدثوا من فضلكم مع المعلّم أو مع intern begeleider (الموظف المسؤول عن الدعم الإضافي).
parent-buddies-you-ended = لقد أنهيتم التواصل. لم نعد ننقل أي بيانات.
parent-buddies-ended = انتهى هذا التواصل. هل لديكم سؤال؟ تحدثوا من فضلكم مع المعلّم أو مع intern begeleider (الموظف المسؤول عن الدعم الإضافي).
flash-buddies-agreed = تم حفظ جوابكم.
flash-buddies-declined = تم حفظ جوابكم. لن يتم التواصل.
flash-buddies-withdrawn = انتهى التواصل.
flash-problem-buddies-closed = لم يعد هذا ممكنًا: التواصل أُغلق أو تغيّر بالفعل.
parent-buddies-proposal-subject = هل تريدون التواصل مع وليّ أمر آخر؟
parent-buddies-proposal-body =
    مرحبًا { $name }،

    في لقاء البداية (startgesprek) أخبرتمونا بشيء عن { $topic }. وليّ أمر آخر من { $school } يهتم بالموضوع نفسه ويودّ التواصل معكم.

    أخبرونا عبر هذا الرابط هل تريدون ذلك:
    { $link }

    فقط إذا قلتما كلاكما نعم، يحصل كل منكما على اسم الآخر وبريده الإلكتروني ورقم هاتفه. وحتى ذلك الحين لا ننقل أي شيء.

    مع أطيب التحيات،
    { $school }
parent-buddies-introduction-subject = يمكنكم الآن التواصل مع وليّ الأمر الآخر
parent-buddies-introduction-body =
    مرحبًا { $name }،

    قلتم أنتم ووليّ الأمر الآخر نعم. هذه بيانات وليّ الأمر الآخر بخصوص { $topic }:

    الاسم: { $other }
    البريد الإلكتروني: { $email }
    الهاتف: { $phone }

    وقد حصل وليّ الأمر الآخر على بياناتكم أيضًا. إذا أردتم إنهاء التواصل لاحقًا، فاستخدموا الرابط الموجود في الرسالة الأولى.
parent-buddies-declined-subject = لن يتم التواصل مع وليّ الأمر الآخر
parent-buddies-declined-body =
    مرحبًا { $name }،

    قلتم نعم للتواصل مع وليّ أمر آخر بخصوص { $topic }. هذه المرة لن يتم التواصل. لم ننقل أي بيانات عنكم.

    هل لديكم سؤال؟ تحدثوا من فضلكم مع المعلّم أو مع intern begeleider (الموظف المسؤول عن الدعم الإضافي).
parent-buddies-ended-subject = انتهى التواصل مع وليّ الأمر الآخر
parent-buddies-ended-body =
    مرحبًا { $name }،

    انتهى التواصل مع وليّ الأمر الآخر بخصوص { $topic }. لم نعد ننقل أي بيانات.

    هل لديكم سؤال؟ تحدثوا من فضلكم مع المعلّم أو مع intern begeleider (الموظف المسؤول عن الدعم الإضافي).
