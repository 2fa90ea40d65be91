## Gatherings (staff pages)
nav-gatherings = Gatherings
gatherings-title = Gatherings with parents
gatherings-intro = Class receptions, information evenings and parent evenings: invite the families with a personal link, see who comes and what they need, and keep track of who was there.
gatherings-planned = Planned this school year
gatherings-none = No gatherings have been planned yet.
gathering-new = Plan a gathering
gathering-what = What
gathering-when = When
gathering-for = For whom
gathering-answers = Answers
gathering-answer-counts = { $yes } of { $invited } families are coming
gathering-interpreter-count = { $count ->
    [one] 1 interpreter requested
   *[other] { $count } interpreters requested
}
gathering-childcare-count = { $count ->
    [one] 1 family asks for childcare
   *[other] { $count } families ask for childcare
}
gathering-for-grade = All groups { $grade }
gathering-for-school = The whole school
gathering-for-leavers = Leaving families
gathering-wishes = Wish for an information evening (from the startgesprekken)
gathering-wishes-intro = In the startgesprek you ask whether parents would like an information evening. This is how often each group said yes, maybe or no.
gathering-wishes-none = There are no answers from startgesprekken yet.
gathering-group = Group
gathering-wish-yes = Yes
gathering-wish-maybe = Maybe
gathering-wish-no = No
gathering-wish-legend = Would the parents like an information evening?
gathering-plan-info = Plan an information evening
gathering-field-kind = Kind of gathering
gathering-field-audience = For whom
gathering-field-grade = Grade
gathering-field-title = Title
gathering-field-day = Date
gathering-field-time = Start time
gathering-field-minutes = Length in minutes
gathering-field-place = Place
gathering-field-capacity = Number of places
gathering-capacity-hint = Leave empty when there is no limit.
gathering-audience-groups = The families of these groups
gathering-audience-grade = The families of one grade
gathering-audience-school = Every family of the school
gathering-no-groups = You have no groups this school year.
gathering-create = Plan
gathering-title-reception = Class reception
gathering-title-info = Information evening
gathering-error-groups = choose at least one group
gathering-error-grade = choose a grade
gathering-error-day = enter a valid date
gathering-error-time = enter a time, for example 19:30
gathering-error-minutes = enter a length between 10 and 480 minutes
gathering-error-capacity = enter a number between 1 and 2000, or leave it empty
gathering-print = Print the list
gathering-print-hint = Print this page to take it to the gathering.
gathering-minutes = { $minutes } minutes
gathering-places = { $taken } of { $capacity } places taken
gathering-stat-invited = { $count ->
    [one] 1 invited
   *[other] { $count } invited
}
gathering-stat-yes = { $families } families are coming, with { $people } people
gathering-stat-maybe = { $count } maybe
gathering-stat-no = { $count } cannot come
gathering-stat-open = { $count } not answered yet
gathering-invite = Invite the families
gathering-remind = Remind those who have not answered
gathering-invite-hint = Each family gets a mail in their own language with a personal link. Inviting again skips families who already have an invitation; a reminder goes to each family only once.
gathering-attendance = Who was there?
gathering-families = Invited families
gathering-no-families = No families have been invited yet.
gathering-family = Parent (children)
gathering-answer = Answer
gathering-needs-column = Needs
gathering-came = Was there
gathering-came-for = { $name } was there
gathering-reminded = reminded
gathering-attendance-save = Save attendance
gathering-answer-yes = { $count ->
    [one] coming
   *[other] coming, with { $count }
}
gathering-answer-maybe = { $count ->
    [one] maybe
   *[other] maybe, with { $count }
}
gathering-answer-no = cannot come
gathering-answer-none = no answer yet
gathering-need-interpreter = interpreter
gathering-need-childcare = childcare
gathering-start-none = No class reception with the parents of your group has been planned yet.
gathering-start-plan = Plan the class reception
flash-gathering-saved = The gathering has been planned. Now invite the families.
flash-gathering-invited = The invitations are ready to be sent.
flash-gathering-reminded = The reminders are ready to be sent.
flash-gathering-attendance-saved = Attendance has been saved.
field-audience = For whom
field-time = Start time
field-minutes = Length in minutes
field-capacity = Number of places
admin-gatherings = Plan class receptions, information evenings and parent evenings, invite families and keep track of who came.

## Gatherings (staff): refused actions, read-only view, exit sessions
gathering-error-remind-started = The gathering has already started: reminders can no longer be sent. Nothing was sent.
gathering-error-attendance-early = The gathering has not started yet: you can keep attendance only afterwards. Nothing was saved.
gathering-read-only = This gathering is for more groups. You see the answers of your own groups' families; inviting, reminding and attendance are up to the school's management.
exit-session-manage = Reminders, attendance and list
