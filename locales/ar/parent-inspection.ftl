### parent-inspection.ftl — what a parent reads of their own child's file (the inspection export) and the school's practical help page.
### Parent-facing: every key here is translated into every language in locales/.
### Added after the first split (issue 11): these keys were moved here from staff files.

## (moved from records.ftl)
log-channel-phone = الهاتف
log-channel-email = البريد الإلكتروني
log-channel-visit = زيارة
log-channel-message = رسالة
log-channel-conversation = لقاء
audit-action-view = تمّ الاطلاع
audit-action-create = تمّت الإضافة
audit-action-update = تمّ التغيير
audit-entity-pupil = صفحة التلميذ
audit-entity-record = تقرير لقاء
audit-entity-plan = خطة التواصل (communicatieplan)
audit-entity-agreement = اتفاق
audit-entity-contact = تواصل
audit-entity-contact_moment = موعد تواصل
opp-status-asked = طُلبت موافقتكم، ولا يوجد قرار بعد
opp-status-given = تمّت الموافقة
opp-status-refused = تمّ الرفض
opp-status-withdrawn = تمّ سحب الموافقة
audit-entity-opp = خطة تطوّر الطفل (OPP)
school-help-empty = لم تضع المدرسة هنا أي معلومات بعد. لا تتردّدوا في سؤال المعلّم إلى أين يمكنكم التوجّه.
school-contact = للتواصل:

## (moved from trust-data.ftl)
audit-action-retention-removed = تمّ الحذف بعد انتهاء مدة الحفظ
audit-entity-file = ملف التلميذ
audit-entity-retention = مدة الحفظ

## (moved from trust-people.ftl)
audit-action-link = تمّ الربط
audit-action-delete = تمّ الحذف
audit-action-archive = تمّت الأرشفة
audit-action-parent-view = اطّلع عليه وليّ أمر
audit-action-parent-update = غيّره وليّ أمر
audit-entity-guardian = وليّ أمر أو شخص يرعى الطفل
audit-entity-guardian-link = الربط بين وليّ الأمر والتلميذ

## (moved from trust-rights.ftl)
inspection-title = الاطلاع على ملف { $name }
inspection-made-on = تاريخ الإعداد: { $date }.
inspection-intro = في الأسفل كل ما تحفظه المدرسة عن طفلكم في Driehoek: تقارير اللقاءات التي شاركتها المدرسة معكم، والاتفاقات، وخطة التواصل (communicatieplan)، والاتصالات مع المدرسة، والموافقة على خطة تطوّر الطفل (OPP)، ومن اطّلع على الملف. يمكنكم طباعة هذه الصفحة أو تنزيلها كملف.
inspection-main-facts = ليست لديكم السلطة الأبوية (ouderlijk gezag) على هذا الطفل. لكن القانون يعطيكم الحق في أهم المعلومات عن حال طفلكم. لذلك ترون هنا فقط اللقاءات التي تمّت (نوعها وتاريخها)، والمواضيع التي تمّ الاتفاق عليها، مع وضع كل اتفاق وتاريخ مراجعته. هل لديكم أسئلة؟ تواصلوا مع المدرسة.
inspection-json = التنزيل كملف (JSON)
inspection-back = رجوع
inspection-child = طفلكم
inspection-name = الاسم
inspection-birth = تاريخ الميلاد
inspection-group = الصف (groep أو klas)
inspection-school = المدرسة
inspection-conversations = اللقاءات
inspection-present = الحاضرون
inspection-none = لم يُسجَّل شيء.
inspection-contacts = الاتصالات مع المدرسة
inspection-opp = الموافقة على خطة تطوّر الطفل (ontwikkelingsperspectief، OPP)
inspection-views = من اطّلع على الملف أو غيّره
inspection-views-intro = في كل مرة يفتح فيها شخص من المدرسة (أو وليّ أمر) ملف طفلكم أو يغيّره، يُسجَّل ذلك. هنا ترون دور هذا الشخص والتاريخ.
inspection-view-date = التاريخ
inspection-view-role = الدور
inspection-view-what = ماذا حدث
inspection-role-parent = وليّ أمر
inspection-role-administrator = المسؤول عن Driehoek في المدرسة
inspection-role-director = إدارة المدرسة
inspection-role-care-coordinator = منسّق الدعم (intern begeleider أو zorgcoördinator)
inspection-role-teacher = المعلّم أو المرشد (mentor)
inspection-role-system = Driehoek نفسه (تلقائيًا)

## (moved from trust-signin.ftl)
audit-action-export = تمّ إعداد نسخة
audit-action-mfa-enrolled = تمّ إعداد التحقّق بخطوتين
audit-action-mfa-reset = تمّت إعادة إعداد التحقّق بخطوتين
audit-action-mfa-recovery-code-used = تمّ استخدام رمز الاسترداد
audit-action-password-changed = تمّ تغيير كلمة المرور
audit-entity-inspection = نسخة من الملف للاطلاع
audit-entity-staff = حساب موظف في المدرسة
