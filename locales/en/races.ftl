# Review fixes (issue 12): refusals when two people act at once, kept input, missing holidays.
flash-problem-buddies-taken = One of these parents was just proposed by someone else. Please look at the list again.
races-date-invalid = Please enter a valid date.
races-holiday-order = The last day off is before the first.
races-back-to-year = Back to the school year
races-back-to-settings = Back to the school settings
races-back-to-record = Back to the record
races-buddies-language-needed = With the topic Language, please also choose which language.
races-holidays-missing = No holidays have been entered for the current school year yet, so the date by which parents get an answer counts holidays as school days. Please enter the holidays on the school year's page.
