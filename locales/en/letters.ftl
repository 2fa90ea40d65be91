# Staff side of the printed invitation letters (families page, print page).
letters-print-one = Print letter
letters-print-without-email = Print letters: families without e-mail and without a time
letters-tip = This family has not chosen a time and cannot be reached by e-mail. Send a letter home with the pupil.
letters-mail-failed = Mail not delivered
letters-live =
    { $count ->
        [one] 1 letter sent home
       *[other] { $count } letters sent home
    }
letters-page-title = Invitation letters
letters-count =
    { $count ->
        [one] 1 letter.
       *[other] { $count } letters.
    }
letters-print-hint = Print with your browser's print button (Ctrl+P). Each letter fits on one A4 page.
letters-links-note = Each letter has its own personal link. The link from the e-mail and earlier letters keep working. Is a letter lost, or did it reach the wrong person? Revoke the link on the families page: then none of that parent's links work any more.
letters-back = Back to the families
flash-problem-letters-nobody = There is no family without an e-mail address that still has to choose a time.
flash-problem-letters-round-closed = Booking for this round has closed. No letter was made, because its link would no longer work.
channel-letter = Letter sent home
audit-entity-invitation-letter = invitation letter
