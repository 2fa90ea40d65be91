### parent-messages.ftl — a parent's message to the teacher and the mails about it.
### Parent-facing: every key here is translated into every language in locales/.

parent-messages-link = Send the teacher a message about { $child }
parent-messages-title = Message to the teacher about { $child }
parent-messages-back = Back to your children's page
parent-messages-received = Your message has been received.
parent-messages-hear-by = You will hear from us by { $date }.
parent-messages-mail-copy = You will also get an e-mail with this confirmation.
parent-messages-write = Write a message
parent-messages-intro = Your message goes to your child's teacher. You will hear from us within a few school days. School days are the days the school is open: weekends and holidays do not count.
parent-messages-problem = Something is not filled in correctly
parent-messages-body = Your message
parent-messages-call-back = I would like a phone call
parent-messages-phone = Your phone number
parent-messages-phone-hint = Only needed if you would like a call.
parent-messages-send = Send message
parent-messages-sent = Your messages
parent-messages-status-open = Received. You will hear from us by { $date }.
parent-messages-status-mailed = Answered by e-mail
parent-messages-status-phoned = Answered by phone
parent-messages-body-required = Please write your message.
parent-messages-body-too-long = Your message is too long. Please make it shorter, or ask for a meeting.
parent-messages-phone-required = Please enter your phone number if you would like a call.
parent-messages-limit = You have already sent a few messages today. Please send a new message tomorrow, or phone the school.
parent-messages-ack-subject = Received: your message about { $child }
parent-messages-ack-body =
    Dear { $name },

    We have received your message about { $child }. You will hear from us by { $date }.

    Your message:
    { $message }

    Kind regards,
    The school
parent-messages-ack-call-back = You asked for a phone call. The teacher will call you on the number you gave.
parent-messages-answer-subject = Answer from school about { $child }
parent-messages-answer-body =
    Dear { $name },

    { $teacher } writes to you about { $child }:

    { $answer }

    You wrote:
    { $message }

    Kind regards,
    The school
audit-entity-parent-message = message from a parent
audit-action-answer = Answered
