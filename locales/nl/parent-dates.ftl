### parent-dates.ftl — month and weekday names.
### Parent-facing: every key here is translated into every language in locales/.
### month-N is the month as written after the day number in a date (Polish, Ukrainian: genitive).

## (moved from main.ftl)
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
