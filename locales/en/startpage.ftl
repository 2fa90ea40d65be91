# The teacher's start page: this week, the start of the school year; the grouped menu and the Admin page.
start-this-week = This week
start-year-asks = The start of the school year
start-no-round = No round of start conversations has been planned for your groups yet. In the first weeks you get to know the parents: plan those conversations now.
start-plan-round = Plan the start conversations
start-all-reached = Every family of your groups has had or booked a start conversation.
start-unreached = { $count ->
    [one] Not reached yet: { $count } pupil
   *[other] Not reached yet: { $count } pupils
}
start-planned = Conversations in the next seven days
start-planned-none = No conversations are planned in the next seven days.
start-family-of = parents of { $name }
start-open-rounds = Open conversation rounds
start-round = Round
start-booked = Booked
start-invited = Invited
start-not-reached = Not reached yet
start-closes = booking possible until { $when }
start-overdue = overdue
nav-admin = Admin
admin-title = Admin
admin-intro = Everything you arrange as the school's administrator.
admin-school = The school's details, texts and settings.
admin-staff = Invite staff, assign roles and groups.
admin-import = Read pupils, groups and parents from the pupil administration.
admin-outbox = Outgoing mail and what did not arrive.
admin-audit = Who viewed or changed what.
admin-retention = How long data is kept, and what can be deleted now.
admin-years = Create school years, prepare the next one, look at earlier years.
