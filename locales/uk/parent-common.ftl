### parent-common.ftl — pages every parent can meet: frame, errors, forms, expired links.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from glossary.ftl)
glossary-footer-link = Шкільні слова: пояснення

## (moved from main.ftl)
app-name = Driehoek
skip-to-content = Перейти до змісту
sign-out = Вийти
language-switch = Мова
footer-text = Driehoek — разом із батьками та учнями, увесь навчальний рік.
yes = Так
no = Ні
flash-prefix = Готово:
flash-signed-out = Ви вийшли з системи.
form-error-summary = Будь ласка, перевірте форму
form-error-prefix = Помилка:
form-required = Це поле потрібно заповнити.
form-too-long = Це занадто довго.
form-email-invalid = Це неправильна адреса електронної пошти. Адреса виглядає так: naam@voorbeeld.nl.
link-invalid-title = Це посилання більше не діє
link-invalid-body = Посиланням уже скористалися, або його строк минув. Попросіть нове посилання — це займе лише хвилинку.
error-code = Код помилки { $status }
error-back-home = На головну сторінку
error-400-title = Щось пішло не так
error-400-body = Не вдалося виконати запит. Поверніться назад і спробуйте ще раз.
error-403-title = Немає доступу
error-403-body = У Вас немає доступу до цієї сторінки. Вважаєте, що це помилка? Зверніться до адміністратора Вашої школи.
error-404-title = Сторінку не знайдено
error-404-body = Цієї сторінки немає (або вже немає), чи у Вас немає до неї доступу.
error-413-title = Занадто великий розмір
error-413-body = Те, що Ви надіслали, занадто велике. Спробуйте менший файл.
error-429-title = Зачекайте, будь ласка
error-429-body = Надійшло забагато запитів одночасно. Зачекайте хвилинку і спробуйте ще раз.
error-500-title = Сталася помилка
error-500-body = Сталася помилка з нашого боку. Те, що вже було збережено, не втрачено. Спробуйте ще раз трохи пізніше.

## (moved from rounds.ftl)
attention-prefix = Увага:

## (moved from trust-rights.ftl)
privacy-footer-link = Конфіденційність
