# PLACEHOLDER — replaced by translation
### parent-dates.ftl — month and weekday names.
### Parent-facing: every key here is translated into every language in locales/.
### month-N is the month as written after the day number in a date (Polish, Ukrainian: genitive).

## (moved from main.ftl)
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
