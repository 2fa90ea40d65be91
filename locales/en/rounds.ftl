### Conversation rounds, availability, invitations and booking

nav-rounds = Conversations
word-and = and
show = Show
attention-prefix = Please note:

## Kinds of conversation and forms
round-kind-start = Start-of-year conversation
round-kind-progress = Progress conversation
round-kind-exit = Exit conversation
round-kind-other = Other conversation
round-form-school = At school
round-form-video = Video call
round-form-phone = By phone
round-form-home = Home visit
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
flash-booked = Your appointment is booked. You will receive a confirmation by e-mail.
flash-booking-changed = Your appointment has been changed. You will receive a confirmation by e-mail.
flash-booking-cancelled = Your appointment has been cancelled. You can choose a new time below.

## Booking page for parents
booking-hello = Dear { $name }, please choose a time for the conversation below.
booking-duration = Length
booking-minutes = { $minutes } minutes
booking-place = Where
booking-attendees = Who attends
booking-deadline = Choose or change until
booking-info-prefix = Please note:
booking-not-yet-open = You can choose a time from { $when }.
booking-closed-contact = Sign-up has closed. Would you like to change something? Please contact { $school }.
booking-child-group = Group { $group } · { $teachers }
booking-yours = Your appointment:
booking-cancel = Cancel
booking-other-parent = { $who } has already booked a conversation: { $when }. You are very welcome to come along. Prefer a conversation of your own? Choose a time below.
booking-choose = Choose a time
booking-choose-other = Prefer another time?
booking-note = Anything you would like the teacher to know? (optional)
booking-note-hint = For example topics you would like to discuss, or that you are bringing someone.
booking-interpreter = I would like an interpreter at the conversation
booking-submit = Choose this time
booking-submit-change = Change to this time
booking-no-slots = No times are free at the moment. Please contact { $school } and we will find a moment together.
booking-pairs-title = Brothers and sisters one after the other
booking-pairs-intro = One trip to school: choose two conversations straight after each other, for { $first } and { $second }.
booking-pairs-legend = Choose a combination
booking-pairs-submit = Book both conversations
booking-link-private = This page is for you only: please do not forward the link.
booking-just-taken = Just too late: another parent has just chosen that time. Below are the times that are still free.
booking-invalid-slot = That time could not be chosen. Please choose one of the times below.
booking-closed = Sign-up has closed; nothing has changed.
booking-choose-slot = Please choose a time first.

## Mail to parents
invite-subject = Invitation: { $title } ({ $school })
invite-reminder-subject = Reminder: choose a time for { $title }
invite-reminder-intro = We have not received a time from you yet. We would love to see you: please choose a moment through the link below.
invite-pupil-expected = Your child takes part in the conversation; younger brothers or sisters are welcome too.
invite-pupil-not-expected = We hold this conversation without your child.
invite-attendees-teacher = your child's teacher
invite-body-start =
    Dear { $parent },

    At the start of the school year we would like to get to know you and hear how { $children } is doing. In this start-of-year conversation you tell us what you know about your child, and together we agree how we will stay in touch this year. You know your child best; we know how children learn. Together we get the most out of it.

    We look forward to seeing you. { $pupil }
    The conversation takes { $duration } minutes. Where: { $place }. Attending: { $attendees }.

    Please choose a time that suits you before { $deadline }:
    { $link }

    None of the times suit you? Let us know and we will find another moment together. If you need an interpreter, we will arrange one.

    Kind regards,
    { $school }
invite-body-progress =
    Dear { $parent },

    We would like to talk with you about how { $children } is doing: at school and at home, what goes well and what we are working on together. We will also look back at the agreements from last time.

    We look forward to seeing you. { $pupil }
    The conversation takes { $duration } minutes. Where: { $place }. Attending: { $attendees }.

    Please choose a time before { $deadline }:
    { $link }

    Kind regards,
    { $school }
invite-body-exit =
    Dear { $parent },

    { $children } is leaving our school. We would like to look back with you: what went well, what could be better, and what will you take with you? What you tell us helps us improve the school for the children who stay. You will receive a report of the conversation and hear what we do with it.

    The conversation takes { $duration } minutes. Where: { $place }. Attending: { $attendees }.

    Please choose a time before { $deadline }:
    { $link }

    Kind regards,
    { $school }
invite-body-other =
    Dear { $parent },

    We invite you to a conversation about { $children }. { $pupil }
    The conversation takes { $duration } minutes. Where: { $place }. Attending: { $attendees }.

    Please choose a time before { $deadline }:
    { $link }

    Kind regards,
    { $school }
booking-mail-greeting = Dear { $name },
booking-mail-line = { $child }: { $when }, with { $teacher }.
booking-mail-cancelled-line = Cancelled: the conversation about { $child } on { $when }.
booking-mail-practical = Where: { $place }. Attending: { $attendees }. You can change or cancel until { $deadline } through the same link as in the invitation.
booking-mail-signature =
    See you soon!
    { $school }
booking-mail-subject-booked = Confirmation: { $title }
booking-mail-subject-changed = Changed: { $title }
booking-mail-subject-cancelled = Cancelled: { $title }
booking-calendar-summary = { $title }: { $child }
booking-calendar-description = Conversation with { $teacher }. Attending: { $attendees }.
booking-reminder-subject = Reminder: { $title }, { $when }
booking-reminder-body =
    Dear { $name },

    A reminder of the conversation about { $child }: { $when }, with { $teacher }. Where: { $place }.

    Can't make it after all? Please let us know as soon as possible and we will find another moment.

    See you soon!
    { $school }

## School-made timetable and swaps
invite-proposed-intro = We have already planned a time for you:
invite-proposed-outro = Does this time suit you? Confirm it through the link above. It doesn't? Choose another free time there, or ask another family to swap.
swap-request-subject = Would you like to swap? { $title }
swap-request-body =
    Dear { $name },

    Another family asks whether you would like to swap times. Your conversation about { $child } is at { $yours }; theirs is at { $theirs }.

    Open the link from the invitation to say yes or no. If you do nothing, everything stays as it is.

    Kind regards,
    { $school }
swap-declined-subject = The swap is not going ahead: { $title }
swap-declined-body =
    Dear { $name },

    The other family prefers to keep their time. Your conversation about { $child } stays at { $yours }. Through the link from the invitation you can choose another free time.

    Kind regards,
    { $school }
booking-proposed = Proposed by the school:
booking-confirm = Confirm this time
booking-swap-title = Swap with another family
booking-swap-intro = Your time doesn't suit you, and no free time does? Ask another family with the same teacher to swap. They receive an e-mail; only when they say yes do you change times.
booking-swap-legend = Which time would you like to swap with?
booking-swap-submit = Send swap request
booking-swap-incoming = Another family would like to swap: your time { $mine } for their time { $theirs }.
booking-swap-outgoing = You asked to swap to { $theirs }. We are waiting for the other family's answer.
booking-swap-accept = Yes, swap
booking-swap-decline = No, I'll keep my time
flash-booking-confirmed = Thank you: the time is confirmed. You will receive a confirmation by e-mail.
flash-swap-requested = Your swap request has been sent. You will hear as soon as the other family answers.
flash-swap-accepted = Swapped! You will receive the new time by e-mail.
flash-swap-declined = You keep your own time. The other family will be told.
flash-problem-swap-failed = This swap is not possible (any more): one of the times may have changed in the meantime.
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
