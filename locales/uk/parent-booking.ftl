### parent-booking.ftl — the booking page (also the school-made timetable).
### Parent-facing: every key here is translated into every language in locales/.

## (moved from rounds.ftl)
round-form-school = У школі
round-form-video = Відеодзвінок
round-form-phone = Телефоном
round-form-home = Візит додому
flash-booked = Вас записано. Ми надішлемо Вам підтвердження електронною поштою.
flash-booking-changed = Ваш запис змінено. Ми надішлемо Вам підтвердження електронною поштою.
flash-booking-cancelled = Ваш запис скасовано. Нижче Ви можете вибрати новий час.
booking-hello = Доброго дня, { $name }! Будь ласка, виберіть нижче час для розмови.
booking-duration = Тривалість
booking-minutes = { $minutes } хв
booking-place = Де
booking-attendees = Хто буде на розмові
booking-deadline = Вибрати або змінити час можна до
booking-info-prefix = Увага:
booking-not-yet-open = Вибрати час можна, починаючи з { $when }.
booking-closed-contact = Запис закрито. Хочете щось змінити? Зверніться до школи { $school }.
booking-child-group = Groep { $group } (клас) · { $teachers }
booking-yours = Ваш запис:
booking-cancel = Скасувати
booking-other-parent = { $who } вже має заплановану розмову: { $when }. Ви теж можете прийти — будемо раді. Хочете окрему розмову? Виберіть час нижче.
booking-choose = Виберіть час
booking-choose-other = Хочете інший час?
booking-note = Хочете щось повідомити вчителеві? (не обов’язково)
booking-note-hint = Наприклад, про що Ви хочете поговорити, або що Ви прийдете з кимось.
booking-interpreter = Мені потрібен перекладач на розмові
booking-submit = Вибрати цей час
booking-submit-change = Змінити на цей час
booking-no-slots = Зараз немає вільного часу. Зверніться до школи { $school }, і ми разом знайдемо зручний час.
booking-pairs-title = Брати і сестри — одна розмова за одною
booking-pairs-intro = Прийти до школи лише один раз: виберіть дві розмови одна за одною, для { $first } і { $second }.
booking-pairs-legend = Виберіть варіант
booking-pairs-submit = Записатися на обидві розмови
booking-link-private = Ця сторінка лише для Вас: не пересилайте це посилання іншим.
booking-just-taken = Трохи запізно: цей час щойно вибрала інша родина. Нижче показано час, який ще вільний.
booking-invalid-slot = Цей час вибрати не вдалося. Виберіть, будь ласка, один із варіантів нижче.
booking-closed = Запис закрито; нічого не змінилося.
booking-choose-slot = Спочатку виберіть час.
invite-pupil-expected = Ваша дитина теж бере участь у розмові. Молодші брати або сестри також можуть прийти.
booking-proposed = Пропозиція школи:
booking-confirm = Підтвердити цей час
booking-swap-title = Обмінятися часом з іншою родиною
booking-swap-intro = Ваш час Вам не підходить, і вільного зручного часу немає? Попросіть іншу родину з тим самим учителем обмінятися з Вами. Вони отримають лист. Ваш час зміниться лише тоді, коли вони погодяться.
booking-swap-legend = На який час Ви хочете обмінятися?
booking-swap-submit = Надіслати прохання про обмін
booking-swap-incoming = Інша родина хоче обмінятися: Ваш час { $mine } на їхній час { $theirs }.
booking-swap-outgoing = Ви попросили обмінятися на час { $theirs }. Ми чекаємо на відповідь іншої родини.
booking-swap-accept = Так, обмінятися
booking-swap-decline = Ні, я залишаю свій час
flash-booking-confirmed = Дякуємо: час підтверджено. Ми надішлемо Вам підтвердження електронною поштою.
flash-swap-requested = Ваше прохання про обмін надіслано. Ми повідомимо Вам, коли інша родина відповість.
flash-swap-accepted = Обмін відбувся! Новий час ми надішлемо Вам електронною поштою.
flash-swap-declined = Ви залишаєте свій час. Ми повідомимо про це іншу родину.
flash-problem-swap-failed = Цей обмін неможливий (або вже неможливий): можливо, один із цих часів тим часом змінився.

## (moved from trust-rounds.ftl)
booking-nothing-cancelled = Нічого не скасовано: цей запис не Ваш (або вже не Ваш). Нижче Ви бачите, як усе виглядає зараз.
booking-nothing-confirmed = Нічого не підтверджено: цей час не є пропозицією для Вас (або вже не є). Нижче Ви бачите, як усе виглядає зараз.
booking-swap-not-in-this-round = Обмінятися часом можна лише тоді, коли розклад складає школа. Нижче Ви можете самі вибрати інший вільний час.
booking-swap-too-many-open = У Вас уже достатньо прохань про обмін, на які ще немає відповіді. Будь ласка, дочекайтеся відповіді, перш ніж надсилати нове прохання.
booking-swap-too-soon = Ви щойно надіслали кілька прохань про обмін. Будь ласка, спробуйте пізніше, щоб інші родини не отримували забагато повідомлень.
booking-swap-too-many = Ви вже надіслали найбільшу дозволену кількість прохань про обмін для цих розмов. Якщо Вам усе ж потрібен інший час, зверніться до школи.
