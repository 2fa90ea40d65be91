# PLACEHOLDER — replaced by translation
### parent-booking.ftl — the booking page (also the school-made timetable).
### Parent-facing: every key here is translated into every language in locales/.

## (moved from rounds.ftl)
round-form-school = At school
round-form-video = Video call
round-form-phone = By phone
round-form-home = Home visit
flash-booked = Your appointment is booked. You will receive a confirmation by e-mail.
flash-booking-changed = Your appointment has been changed. You will receive a confirmation by e-mail.
flash-booking-cancelled = Your appointment has been cancelled. You can choose a new time below.
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
invite-pupil-expected = Your child takes part in the conversation; younger brothers or sisters are welcome too.
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

## (moved from trust-rounds.ftl)
booking-nothing-cancelled = Nothing was cancelled: this appointment is not (or no longer) yours. Below you can see how things stand now.
booking-nothing-confirmed = Nothing was confirmed: this time is not (or no longer) a proposal waiting for you. Below you can see how things stand now.
booking-swap-not-in-this-round = Swapping is only possible when the school has made the timetable. You can choose another free time yourself below.
booking-swap-too-many-open = You already have enough swap requests waiting. Please wait for an answer before you ask again.
booking-swap-too-soon = You have just made several swap requests. Please try again later, so other families do not receive too many messages.
booking-swap-too-many = You have reached the highest number of swap requests for this round. Please contact the school if you still need another time.
