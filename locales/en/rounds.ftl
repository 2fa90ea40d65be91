### Conversation rounds, availability, invitations and booking

nav-rounds = Conversations
show = Show

## Kinds of conversation and forms
round-kind-start = Start-of-year conversation
round-kind-progress = Progress conversation
round-kind-exit = Exit conversation
round-kind-other = Other conversation
channel-phone = Phoned
channel-door = Rang the doorbell
channel-pupil = Through the pupil
channel-family = Through another family member
channel-meeting-place = Met the parent where they are (e.g. the sports field)
channel-other = Other
attendance-held = Conversation held
attendance-no-show = Did not come
attendance-cancelled-by-school = Cancelled by the school

## Rounds
rounds-title = Conversation rounds
rounds-empty = There are no conversation rounds yet. Start a round for your group's start-of-year conversations.
round-new = New conversation round
round-new-intro = Choose the groups and when parents can sign up. Then say when you are available and send the invitations.
round-create = Create round
round-closes = Sign-up until
round-booked = Booked
round-booked-of = { $booked } of { $families } pupils booked
round-families = Families and reminders
round-schedule = Day schedule
round-progress = Progress
round-invited = { $count ->
    [0] No invitations sent yet.
    [one] 1 parent invited.
   *[other] { $count } parents invited.
}
round-orphaned = { $count ->
    [one] 1 appointment lies outside your availability because that time was removed. The appointment stands: agree another moment with the parents if needed.
   *[other] { $count } appointments lie outside your availability because that time was removed. The appointments stand: agree another moment with the parents if needed.
}
round-send-invitations = Send invitations
round-send-invitations-hint = Every parent with parental authority receives their own e-mail with a personal link. Parents who already have an invitation do not get another.
round-booking-window = Sign-up open
round-closes-hint = Until this moment parents can choose, change or cancel a time.
round-title-hint = For example "Start conversations group 5, September".
round-slot-hint = Leave empty for 20 minutes (start conversation) or 15 (progress conversation).
round-location-hint = For example the classroom, or the link for the video call.
round-attendees-hint = Who joins besides the teacher, for example the care coordinator. Parents see this in the invitation.
round-reminder-hint = Parents get a reminder this many hours before. 0 means no reminder.
round-text-hint = Leave empty for our standard text. Your own text? Use {parent}, {children}, {link}, {deadline}, {duration}, {place}, {attendees} and {pupil}; the link is always included.
round-groups-required = Choose at least one group.
round-moment-invalid = Enter a valid date and time.
round-closes-before-opens = Sign-up must close after it opens.
round-number-invalid = Enter a whole number in range.
field-kind = Kind of conversation
field-title = Title
field-groups = Groups
field-opens_date = Opens on
field-opens_time = at
field-closes_date = Closes on
field-closes_time = at
field-slot_minutes = Length of a conversation (minutes)
field-gap_minutes = Break between conversations (minutes)
field-form = Form
field-location = Place
field-attendees = Who attends the conversation
field-pupil_expected = The pupil takes part
field-invitation_text = Invitation text
field-reminder_hours = Reminder beforehand (hours)
field-day = Day
field-starts = From
field-ends = Until

## Availability
availability-title = Availability
availability-intro = Say when you can hold conversations. Driehoek turns this into time slots for parents to choose from.
availability-empty = No availability has been given yet.
availability-who = Teacher
availability-time = Time
availability-add = Add time
availability-remove = Remove
availability-break-hint = A break? Add two blocks, for example 15:00–17:00 and 17:30–19:00.
availability-times-invalid = Enter a start and end time; the end must come after the start.

## Families
families-intro = Families without an appointment come first. E-mail not working? Phone, talk to parents in the playground, ask the pupil, or book a time yourself after a call. Record every attempt so the whole team knows what has been done.
round-remind-all = { $count ->
    [0] Everyone has an appointment
    [one] Send a reminder to 1 family without an appointment
   *[other] Send a reminder to { $count } families without an appointment
}
family-booked = Booked
family-not-booked = No appointment yet
family-invited = invited
family-reminded = reminded
family-resend = Send a new link
family-revoke = Revoke link
family-attempts = Contact attempts
family-log-attempt = Record a contact attempt
family-channel = How
family-attempt-note = What was agreed or what happened?
family-book-for = Book a time for the parents
family-slot = Time
family-on-behalf-of = On behalf of

## Day schedule
schedule-title = { $title }: { $name }
schedule-print-hint = Print this page for the conversation evening; buttons and menus are left out.
schedule-empty = There are no times in this round yet.
schedule-time = Time
schedule-pupil = Pupil
schedule-parents = Parents
schedule-notes = Parents' notes
schedule-attendance = Attendance
schedule-free = Free
schedule-new = new
schedule-orphaned = outside availability

## Calendar feed
calendar-title = Calendar feed
calendar-intro = Put your conversations into your own calendar (Outlook, Google, Apple) automatically. You get a secret address to add to your calendar as a subscription.
calendar-your-address = Your calendar address:
calendar-shown-once = Copy it now: for your security we show it only once. Share it with nobody.
calendar-make = Make a calendar address
calendar-renew = Make a new address
calendar-renew-hint = A new address stops the old one from working.

## Messages
flash-round-created = The round has been created. Now say when you are available.
flash-availability-added = The times have been added.
flash-availability-removed = The time has been removed. Appointments already in it stand.
flash-invitations-sent = The invitations are ready to be sent.
flash-reminders-sent = The reminders are ready to be sent.
flash-invitation-resent = A new link has been sent. The old link no longer works.
flash-invitation-revoked = The link has been revoked.
flash-attempt-logged = The contact attempt has been recorded.
flash-booked-for-family = The appointment has been booked. The parents get a confirmation if we have their e-mail address.
flash-problem-booking-just-taken = Someone else has just chosen that time. Choose another time.
flash-problem-booking-invalid-slot = That time does not belong to this pupil's teacher.
flash-problem-choose-channel = Choose how you tried to make contact.
flash-problem-choose-slot-and-guardian = Choose a time and the parent you are booking for.

## Booking page for parents

## Mail to parents

## School-made timetable and swaps
round-timetable-title = Timetable made by the school
round-timetable-intro = Prefer to make a timetable yourself? Driehoek gives every family without an appointment a time: brothers and sisters one after the other, and with the wishes you note for each family. Then send the invitations: parents confirm, choose another free time or swap among themselves.
round-timetable-make = Make the timetable
flash-timetable-made = The timetable has been made. Now send the invitations so parents can confirm their time.
family-constraint = The family's wishes for the timetable
family-constraint-earliest = Not before
family-constraint-latest = Not after
family-constraint-save = Save wish
flash-constraint-saved = The wish has been saved and counts when the timetable is made.
family-proposed = proposed, not yet confirmed
round-of-closed-year = This round belongs to school year { $year }, which has closed. You can still read everything; inviting, booking and changing times are no longer possible.
flash-problem-round-of-closed-year = This round belongs to a closed school year. Nothing was changed.
