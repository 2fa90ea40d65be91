# The pupil's part in progress conversations: the per-grade setting, the mentor's page, the
# pupil's own preparation page (pupils read Dutch or English).

pupilprep-settings-title = Pupil at the progress conversation
pupilprep-settings-intro = Choose per grade whether the pupil attends the progress conversations. A new conversation round takes this over; when making a round you can still choose differently.
pupilprep-settings-grades = The pupil attends in
pupilprep-settings-grades-hint = Ticked: the pupil comes along and can prepare the conversation beforehand.
pupilprep-settings-links = The pupil's personal link
pupilprep-settings-mail-parents = Mentors may also mail the link to the parents
pupilprep-settings-links-hint = The mentor always prints slips with the link and a QR code. With this box ticked the mentor can also mail the link to the parents, in their own language.
pupilprep-settings-link = Pupil at the conversation, per grade
pupilprep-grade-po = groep { $grade }
pupilprep-grade-so = groep { $grade } (special education)
pupilprep-grade-vo = year { $grade }
pupilprep-grade-vso = year { $grade } (special secondary)
pupilprep-grade-mbo = year { $grade } (mbo)

pupilprep-round-default-attends = By the per-grade setting the pupil attends these conversations.
pupilprep-round-default-without = By the per-grade setting the pupil does not attend these conversations.
pupilprep-round-mixed = The chosen groups differ: in { $attending } the pupil attends, in { $without } not. Choose whether the pupil attends this round.
pupilprep-round-attends-grade = as set for the grade
pupilprep-round-attends-yes = yes, the pupil attends
pupilprep-round-attends-no = no, without the pupil
pupilprep-round-attends-legend = Does the pupil attend the conversation?
pupilprep-attends-mark = pupil attends

pupilprep-round-title = Preparation by pupils
pupilprep-round-link = Preparation by pupils
pupilprep-round-intro = Your pupils prepare the conversation with a short form: what went well, what I want to work on, what I need. Give them their personal link on a slip.
pupilprep-round-count = { $prepared } of { $total } pupils have prepared the conversation.
pupilprep-round-empty = This round has no pupils you can see.
pupilprep-print-all = Print slips for all pupils
pupilprep-print-one = Slip
pupilprep-mail-all = Mail the links to the parents
pupilprep-links-note = Every slip and every mail makes a new link. Earlier links keep working until the round is over.
pupilprep-links = Links
pupilprep-state = Preparation
pupilprep-slip = Print
pupilprep-prepared = prepared
pupilprep-not-yet = Not prepared yet.
pupilprep-leads = would like to lead the conversation
pupilprep-to-pupil = To the pupil's page
pupilprep-slips-title = Slips for pupils
pupilprep-slips-count = { $count } slips. Print this page and cut the slips apart.
pupilprep-slips-back = Back to the preparation
pupilprep-slip-intro = Prepare your conversation: { $round }
pupilprep-slip-how = Scan the code with your phone or type in the link. Write what went well, what you want to work on and what you need.
pupilprep-slip-personal = This link is for you only.
pupilprep-slip-qr-label = QR code with the personal link
pupilprep-answers-title = The pupil's preparation
pupilprep-answers-when = filled in or changed on { $when }

pupilprep-went-well = What went well?
pupilprep-work-on = What do I want to work on?
pupilprep-need-school = What do I need from my mentor or the school?
pupilprep-need-parents = What do I need from my parents?

pupilprep-own-title = Prepare my conversation
pupilprep-own-heading = Hi { $name }, prepare your conversation
pupilprep-own-intro = Your mentor, your parents and you talk together about how things are going. Write down briefly what you want to talk about. Your mentor reads it before the conversation.
pupilprep-own-lead = I would like to lead the conversation myself
pupilprep-own-change-hint = You can change your answers until the conversations are over.
pupilprep-own-send = Save
pupilprep-own-saved-at = Saved on { $when }.
pupilprep-own-closed-title = The conversations are over
pupilprep-own-closed-body = This link no longer works, because the conversations of this round are over. Questions? Ask your mentor.
pupilprep-own-invalid-title = This link does not work
pupilprep-own-invalid-body = Check that you typed in the whole link, or ask your mentor for a new slip.
pupilprep-problem-empty = Write something for at least one question.
pupilprep-problem-too-long = An answer is too long: keep it to 1500 characters.

flash-pupilprep-saved = Your preparation has been saved. Your mentor can read it.
flash-pupilprep-mailed = The links have been mailed to the parents.
flash-problem-pupilprep-nobody-to-mail = There is no parent with an e-mail address to send the link to.
flash-problem-pupilprep-round-over = The round is over: new links would no longer work.
pupilprep-round-mixed-choose = The chosen groups differ in grade: choose whether the pupil attends this round.
pupilprep-round-none = Pupils only prepare progress conversations they attend themselves. That is not the case in this round.
