### parent-messages.ftl — a parent's message to the teacher and the mails about it.
### Parent-facing: every key here is translated into every language in locales/.

parent-messages-link = Надіслати вчителю повідомлення щодо дитини: { $child }
parent-messages-title = Повідомлення вчителю щодо дитини: { $child }
parent-messages-back = Назад до сторінки Ваших дітей
parent-messages-received = Ваше повідомлення отримано.
parent-messages-hear-by = Ми відповімо Вам не пізніше ніж { $date }.
parent-messages-mail-copy = Ви також отримаєте це підтвердження електронною поштою.
parent-messages-write = Написати повідомлення
parent-messages-intro = Ваше повідомлення отримає вчитель Вашої дитини. Ми відповімо протягом кількох шкільних днів. Шкільні дні — це дні, коли школа працює: вихідні та канікули не враховуються.
parent-messages-problem = Щось заповнено неправильно
parent-messages-body = Ваше повідомлення
parent-messages-call-back = Прошу мені зателефонувати
parent-messages-phone = Ваш номер телефону
parent-messages-phone-hint = Потрібен, лише якщо Ви хочете, щоб Вам зателефонували.
parent-messages-send = Надіслати повідомлення
parent-messages-sent = Ваші повідомлення
parent-messages-status-open = Отримано. Ми відповімо Вам не пізніше ніж { $date }.
parent-messages-status-mailed = Відповідь надіслано електронною поштою
parent-messages-status-phoned = Відповідь надано телефоном
parent-messages-body-required = Будь ласка, напишіть повідомлення.
parent-messages-body-too-long = Ваше повідомлення задовге. Будь ласка, скоротіть його або попросіть про зустріч.
parent-messages-phone-required = Будь ласка, вкажіть номер телефону, якщо Ви хочете, щоб Вам зателефонували.
parent-messages-limit = Сьогодні Ви вже надіслали кілька повідомлень. Будь ласка, надішліть нове повідомлення завтра або зателефонуйте до школи.
parent-messages-ack-subject = Отримано: Ваше повідомлення щодо дитини { $child }
parent-messages-ack-body =
    Шановні { $name },

    ми отримали Ваше повідомлення щодо дитини { $child }. Ми відповімо Вам не пізніше ніж { $date }.

    Ваше повідомлення:
    { $message }

    З повагою
    Школа
parent-messages-ack-call-back = Ви попросили зателефонувати. Вчитель зателефонує Вам за вказаним номером.
parent-messages-answer-subject = Відповідь школи щодо дитини { $child }
parent-messages-answer-body =
    Шановні { $name },

    { $teacher } пише Вам щодо дитини { $child }:

    { $answer }

    Ви писали:
    { $message }

    З повагою
    Школа
audit-entity-parent-message = повідомлення від батьків
audit-action-answer = Відповідь надано
