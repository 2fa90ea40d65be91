# The printed invitation letter a pupil takes home (parent-facing: short sentences, polite).
# Placeholders: $children (names, already joined), $parent, $school, $contact, $minutes.
letter-heading = Invitation to a conversation about { $children }
letter-greeting = Dear { $parent },
letter-intro-start = We invite you to a conversation about { $children }. It is the first conversation of the school year. You tell us about your child. We tell you what we will do at school this year.
letter-intro-progress = We invite you to a conversation about { $children }. Together we talk about school: what goes well and what is still hard.
letter-intro-exit = We invite you to a conversation about { $children }. The time at our school is almost over. Together we look back and talk about what comes next.
letter-intro-other = We invite you to a conversation about { $children }. We would like to talk with you.
letter-fact-what = Conversation
letter-fact-duration = How long
letter-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
letter-fact-where = Where
letter-fact-who = With whom
letter-fact-child = Your child
letter-child-along = Your child comes to the conversation too.
letter-child-not-along = Your child does not come.
letter-fact-deadline = Choose a time before
letter-timetable-note = The school has already chosen a time for you. The page shows which time. Does it not suit you? Then choose another time.
letter-steps-heading = How to choose a time
letter-step-scan = Scan the code with the camera of your phone.
letter-step-type = Or type the address below into your internet browser. Copy every character exactly.
letter-step-choose = Choose a time that suits you. You can change the time later on the same page.
letter-link-label = The address:
letter-qr-label = Code for your phone. It opens your own page to choose a time.
letter-personal = This code and this address are for your family only. Do not give them to others.
letter-help-interpreter = Would you like an interpreter at the conversation? You can say so when you choose a time.
letter-help-contact = Do you have a question? Contact the school: { $contact }
letter-help-no-internet = No phone or internet? Tell the teacher or call the school. Then we choose a time together.
letter-closing = Kind regards, { $school }
