### messages.ftl — staff pages on parents' messages: inbox, answer, overdue list, response time, holidays.

messages-inbox-title = Messages from parents
messages-inbox-intro = Messages from parents about pupils of your groups. The parent was told at once by which date you respond.
messages-overdue-title = Overdue messages
messages-overdue-intro = Messages from parents without an answer past the promised date, across the school.
messages-overdue-none = No messages are overdue.
messages-overdue-count = { $count ->
    [one] { $count } message overdue
   *[other] { $count } messages overdue
}
messages-waiting = { $count ->
    [one] { $count } message waiting for an answer
   *[other] { $count } messages waiting for an answer
}
messages-none-waiting = No message is waiting for an answer.
messages-open = Messages waiting for an answer
messages-answered-recently = Recently answered
messages-phoned = Phoned
messages-mailed = Answered by e-mail
messages-show-title = Message about { $name }
messages-back = Back to the messages
messages-to-pupil = To the pupil page
messages-col-pupil = Pupil
messages-col-from = From
messages-col-since = Received
messages-col-due = Answer by
messages-call-back = Would like a call
messages-overdue = overdue
messages-how = How do you respond?
messages-how-mail = By e-mail from Driehoek (introduced in the parent's language)
messages-how-phone = I phoned (log it)
field-answer = Your answer, or a short summary of the call
messages-answer-hint = By e-mail your own words go to the parent. For a call the summary only goes into the contact log.
messages-answer-send = Save and close
messages-answer-required = Write an answer.
messages-phone-summary = Write in a few words what you discussed.
messages-no-email = This parent has no e-mail address. Phone the parent and log the call.
messages-already-answered = This message has already been answered.
messages-log-from = Message from parent
messages-log-mail = Answer by e-mail
messages-log-phone = Phoned
flash-messages-answered = The message was answered and closed.
field-response_days = Response time (school days)
messages-response-days-hint = Within how many school days parents get an answer to a message, unless the communication plan says otherwise. Weekends and holidays do not count.
flash-problem-response-days = Enter a number of school days from 1 to 20.
plan-response-days-hint = Empty: the school's response time applies. Weekends and holidays do not count.
plan-response-days-invalid = Enter a number of school days from 1 to 20, or leave the field empty.
messages-holidays-title = Holidays and days off
messages-holidays-hint = There is no school on these days: the response time to parents' messages skips them.
messages-holidays-none = No holidays entered yet.
messages-holiday-remove = Remove
messages-holiday-add = Add holiday
field-holiday_name = Name (for example Autumn holiday)
field-holiday_from = First day off
field-holiday_to = Last day off (empty: one day)
flash-problem-holiday = Enter a name and valid dates; the last day is not before the first.
messages-pupil-heading = Messages from parents
messages-open-until = waiting for an answer, by
