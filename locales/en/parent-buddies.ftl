### parent-buddies.ftl — parents helping parents: the parent's personal link page and the mails.
### Parent-facing: every key here is translated into every language in locales/.

parent-buddies-title = Contact with another parent
parent-buddies-topic-language = the language { $language }
parent-buddies-topic-diagnosis = a diagnosis of your child (for example dyslexia, ADHD or autism)
parent-buddies-topic-first-child = your first child at school
parent-buddies-topic-new-nl = being new in the Netherlands
parent-buddies-topic-other = something you talked about with the teacher
parent-buddies-explain = In the startgesprek (the first conversation of the school year) you told us something about { $topic }. Another parent of our school deals with the same topic and would like to get in touch with you. This way parents can help each other.
parent-buddies-privacy = You decide. If you say yes, and the other parent says yes too, you both get each other's name, e-mail address and phone number. Until then the other parent knows nothing about you, and you nothing about the other parent.
parent-buddies-question = Would you like contact with this parent?
parent-buddies-yes = Yes, please
parent-buddies-no = No, I would rather not
parent-buddies-send = Send
parent-buddies-waiting = You said yes. We are still waiting for the other parent's answer. You will get an e-mail if they say yes too.
parent-buddies-change-no = I would rather not after all
parent-buddies-active = You and the other parent both said yes. You can now reach each other about { $topic }.
parent-buddies-name = Name
parent-buddies-email = E-mail
parent-buddies-phone = Phone
parent-buddies-withdraw-explain = Would you like to stop the contact? You can, at any time. The other parent is then told that the contact has stopped.
parent-buddies-withdraw = Stop the contact
parent-buddies-declined = This contact will not go ahead. We do not pass on any details. Do you have a question? Please talk to the teacher or the intern begeleider (the staff member for extra care).
parent-buddies-you-ended = You stopped the contact. We no longer pass on any details.
parent-buddies-ended = This contact has stopped. Do you have a question? Please talk to the teacher or the intern begeleider (the staff member for extra care).
flash-buddies-agreed = Your answer has been saved.
flash-buddies-declined = Your answer has been saved. The contact will not go ahead.
flash-buddies-withdrawn = The contact has stopped.
flash-problem-buddies-closed = This is no longer possible: the contact has already been closed or changed.
parent-buddies-proposal-subject = Contact with another parent?
parent-buddies-proposal-body =
    Dear { $name },

    In the startgesprek you told us something about { $topic }. Another parent of { $school } deals with the same topic and would like to get in touch with you.

    Use this link to tell us whether you would like that:
    { $link }

    Only if you both say yes do you get each other's name, e-mail address and phone number. Until then we pass on nothing.

    Kind regards,
    { $school }
parent-buddies-introduction-subject = You can now contact the other parent
parent-buddies-introduction-body =
    Dear { $name },

    You and the other parent both said yes. These are the other parent's details, about { $topic }:

    Name: { $other }
    E-mail: { $email }
    Phone: { $phone }

    The other parent has received your details too. Would you like to stop later? Use the link from the first e-mail.
parent-buddies-declined-subject = The contact with the other parent will not go ahead
parent-buddies-declined-body =
    Dear { $name },

    You said yes to contact with another parent about { $topic }. This time the contact will not go ahead. We have not passed on any of your details.

    Do you have a question? Please talk to the teacher or the intern begeleider (the staff member for extra care).
parent-buddies-ended-subject = The contact with the other parent has stopped
parent-buddies-ended-body =
    Dear { $name },

    The contact with the other parent about { $topic } has stopped. We no longer pass on any details.

    Do you have a question? Please talk to the teacher or the intern begeleider (the staff member for extra care).
