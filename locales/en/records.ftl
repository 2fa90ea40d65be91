### Conversation records, agreements, communication plan and contact log

required = required

## Kinds of record
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
prompt-hint-landed = How were the first weeks, at home and at school?
prompt-hint-proud = Let the child tell it.
prompt-hint-work-on = In the child's own words.
prompt-hint-ambition = The shared ambition of pupil, parents and school.
prompt-hint-expect-parents = And what can and can't the school offer?
prompt-hint-expect-school = For example how parents help at home and respond to messages.
prompt-hint-barriers = Laptop, bicycle, money worries, a place to do homework.
prompt-hint-language = Which language does the family speak at home? Is an interpreter needed in conversations?
prompt-hint-buddy-can-help = For example with language, experience with dyslexia, or as an experienced parent.
prompt-hint-buddy-wants-help = We only put parents in touch with the consent of both.
prompt-hint-info-evening = Would parents like a joint information evening, and when?
prompt-hint-goes-well = Start with something positive about the child.
prompt-hint-cognitive-home = What do parents do with their child at home: reading aloud, games, talking things over?
prompt-hint-cognitive-school = Results, what went well and what less so.
prompt-hint-social-home = What do parents see at home?
prompt-hint-social-school = Behaviour and relationships in class.
prompt-hint-motivation-home = Does the child like going to school? Reasons for absence or lateness?
prompt-hint-motivation-school = Motivation at school; always on time?
prompt-hint-interests-home = What does the child do after school and at weekends: sport, music, friends?
prompt-hint-interests-school = Interests at school.
prompt-hint-career-home = What do the pupil and the parents hope for later?
prompt-hint-career-school = Depending on the year: settling in, careers, moving on to secondary school.
prompt-hint-circumstances-home = Illness, job loss, a move, a birth.
prompt-hint-circumstances-school = A teacher away, school camp. Does anything need adjusting?
prompt-hint-results-expected = In the light of the expectations from the first conversation.
prompt-hint-felt-safe = At school, in the group, on the way.
prompt-hint-challenged = Too much, too little, just right?
prompt-hint-advice = What can the school learn from this family?
prompt-hint-summary = Brief and factual.

## Agreements
agreement-three-parties = Every agreement says what the pupil does, how the parents help and what the school contributes, and when we will look back on it together.
agreement-legend = Agreement { $n }
agreement-topic = About
agreement-overdue = overdue
agreement-add = Add an agreement
agreement-review-invalid = Enter a valid date, for example 15-01-2027.

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

## Home page
home-due = On the agenda
home-overdue-agreements = Agreements to look back on
home-moments-due = Contact moments this week
home-no-positive = No positive news for a long time
home-no-positive-hint = For these pupils no positive news has been shared with home for { $weeks } weeks. A short message about something that goes well makes a big difference.
nav-audit = Activity log

## Special educational needs
opp-title = Development perspective plan (OPP)
opp-intro = Does this pupil have an OPP? Its action part needs the parents' consent; without consent the school may not give the extra support. Record every step: asked, given, refused or withdrawn.
opp-explained = What is an OPP?
opp-none = No OPP has been recorded.
opp-history = Earlier steps
opp-record = Record a step
opp-decision = Consent to the action part
opp-by = By which parent
flash-opp-saved = The step has been recorded.
flash-problem-opp-incomplete = Choose a decision and fill in the date.

## Parents: own page
flash-problem-parent-signed-out = You are not signed in (any more). Request a new link below.
agreement-responses = Parents' response

## School
nav-school = School
school-settings-title = School details
field-contact = How contact with the school went
field-help_info = Practical help for parents
school-contact-hint = For example "office@school.nl or 030-123 45 67". Parents see this when they want to change something after sign-up has closed.
school-help-hint = Where can parents turn for money worries, a laptop or bicycle for their child, homework support? This text is on a public page that teachers can show during the start-of-year conversation. An empty line starts a new paragraph.
school-help-preview = See the page as parents see it
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
record-new-exit = Record an exit conversation
record-intro-exit = Look back together on the years at school, along the twelve cells of the involvement matrix: how parents were involved with their own child, with the group and school, and how the school was involved with them. Everything said goes into the record.
prompt-hint-cell-1 = Was it easy to follow how your child was doing?
prompt-hint-cell-2 = Could you help well with learning at home?
prompt-hint-cell-3 = Was your knowledge of your child used?
prompt-hint-cell-4 = Did you have a say in important choices, such as the advice?
prompt-hint-cell-5 = Did you know what was going on in the group and at school?
prompt-hint-cell-6 = Class parent, parent council, helping with activities.
prompt-hint-cell-7 = Was your opinion asked?
prompt-hint-cell-8 = Participation council and other ways to have a say.
prompt-hint-cell-9 = How involved was the school with your home situation?
prompt-hint-cell-10 = For example with practical matters or worries.
prompt-hint-cell-11 = Were you helped with questions and choices?
prompt-hint-cell-12 = Could you really make a difference?
prompt-hint-mattered = A moment that stayed with you.
prompt-hint-successes = Successes you want to mention.
prompt-hint-pain-points = As concretely as possible.
prompt-hint-learn = A lesson for the children who stay.
prompt-hint-advice-school = What would you do differently?
prompt-hint-advice-parents = What do you wish you had known earlier?
prompt-hint-lookback-well = A short look back at the conversation itself.
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
exit-actions = Action list
action-add = Add an action
action-what = What we will do
action-owner = Who owns it
action-due = Done by
action-source = Prompted by
flash-leaving-saved = The leaving has been recorded.
flash-problem-leaving-incomplete = Enter a valid date.
flash-action-saved = The action is on the list.
flash-problem-action-incomplete = Describe what is going to happen.
exit-report-title = Report for the parents
exit-report-sent-badge = Sent
exit-report-approve-intro = Once you approve, the parents receive this report by e-mail, with in outline what the school does with what it heard (the action list).
exit-report-approve = Approve and send
exit-report-waiting = The report goes to the parents as soon as the director has approved it.
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
flash-session-saved = The group session has been planned. Now invite the families.
flash-session-invited = The invitations are ready to be sent.
flash-problem-session-incomplete = Fill in a title, date, time and a valid number of places.
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
