### parent-pupilprep.ftl — the mail to parents with their child's link to prepare a progress conversation.
### Parent-facing: every key here is translated into every language in locales/.

parent-pupilprep-mail-subject = { $child } can prepare the progress conversation
parent-pupilprep-mail-body =
    Dear { $name },

    The progress conversation (voortgangsgesprek, { $round }) is coming up: you, { $child } and the mentor talk together about how things are going at school. { $child } can prepare the conversation beforehand with a short form: what went well, what I want to work on, what I need. Would you please give this link to { $child }?
    { $link }

    The link is personal. It works until the conversations are over. The mentor reads the answers before the conversation.

    Kind regards,
    { $school }
