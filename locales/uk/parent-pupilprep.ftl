### parent-pupilprep.ftl — the mail to parents with their child's link to prepare a progress conversation.
### Parent-facing: every key here is translated into every language in locales/.

parent-pupilprep-mail-subject = { $child } може підготуватися до розмови про успіхи
parent-pupilprep-mail-body =
    Шановні { $name },

    Незабаром відбудеться розмова про успіхи (voortgangsgesprek, { $round }): Ви, { $child } і ментор (класний керівник) разом говорите про те, як ідуть справи в школі. { $child } може заздалегідь підготуватися до розмови за допомогою короткої форми: що вдалося добре, над чим я хочу працювати, що мені потрібно. Будь ласка, передайте це посилання { $child }.
    { $link }

    Посилання особисте. Воно діє, доки не закінчаться розмови. Ментор читає відповіді перед розмовою.

    З повагою,
    { $school }
