### parent-exit.ftl — exit RSVP, follow-up questionnaire and the public summary.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
exit-conversations = { $count ->
    [one] { $count } прощальна розмова (exitgesprek) цього навчального року.
    [few] { $count } прощальні розмови (exitgesprek) цього навчального року.
    [many] { $count } прощальних розмов (exitgesprek) цього навчального року.
   *[other] { $count } прощальних розмов (exitgesprek) цього навчального року.
}
exit-contributions = { $count ->
    [0] немає відгуків
    [one] { $count } відгук
    [few] { $count } відгуки
    [many] { $count } відгуків
   *[other] { $count } відгуків
}
exit-no-actions = У списку ще немає дій.
action-status-planned = Заплановано
action-status-doing = Виконується
action-status-done = Зроблено
exit-summary-title = Що ми почули і що ми робимо
exit-summary-intro = Родини, які прощалися зі школою, разом із нами згадали час навчання. Тут коротко написано, що ми почули і що ми з цим робимо. Імен тут немає. Дуже малі числа ми не показуємо, щоб нікого не можна було впізнати.
exit-summary-heard = Що ми почули
exit-summary-do = Що ми робимо
exit-too-few = замало відгуків, щоб показати
exit-summary-too-few-conversations = Розмов було ще замало, щоб тут щось написати.
followup-title = Як справи зараз?
followup-intro = Ваша дитина { $child } вже деякий час не навчається в школі { $school }. Нам цікаво, як справи зараз і чи була наша порада правильною. Відповісти можна за кілька хвилин.
followup-doing = Як { $child } почувається в новій школі?
followup-advice = Чи була порада школи правильною?
followup-advice-yes = Так
followup-advice-partly = Частково
followup-advice-no = Ні
followup-comment = Хочете ще щось сказати школі?
followup-submit = Надіслати
followup-thanks = Дякуємо! Ваша відповідь допомагає школі { $school } ще краще підтримувати дітей.
session-kind-workshop = Тематичний вечір
session-kind-panel = Зустріч групи батьків
session-kind-cafe = Onderwijscafé (зустріч про навчання за кавою)
session-rsvp-title = Запрошення
session-form = Формат
session-when = Коли
session-purpose = Ми разом згадаємо шкільні роки: що було добре, а що можна зробити краще? Розмова відкрита і неформальна, а наприкінці буде чай чи кава. Про сказане ми складемо звіт без імен. Ми надішлемо його Вам разом із тим, що школа з цим робитиме.
session-coming = Ви прийдете?
session-yes = Так, я прийду
session-no = Ні, я не можу
session-people = Скільки осіб прийде (разом з Вами)
session-children-join = Моя дитина прийде на день зустрічі колишніх учнів
session-send = Надіслати відповідь
session-full = На жаль, для такої кількості людей уже немає місця. Виберіть меншу кількість осіб або повідомте школу, що Ви хотіли б прийти.
session-you-come = { $count ->
    [1] Чудово, що Ви прийдете!
    [one] Чудово, що Ви прийдете! Вас буде { $count } особа.
    [few] Чудово, що Ви прийдете! Вас буде { $count } особи.
    [many] Чудово, що Ви прийдете! Вас буде { $count } осіб.
   *[other] Чудово, що Ви прийдете! Вас буде { $count } осіб.
}
session-you-dont = Шкода, що Ви не можете прийти. Хочете все ж чимось поділитися? Можна також поговорити окремо.
flash-rsvp-saved = Дякуємо, Вашу відповідь отримано.

## The exit report mail
section-exit-own-child = Батьки та їхня дитина
section-exit-group-school = Батьки та клас або школа
section-exit-school-parents = Як школа залучала батьків
section-exit-open = Відкриті питання
section-exit-advice = Поради
section-exit-lookback = Погляд на цю розмову
exit-report-what-we-do = Що школа з цим робить:
exit-report-no-actions = Почуте ми обговорюємо в команді школи. Про дії, які з цього випливуть, ми повідомимо всіх батьків.
exit-report-signature =
    З повагою,
    { $school }
