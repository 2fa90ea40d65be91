## Trust (issue 9): rounds and booking

# Families page (staff)
flash-problem-round-closed-no-invitations = Booking for this round has closed: no invitations or reminders were sent, because their links would no longer work.
