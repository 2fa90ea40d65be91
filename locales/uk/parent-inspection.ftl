### parent-inspection.ftl — what a parent reads of their own child's file (the inspection export) and the school's practical help page.
### Parent-facing: every key here is translated into every language in locales/.
### Added after the first split (issue 11): these keys were moved here from staff files.
### Ukrainian: actions use impersonal forms ("Додано", "Змінено") so they fit any item they describe.

## (moved from records.ftl)
log-channel-phone = Телефон
log-channel-email = Електронна пошта
log-channel-visit = Візит
log-channel-message = Повідомлення
log-channel-conversation = Розмова
audit-action-view = Переглянуто
audit-action-create = Додано
audit-action-update = Змінено
audit-entity-pupil = сторінка учня
audit-entity-record = запис розмови
audit-entity-plan = план спілкування (communicatieplan)
audit-entity-agreement = домовленість
audit-entity-contact = контакт
audit-entity-contact_moment = нотатка про контакт
opp-status-asked = Запитано, рішення ще немає
opp-status-given = Згоду надано
opp-status-refused = Згоди не надано (відмова)
opp-status-withdrawn = Згоду відкликано
audit-entity-opp = план розвитку (OPP)
school-help-empty = Школа ще не розмістила тут інформації. Сміливо запитайте вчителя, куди можна звернутися.
school-contact = Контакти:

## (moved from trust-data.ftl)
audit-action-retention-removed = Видалено після закінчення строку зберігання
audit-entity-file = особова справа учня
audit-entity-retention = строк зберігання даних

## (moved from trust-people.ftl)
audit-action-link = Прив’язано
audit-action-delete = Видалено
audit-action-archive = Перенесено до архіву
audit-action-parent-view = Переглянули батьки
audit-action-parent-update = Змінили батьки
audit-entity-guardian = батько, мати або опікун
audit-entity-guardian-link = прив’язка батьків до учня

## (moved from trust-rights.ftl)
inspection-title = Перегляд особової справи: { $name }
inspection-made-on = Створено { $date }.
inspection-intro = Нижче — усе, що школа зберігає про Вашу дитину в Driehoek: записи розмов, якими школа поділилася з Вами, домовленості, план спілкування (communicatieplan), контакти, згода на план розвитку (OPP) і хто переглядав особову справу. Ви можете роздрукувати цю сторінку або завантажити її як файл.
inspection-main-facts = У Вас немає батьківських прав (ouderlijk gezag) щодо цієї дитини. За законом Ви маєте право на найважливішу інформацію про те, як справи у Вашої дитини. Тому тут Ви бачите лише, які розмови відбулися (вид і дата) і яких тем стосуються домовленості. Ви також бачите, на якому етапі перебувають домовленості і коли їх переглянуть знову. Є питання? Зверніться до школи.
inspection-json = Завантажити як файл (JSON)
inspection-back = Назад
inspection-child = Ваша дитина
inspection-name = Ім’я та прізвище
inspection-birth = Дата народження
inspection-group = Клас (groep)
inspection-school = Школа
inspection-conversations = Розмови
inspection-present = Присутні
inspection-none = Нічого не записано.
inspection-contacts = Контакти зі школою
inspection-opp = Згода на план розвитку (OPP)
inspection-views = Хто переглядав або змінював особову справу
inspection-views-intro = Щоразу, коли хтось зі школи (або хтось із батьків) відкриває чи змінює особову справу Вашої дитини, це записується. Тут Ви бачите роль цієї людини і дату.
inspection-view-date = Дата
inspection-view-role = Роль
inspection-view-what = Що
inspection-role-parent = Батьки
inspection-role-administrator = Адміністратор
inspection-role-director = Керівництво школи
inspection-role-care-coordinator = Intern begeleider або zorgcoördinator (координатор додаткової підтримки)
inspection-role-teacher = Учитель або наставник (mentor)
inspection-role-system = Driehoek (автоматично)

## (moved from trust-signin.ftl)
audit-action-export = створено експорт даних
audit-action-mfa-enrolled = увімкнено двоетапну перевірку
audit-action-mfa-reset = двоетапну перевірку налаштовано заново
audit-action-mfa-recovery-code-used = використано код відновлення
audit-action-password-changed = змінено пароль
audit-entity-inspection = експорт даних для перегляду
audit-entity-staff = обліковий запис працівника школи
