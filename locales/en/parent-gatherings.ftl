## Gatherings: what parents are invited to as a group (their page and mails)
gathering-kind-reception = Class reception (meet the class)
gathering-kind-info = Information evening
gathering-kind-plenary = Parent evening for the whole school
gathering-kind-exit = Looking back with leaving families
gathering-purpose-reception = At the start of the school year you meet the teacher and the other parents of the group (the class). It is short and informal; you also see where your child spends the day.
gathering-purpose-info = The school explains a topic that matters for your child now, and you can ask questions.
gathering-purpose-plenary = An evening for all parents of the school: we tell you what is going on and would like to hear what you think.
gathering-maybe = Maybe
gathering-you-maybe = You might come. Could you change your answer as soon as you know for sure?
gathering-you-dont = A pity you can't come. You are always welcome to make an appointment with the teacher.
gathering-change = You can always change your answer below.
gathering-needs = What do you need?
gathering-interpreter = I would like an interpreter
gathering-interpreter-language = In which language
gathering-childcare = I would like childcare for my younger children
gathering-invite-subject = Invitation: { $title }
gathering-invite-body =
    Dear { $name },

    You are warmly invited: { $title } ({ $form }).
    When: { $when }, about { $minutes } minutes.
    Where: { $place }.

    Please let us know through this personal link whether you are coming, with how many people, and whether you need an interpreter or childcare for young children:
    { $link }

    Kind regards,
    { $school }
gathering-reminder-subject = Reminder: { $title }
gathering-reminder-body =
    Dear { $name },

    We have not yet had your answer to our invitation: { $title }, on { $when }.
    Could you let us know through this link whether you are coming? "No" or "maybe" helps us too.
    { $link }

    Kind regards,
    { $school }

## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = This gathering has already started or is over. You can no longer change your answer. Do you have a question? Please contact the school.
gathering-interpreter-choose = Choose a language…
gathering-interpreter-other = Another language
gathering-interpreter-other-label = Other language (type the name of the language)
gathering-error-interpreter-language = You would like an interpreter. Please choose the language, or type another language.
