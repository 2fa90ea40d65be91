### Conversation records, agreements, communication plan and contact log

required = required

## Kinds of record
record-kind-start = Start-of-year conversation
record-kind-progress = Progress conversation
record-kind-closing = Closing conversation
record-kind-other = Other conversation or contact
record-new-start = Record a start-of-year conversation
record-new-progress = Record a progress conversation
record-new-closing = Record a closing conversation
record-new-other = Record another conversation
record-intro-start = A guide, not a questionnaire: note what came up. The conversation ends with this year's communication plan.
record-intro-progress = Start with what goes well. Put home and school side by side and end with agreements: what the pupil does, how the parents help, what the school does.
record-intro-closing = Look back together: were the results as expected, did the child feel safe, was the child challenged enough? The expectations from the first start-of-year conversation are shown alongside.
record-intro-other = A phone call, home visit or other conversation that was not part of a round.
record-status-draft = Draft
record-status-closed = Completed
record-who-when = When and who
record-who = Present
record-pupil-present = The pupil took part
record-pupil-was-there = the pupil
record-present-hint = Who else was there, for example "mother, father, care coordinator".
record-interpreter-hint = Name or organisation of the interpreter, if there was one. Never the child as interpreter.
record-by = recorded by { $name }
record-earlier-agreements = Agreements from earlier conversations
record-earlier-hint = Go through them together: what worked, what do we adjust?
record-first-expectations = Expectations from the first start-of-year conversation
record-barriers-info = Are there practical barriers, such as no laptop, bicycle or money worries? Point parents to what the municipality and the school can offer.
record-plan-ok = This year's communication plan has been made.
record-plan-needed = A start-of-year conversation ends with the communication plan. Make the plan together with the parents.
record-needs-plan = Make the communication plan first: a start-of-year conversation cannot be completed without it. Save the record as a draft until then.
record-required-missing = First fill in what goes well: that is where the conversation starts.
record-share = Parents may read this record
record-share-hint = Only shared records are visible to parents. Share what you discussed together.
record-sharing = Shared with parents
record-shared-yes = Yes, parents can read this
record-shared-no = No, for the school only
record-shared-badge = shared with parents
record-close = Complete the record
record-save-draft = Save as draft
records-title = Conversations
records-none = No conversations have been recorded yet.
field-held_on = Date
field-present = Also present
field-interpreter = Interpreter

## Sections and prompts
section-start-child = The child
section-start-ambition = Into the year together
section-start-expectations = Expectations both ways
section-start-practical = Practical matters
section-start-buddies = Parents helping parents
section-start-evening = Information evening
section-progress-well = What goes well
section-progress-cognitive = Learning (cognitive development)
section-progress-social = Social development
section-progress-motivation = Motivation and attendance
section-progress-interests = Interests
section-progress-career = School career
section-progress-circumstances = Special circumstances
section-closing = Looking back
section-other = Record
prompt-landed = How has the child settled into the group?
prompt-hint-landed = How were the first weeks, at home and at school?
prompt-proud = What is the child proud of?
prompt-hint-proud = Let the child tell it.
prompt-work-on = What does the child want to work on?
prompt-hint-work-on = In the child's own words.
prompt-ambition = What do we want to achieve together this year?
prompt-hint-ambition = The shared ambition of pupil, parents and school.
prompt-expect-parents = What do parents expect from the school?
prompt-hint-expect-parents = And what can and can't the school offer?
prompt-expect-school = What does the school expect from parents?
prompt-hint-expect-school = For example how parents help at home and respond to messages.
prompt-barriers = Practical barriers
prompt-hint-barriers = Laptop, bicycle, money worries, a place to do homework.
prompt-language = Language and interpreter
prompt-hint-language = Which language does the family speak at home? Is an interpreter needed in conversations?
prompt-buddy-can-help = Could this parent help another parent?
prompt-hint-buddy-can-help = For example with language, experience with dyslexia, or as an experienced parent.
prompt-buddy-wants-help = Would this parent like help from another parent?
prompt-hint-buddy-wants-help = We only put parents in touch with the consent of both.
prompt-info-evening = Information evening for the whole group
prompt-hint-info-evening = Would parents like a joint information evening, and when?
prompt-goes-well = What goes well?
prompt-hint-goes-well = Start with something positive about the child.
prompt-cognitive-home = Home
prompt-hint-cognitive-home = How do parents talk, play and read with their child?
prompt-cognitive-school = School
prompt-hint-cognitive-school = Results, what went well and what less so.
prompt-social-home = Home
prompt-hint-social-home = What do parents see at home?
prompt-social-school = School
prompt-hint-social-school = Behaviour and relationships in class.
prompt-motivation-home = Home
prompt-hint-motivation-home = Does the child like going to school? Reasons for absence or lateness?
prompt-motivation-school = School
prompt-hint-motivation-school = Motivation at school; always on time?
prompt-interests-home = Home
prompt-hint-interests-home = Free time, hobbies, clubs.
prompt-interests-school = School
prompt-hint-interests-school = Interests at school.
prompt-career-home = Home
prompt-hint-career-home = Expectations of pupil and parents.
prompt-career-school = School
prompt-hint-career-school = Depending on the year: settling in, careers, moving on to secondary school.
prompt-circumstances-home = Home
prompt-hint-circumstances-home = Illness, job loss, a move, a birth.
prompt-circumstances-school = School
prompt-hint-circumstances-school = A teacher away, school camp. Does anything need adjusting?
prompt-results-expected = Were the results as expected?
prompt-hint-results-expected = In the light of the expectations from the first conversation.
prompt-felt-safe = Did the child feel safe?
prompt-hint-felt-safe = At school, in the group, on the way.
prompt-challenged = Was the child challenged enough?
prompt-hint-challenged = Too much, too little, just right?
prompt-advice = Advice and tips for the school
prompt-hint-advice = What can the school learn from this family?
prompt-summary = What was discussed?
prompt-hint-summary = Brief and factual.

## Agreements
agreements-title = Agreements
agreements-none = There are no agreements yet.
agreement-three-parties = Every agreement says what the pupil does, how the parents help and what the school contributes, and when we will look back on it together.
agreement-legend = Agreement { $n }
agreement-topic = About
agreement-pupil = The pupil
agreement-parents = The parents
agreement-school = The school
agreement-review = Look back on
agreement-overdue = overdue
agreement-add = Add an agreement
agreement-review-invalid = Enter a valid date, for example 15-01-2027.
agreement-status-open = Ongoing
agreement-status-done = Achieved
agreement-status-adjusted = Adjusted
agreement-status-dropped = Dropped

## Communication plan
plan-title = Communication plan { $year }
plan-intro = Agree with parents and pupil how and when you will be in touch, fitted to what this pupil needs. A worried parent is called next week; where all is well, the next moment may be months later.
plan-make = Make the communication plan
plan-edit = Change the plan
plan-none = There is no communication plan for this school year yet.
plan-channels = How we keep in touch
plan-pupil-arranges = The pupil arranges contact themselves
plan-reachable-hint = For example "Tuesday after school, or by e-mail".
plan-response-hint = For example "within two working days; we confirm at once that we have your message".
plan-moments = Contact moments
plan-add-moments = Add contact moments
plan-moments-hint = With a date, or a description such as "week after the first report" or "short evaluation early June".
plan-save = Save plan
plan-channel-required = Choose at least one way of keeping in touch, or that the pupil arranges it.
plan-channel-visit-day = Meeting at school during the day
plan-channel-visit-evening = Meeting at school in the evening
plan-channel-phone = Phone
plan-channel-video = Video call
plan-channel-email = E-mail
plan-channel-messaging = Messaging app
plan-channel-home-visit = Home visit
field-reachable = When the teacher can be reached
field-response_time = How fast we respond
field-notes = Also agreed
moment-legend = Contact moment { $n }
moment-description = What and when
moment-due = Date (if there is one)
moment-with-pupil = With the pupil present
moment-without-pupil = without the pupil
moment-done = done
moment-mark-done = Tick off

## Contact log
contact-log-title = Contact with home
contact-log-none = No contact recorded yet.
contact-add = Record contact
contact-channel = How
contact-summary = What was discussed?
contact-positive = positive news
contact-positive-label = This was positive news
log-channel-phone = Phone
log-channel-email = E-mail
log-channel-visit = Visit
log-channel-message = Message
log-channel-conversation = Conversation

## Messages
flash-record-saved = The record has been saved as a draft.
flash-record-closed = The record has been completed.
flash-plan-saved = The communication plan has been saved.
flash-agreement-saved = The agreement has been recorded.
flash-contact-saved = The contact has been recorded.
flash-problem-agreement-incomplete = Fill in the agreement, with a valid date to look back on it.
flash-problem-contact-incomplete = Write briefly what was discussed.

## Audit log
audit-title = Who looked at what
audit-intro = Every time someone views or changes a pupil's record, it is listed here. This list cannot be changed.
audit-when = When
audit-who = Who
audit-what = What
audit-action-view = Viewed
audit-action-create = Added
audit-action-update = Changed
audit-entity-pupil = pupil page
audit-entity-record = conversation record
audit-entity-plan = communication plan
audit-entity-agreement = agreement
audit-entity-contact = contact
audit-entity-contact_moment = contact moment

## Home page
home-due = On the agenda
home-overdue-agreements = Agreements to look back on
home-moments-due = Contact moments this week
home-no-positive = No positive news for a long time
home-no-positive-hint = For these pupils no positive news has been shared with home for { $weeks } weeks. A short message about something that goes well makes a big difference.
nav-audit = Audit

## Special educational needs
opp-title = Development perspective plan (OPP)
opp-intro = Does this pupil have an OPP? Its action part needs the parents' consent; without consent the school may not give the extra support. Record every step: asked, given, refused or withdrawn.
opp-explained = What is an OPP?
opp-none = No OPP has been recorded.
opp-history = Earlier steps
opp-record = Record a step
opp-decision = Consent to the action part
opp-by = By which parent
opp-status-asked = Asked, no decision yet
opp-status-given = Consent given
opp-status-refused = Refused
opp-status-withdrawn = Withdrawn
flash-opp-saved = The step has been recorded.
flash-problem-opp-incomplete = Choose a decision and fill in the date.
audit-entity-opp = OPP

## Parents: own page
parent-title = For parents and carers
parent-intro = Enter your e-mail address. You will receive a link to sign in for fifteen minutes. You then see your child's agreements and communication plan, and the conversation records the school shares with you.
parent-send-link = Send me a link
parent-link-sent = If we know this e-mail address, a link is on its way. The link works for fifteen minutes, once.
parent-link-ready = Press the button to continue.
parent-open = Go to my child's page
parent-link-invalid = This link no longer works: it has been used or has expired. Request a new one.
parent-children-title = My children
parent-hello = Welcome, { $name }.
parent-no-children = No children are linked to you. If that is wrong, please contact the school.
parent-plan = How we keep in touch
parent-no-plan = There is no communication plan for this school year yet.
parent-confirmed = You confirmed this agreement
parent-your-comment = Your comment:
parent-confirm-agreement = I agree with this agreement
parent-comment = A comment for the teacher (optional)
parent-send-response = Send
parent-records = Conversation records
parent-no-records = The school has not shared any records with you yet.
parent-no-authority = As you do not have parental authority, you see the communication plan and the agreements here, but not the conversation records. Questions? Please contact the school.
parent-terms = Words the school uses:
parent-terms-link = school terms explained
parent-link-subject = Your link to sign in to Driehoek
parent-link-body =
    Dear { $name },

    With this link you sign in to see your child's agreements and communication plan. The link works for fifteen minutes, once:
    { $link }

    Didn't ask for a link? Then you can ignore this e-mail.
flash-parent-response-saved = Thank you, your response has been passed on to the school.
flash-problem-parent-signed-out = You are not signed in (any more). Request a new link below.
agreement-responses = Parents' response

## School
nav-school = School
school-settings-title = School details
field-contact = Contact with the school
field-help_info = Practical help for parents
school-contact-hint = For example "office@school.nl or 030-123 45 67". Parents see this when they want to change something after sign-up has closed.
school-help-hint = Where can parents turn for money worries, a laptop or bicycle for their child, homework support? This text is on a public page that teachers can show during the start-of-year conversation. An empty line starts a new paragraph.
school-help-preview = See the page as parents see it
school-help-title = Practical help
school-help-empty = The school has not put any information here yet. Feel free to ask the teacher where you can turn.
school-contact = Contact:
moment-invite = Invite to choose a time
flash-moment-round-created = An invitation for this pupil only has been prepared. Say when you are available and send the invitation.
field-plan = Communication plan
field-answers = Record
field-agreements = Agreements
field-moments = Contact moments
field-channels = Ways of keeping in touch
record-continue = Continue this record
record-plan-save-first = Save the record as a draft first, so you can pick up where you left off after the plan.

## Coverage
nav-coverage = Coverage
coverage-title = Coverage: has everyone been reached?
coverage-intro = Per group and per teacher: how many pupils had their start-of-year conversation in the first three weeks, have a communication plan and at least two progress conversations? And who was not reached in a round?
coverage-start = Start conversation in the first three weeks
coverage-plan = Communication plan
coverage-progress = Two or more progress conversations
coverage-overdue = Agreements overdue
coverage-not-reached = Not reached in a round
coverage-opp-pending = OPP consent pending
coverage-by-group = Per group
coverage-by-teacher = Per teacher
coverage-chart-title = Coverage per group
coverage-chart-caption = Three bars per group: start conversation, communication plan, progress conversations. The percentages are written next to the bars.
coverage-csv = Export (CSV)
coverage-csv-level = Level
coverage-csv-name = Name
coverage-csv-school = School
coverage-csv-group = Group
coverage-csv-teacher = Teacher

## Exit conversations
nav-exit = Leavers and exit
record-kind-exit = Exit conversation
record-new-exit = Record an exit conversation
record-intro-exit = Look back together on the years at school, along the twelve cells of the involvement matrix: how parents were involved with their own child, with the group and school, and how the school was involved with them. Everything said goes into the record.
section-exit-own-child = Parents and their own child
section-exit-group-school = Parents and the group or school
section-exit-school-parents = The school and the parents
section-exit-open = Open questions
section-exit-advice = Advice
section-exit-lookback = Looking back on this conversation
prompt-cell-1 = 1. Empathising with their own child
prompt-hint-cell-1 = Was it easy to follow how your child was doing?
prompt-cell-2 = 2. Helping their own child
prompt-hint-cell-2 = Could you help well with learning at home?
prompt-cell-3 = 3. Thinking along about their own child
prompt-hint-cell-3 = Was your knowledge of your child used?
prompt-cell-4 = 4. Deciding about their own child
prompt-hint-cell-4 = Did you have a say in important choices, such as the advice?
prompt-cell-5 = 5. Empathising with group and school
prompt-hint-cell-5 = Did you know what was going on in the group and at school?
prompt-cell-6 = 6. Helping in group and school
prompt-hint-cell-6 = Class parent, parent council, helping with activities.
prompt-cell-7 = 7. Thinking along about group and school
prompt-hint-cell-7 = Was your opinion asked?
prompt-cell-8 = 8. Deciding about the school
prompt-hint-cell-8 = Participation council and other ways to have a say.
prompt-cell-9 = 9. The school empathised with the family
prompt-hint-cell-9 = How involved was the school with your home situation?
prompt-cell-10 = 10. The school helped the family
prompt-hint-cell-10 = For example with practical matters or worries.
prompt-cell-11 = 11. The school thought along with the family
prompt-hint-cell-11 = Were you helped with questions and choices?
prompt-cell-12 = 12. The school let parents decide
prompt-hint-cell-12 = Could you really make a difference?
prompt-mattered = When did the school really matter?
prompt-hint-mattered = A moment that stayed with you.
prompt-successes = What went well?
prompt-hint-successes = Successes you want to mention.
prompt-pain-points = What hurt or went wrong?
prompt-hint-pain-points = As concretely as possible.
prompt-learn = What should the school learn from this?
prompt-hint-learn = A lesson for the children who stay.
prompt-advice-school = Advice to the school
prompt-hint-advice-school = What would you do differently?
prompt-advice-parents = Advice to new parents
prompt-hint-advice-parents = What do you wish you had known earlier?
prompt-lookback-well = What went well in this conversation?
prompt-hint-lookback-well = A short look back at the conversation itself.
prompt-lookback-better = What could be better about this conversation?
prompt-hint-lookback-better = For the next exit conversations.
leaving-title = Leaving
leaving-mark = Record leaving
leaving-hint = Leave the date empty if the pupil stays after all.
leaving-on = Leaving date
leaving-reason = Reason
leaving-destination = To which school
leaving-reason-end-primary = End of primary school
leaving-reason-move = Moving house
leaving-reason-transfer = Transfer to another school
leaving-reason-other = Other
exit-title = Leavers and exit conversations
exit-intro = Who is leaving this year, what did leaving families say, and what does the school do with it? Discuss the action list in the team and let the parents who stay know what happens.
exit-public-link = Summary for parents
exit-leavers = Pupils leaving
exit-no-leavers = No pupils leaving have been recorded this school year yet.
exit-family = Family
exit-last-child = last child at school
exit-conversation = Exit conversation
exit-held = held
exit-matrix = What we heard, per cell of the matrix
exit-conversations = { $count ->
    [one] 1 exit conversation this school year.
   *[other] { $count } exit conversations this school year.
}
exit-contributions = { $count ->
    [0] no responses
    [one] 1 response
   *[other] { $count } responses
}
exit-actions = Action list
exit-no-actions = There are no actions on the list yet.
action-add = Add an action
action-what = What we will do
action-owner = Who owns it
action-due = Done by
action-source = Prompted by
action-status-planned = Planned
action-status-doing = In progress
action-status-done = Done
exit-summary-title = What we heard, what we do
exit-summary-intro = Families who said goodbye to the school looked back with us. Here you can read in outline what we heard and what we do with it. There are no names, and small numbers are left out so nobody is recognisable.
exit-summary-heard = What we heard
exit-summary-do = What we do
exit-too-few = too few responses to show
exit-summary-too-few-conversations = Too few conversations have been held yet to say anything here.
flash-leaving-saved = The leaving has been recorded.
flash-problem-leaving-incomplete = Enter a valid date.
flash-action-saved = The action is on the list.
flash-problem-action-incomplete = Describe what is going to happen.
exit-report-title = Report for the parents
exit-report-sent-badge = Sent
exit-report-approve-intro = Once you approve, the parents receive this report by e-mail, with in outline what the school does with what it heard (the action list).
exit-report-approve = Approve and send
exit-report-waiting = The report goes to the parents as soon as the director has approved it.
exit-report-subject = Report of the exit conversation about { $child }
exit-report-intro =
    Dear { $name },

    Thank you for the conversation on { $date }, in which we looked back together on { $child }'s time at school. Below is what we wrote down.
exit-report-what-we-do = What the school does with this:
exit-report-no-actions = We discuss what we heard in the team; the actions that follow are shared with all parents.
exit-report-signature =
    Kind regards,
    { $school }
flash-exit-report-sent = The report has been approved and is going to the parents.
exit-years = Comparison with earlier years
exit-year = School year
exit-years-hint = The number of responses per cell of the matrix (1 to 12) per school year.

## Follow-up
followup-section = How are they doing now? (after half a year)
followup-stats = { $sent } families asked, { $answered } answers.
followup-send = { $count ->
    [one] Send the questionnaire to 1 parent of a pupil who left half a year ago
   *[other] Send the questionnaire to { $count } parents of pupils who left half a year ago
}
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
followup-subject = How is { $child } doing?
followup-body =
    Dear { $name },

    A while ago { $child } left { $school }. We would like to know how things are going now, and whether our advice was right. Would you answer three short questions?
    { $link }

    Kind regards,
    { $school }
flash-followups-sent = The questionnaires are ready to be sent.

## Group sessions when leaving
session-section = Looking back in groups
session-intro = Invite leaving families to a themed evening, a parent panel or an onderwijscafé. They answer through a personal link.
session-none = No group sessions have been planned yet.
session-new = Plan a group session
session-create = Plan
session-capacity = How many people can come
session-return-day-option = A return day for the former pupils at the same time
session-with-return-day = with return day
session-invite = Invite the families
session-counts = { $yes } of { $capacity } places taken
session-invited-counts = { $invited } invited, { $no } cannot come
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
flash-session-saved = The group session has been planned. Now invite the families.
flash-session-invited = The invitations are ready to be sent.
flash-problem-session-incomplete = Fill in a title, date, time and a valid number of places.
flash-rsvp-saved = Thank you, your answer has been received.
school-exit-policy = Looking back when leaving
school-exit-policy-each = A family is invited whenever a child leaves
school-exit-policy-last = A family is invited when its last child leaves
school-exit-policy-hint = A good moment for leavers of groep 8 is January, after the first report at the new school.
exit-advice = Advice
exit-advice-school = To the school ({ $count })
exit-advice-parents = To new parents ({ $count })
nav-board = Board
coverage-board-title = Coverage per school
coverage-board-intro = For the school board: per school, how many pupils had their conversations, and who was not reached.
session-record = Record
session-record-intro = Note what was said in the group, without names, along the same cells and questions as an exit conversation. It counts in the overview and the summary for parents.
session-coming-count = { $count ->
    [one] 1 family signed up
   *[other] { $count } families signed up
}
session-report-approve-intro = Once you approve, the families who signed up receive the report by e-mail, with what the school does with it.
session-report-subject = Report: { $title }
session-report-intro =
    Dear { $name },

    Thank you for coming to "{ $title }" on { $when }. Below is, in outline, what was said, without names.
