### parent-exit.ftl — exit RSVP, follow-up questionnaire and the public summary.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
exit-conversations = { $count ->
    [one] 1 exit conversation this school year.
   *[other] { $count } exit conversations this school year.
}
exit-contributions = { $count ->
    [0] no responses
    [one] 1 response
   *[other] { $count } responses
}
exit-no-actions = There are no actions on the list yet.
action-status-planned = Planned
action-status-doing = In progress
action-status-done = Done
exit-summary-title = What we heard, what we do
exit-summary-intro = Families who said goodbye to the school looked back with us. Here you can read in outline what we heard and what we do with it. There are no names, and small numbers are left out so nobody is recognisable.
exit-summary-heard = What we heard
exit-summary-do = What we do
exit-too-few = too few responses to show
exit-summary-too-few-conversations = Too few conversations have been held yet to say anything here.
followup-title = How are things now?
followup-intro = { $child } left { $school } a while ago. We would like to know how things are going now, and whether our advice was right. It takes a few minutes.
followup-doing = How is { $child } doing at the new school?
followup-advice = Was the school's advice right?
followup-advice-yes = Yes
followup-advice-partly = Partly
followup-advice-no = No
followup-comment = Anything else you would like to tell the school?
followup-submit = Send
followup-thanks = Thank you! Your answer helps { $school } guide children even better.
session-kind-workshop = Themed evening
session-kind-panel = Parent panel
session-kind-cafe = Onderwijscafé (education café)
session-rsvp-title = Invitation
session-form = Form
session-when = When
session-purpose = Together we look back on the school years: what went well, what could be better? The conversation is open and informal and ends with a drink. We make a report without names; you will receive it, with what the school will do with it.
session-coming = Are you coming?
session-yes = Yes, I'm coming
session-no = No, I can't
session-people = With how many people (including yourself)
session-children-join = My child is coming to the return day
session-send = Send answer
session-full = Sorry, there is no longer enough room for that many people. Choose fewer people or let the school know you would like to come.
session-you-come = { $count ->
    [one] Great that you're coming!
   *[other] Great that you're coming with { $count } people!
}
session-you-dont = A pity you can't come. Would you still like to share something? An individual conversation is possible too.
flash-rsvp-saved = Thank you, your answer has been received.

## The exit report mail (moved from records.ftl; staff pages use the section headings too)
section-exit-own-child = Parents and their own child
section-exit-group-school = Parents and the group or school
section-exit-school-parents = How the school involved parents
section-exit-open = Open questions
section-exit-advice = Advice
section-exit-lookback = Looking back on this conversation
exit-report-what-we-do = What the school does with this:
exit-report-no-actions = We discuss what we heard in the team; the actions that follow are shared with all parents.
exit-report-signature =
    Kind regards,
    { $school }
