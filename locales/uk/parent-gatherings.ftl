## Gatherings: what parents are invited to as a group (their page and mails)
gathering-kind-reception = Знайомство в класі (Kennismaking in de klas)
gathering-kind-info = Інформаційний вечір (Informatieavond)
gathering-kind-plenary = Батьківський вечір для всієї школи
gathering-kind-exit = Погляд назад із сім'ями, що йдуть зі школи
gathering-purpose-reception = На початку навчального року Ви знайомитеся з учителем та іншими батьками групи (класу). Зустріч коротка й неформальна; Ви також побачите, де Ваша дитина проводить день.
gathering-purpose-info = Школа розповідає про тему, яка зараз важлива для Вашої дитини, і Ви можете поставити запитання.
gathering-purpose-plenary = Вечір для всіх батьків школи: ми розповідаємо, що відбувається, і хочемо почути Вашу думку.
gathering-maybe = Можливо
gathering-you-maybe = Можливо, Ви прийдете. Чи можете Ви змінити відповідь, щойно будете знати напевно?
gathering-you-dont = Шкода, що Ви не можете прийти. Ви завжди можете домовитися про зустріч з учителем.
gathering-change = Ви завжди можете змінити відповідь нижче.
gathering-needs = Що Вам потрібно?
gathering-interpreter = Мені потрібен перекладач
gathering-interpreter-language = Якою мовою
gathering-childcare = Мені потрібен догляд за молодшими дітьми
gathering-invite-subject = Запрошення: { $title }
gathering-invite-body =
    Шановні { $name },

    Щиро запрошуємо Вас: { $title } ({ $form }).
    Коли: { $when }, приблизно { $minutes } хвилин.
    Де: { $place }.

    Будь ласка, повідомте через це особисте посилання, чи Ви прийдете, скільки буде осіб і чи потрібен Вам перекладач або догляд за маленькими дітьми:
    { $link }

    З повагою,
    { $school }
gathering-reminder-subject = Нагадування: { $title }
gathering-reminder-body =
    Шановні { $name },

    Ми ще не отримали Вашої відповіді на наше запрошення: { $title }, { $when }.
    Чи можете Ви повідомити через це посилання, чи прийдете? Відповідь «ні» або «можливо» теж нам допомагає.
    { $link }

    З повагою,
    { $school }

## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = Ця зустріч уже почалася або закінчилася. Ви більше не можете змінити свою відповідь. Маєте запитання? Будь ласка, зверніться до школи.
gathering-interpreter-choose = Виберіть мову…
gathering-interpreter-other = Інша мова
gathering-interpreter-other-label = Інша мова (напишіть назву мови)
gathering-error-interpreter-language = Ви хочете перекладача. Будь ласка, виберіть мову або напишіть іншу мову.
