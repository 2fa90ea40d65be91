# The printed invitation letter a pupil takes home (parent-facing: short sentences, polite "Ви" form).
# Placeholders: $children (names, already joined), $parent, $school, $contact, $minutes.
letter-heading = Запрошення на розмову про { $children }
letter-greeting = Доброго дня, { $parent }!
letter-intro-start = Запрошуємо Вас на розмову про { $children }. Це перша розмова в цьому навчальному році. Ви розповідаєте нам про свою дитину. Ми розповідаємо, що будемо робити в школі цього року.
letter-intro-progress = Запрошуємо Вас на розмову про { $children }. Ми разом поговоримо про школу: що вдається добре, а що ще важко.
letter-intro-exit = Запрошуємо Вас на розмову про { $children }. Час навчання в нашій школі скоро закінчиться. Ми разом згадаємо цей час і поговоримо про те, що буде далі.
letter-intro-other = Запрошуємо Вас на розмову про { $children }. Ми будемо раді поговорити з Вами.
letter-fact-what = Розмова
letter-fact-duration = Скільки триває
letter-minutes =
    { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }
letter-fact-where = Де
letter-fact-who = З ким
letter-fact-child = Ваша дитина
letter-child-along = Ваша дитина приходить на розмову разом з Вами.
letter-child-not-along = Ваша дитина на розмову не приходить.
letter-fact-deadline = Виберіть час до
letter-timetable-note = Школа вже вибрала для Вас час. Який саме, Ви побачите на сторінці. Цей час Вам не підходить? Тоді виберіть інший.
letter-steps-heading = Як вибрати час
letter-step-scan = Відскануйте код камерою свого телефону.
letter-step-type = Або введіть адресу, яку написано нижче, в інтернет-браузері. Перепишіть точно всі символи.
letter-step-choose = Виберіть час, який Вам підходить. Пізніше на цій самій сторінці Ви зможете змінити час.
letter-link-label = Адреса:
letter-qr-label = Код для Вашого телефону. Він відкриває Вашу особисту сторінку, де можна вибрати час.
letter-personal = Цей код і ця адреса — лише для Вашої родини. Не давайте їх іншим людям.
letter-help-interpreter = Хочете, щоб на розмові був перекладач? Позначте це, коли вибиратимете час.
letter-help-contact = Є питання? Зверніться до школи: { $contact }
letter-help-no-internet = Немає телефону чи інтернету? Скажіть про це вчителеві або зателефонуйте до школи. Тоді ми разом виберемо час.
letter-closing = З повагою, { $school }
