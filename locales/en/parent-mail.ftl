### parent-mail.ftl — every mail to parents.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
parent-link-subject = Your link to sign in to Driehoek
parent-link-body =
    Dear { $name },

    With this link you sign in to see your child's agreements and communication plan. The link works for fifteen minutes, once:
    { $link }

    Didn't ask for a link? Then you can ignore this e-mail.
exit-report-subject = Report of the exit conversation about { $child }
exit-report-intro =
    Dear { $name },

    Thank you for the conversation on { $date }, in which we looked back together on { $child }'s time at school. Below is what we wrote down.
followup-subject = How is { $child } doing?
followup-body =
    Dear { $name },

    A while ago { $child } left { $school }. We would like to know how things are going now, and whether our advice was right. Would you answer three short questions?
    { $link }

    Kind regards,
    { $school }
session-return-day = At the same time there is a return day for the former pupils: your child is very welcome.
session-invite-subject = Invitation: { $title }
session-invite-body =
    Dear { $name },

    Your child is leaving (or has left) { $school }. We would like to look back on the school years together with you and other parents: what went well, what could be better, what should we learn? We make a report without names; you will receive it, with what the school does with it.

    Form: { $form }. When: { $when }, about { $minutes } minutes. Where: { $place }.

    Please let us know through this link whether you are coming:
    { $link }

    Kind regards,
    { $school }
session-report-subject = Report: { $title }
session-report-intro =
    Dear { $name },

    Thank you for coming to "{ $title }" on { $when }. Below is, in outline, what was said, without names.

## (moved from rounds.ftl)
word-and = and
invite-subject = Invitation: { $title } ({ $school })
invite-reminder-subject = Reminder: choose a time for { $title }
invite-reminder-intro = We have not received a time from you yet. We would love to see you: please choose a moment through the link below.
invite-pupil-not-expected = We hold this conversation without your child.
invite-attendees-teacher = your child's teacher
invite-body-start =
    Dear { $parent },

    At the start of the school year we would like to get to know you and hear how things are going for { $children }. In this start-of-year conversation you tell us what you know about your child, and together we agree how we will stay in touch this year. You know your child best; we know how children learn. Together we get the most out of it.

    We look forward to seeing you. { $pupil }
    The conversation takes { $duration } minutes. Where: { $place }. Attending: { $attendees }.

    Please choose a time that suits you before { $deadline }:
    { $link }

    None of the times suit you? Let us know and we will find another moment together. If you need an interpreter, we will arrange one.

    Kind regards,
    { $school }
invite-body-progress =
    Dear { $parent },

    We would like to talk with you about how things are going for { $children }: at school and at home, what goes well and what we are working on together. We will also look back at the agreements from last time.

    We look forward to seeing you. { $pupil }
    The conversation takes { $duration } minutes. Where: { $place }. Attending: { $attendees }.

    Please choose a time before { $deadline }:
    { $link }

    Kind regards,
    { $school }
invite-body-exit =
    Dear { $parent },

    The time has come for { $children } to leave our school. We would like to look back with you: what went well, what could be better, and what will you take with you? What you tell us helps us improve the school for the children who stay. You will receive a report of the conversation and hear what we do with it.

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

## (moved from trust-people.ftl)
guardian-email-changed-subject = Your e-mail address was changed at the school
guardian-email-changed-body =
    Dear { $name },

    The school changed your e-mail address in Driehoek. Messages from the school now go to the new address, and links you received earlier no longer work.

    Did you not ask for this change? Please contact the school as soon as possible.

## Added after the split (issue 11)
# Follows our standard invitation when the school wrote its own note (always in Dutch).
invite-school-note-dutch = Below is the school's own message. It is in Dutch. Would you like an interpreter at the conversation? Say so when you choose a time, or ask the school.
