## Trust (issue 9): rounds and booking

# Families page (staff)
flash-problem-round-closed-no-invitations = Booking for this round has closed: no invitations or reminders were sent, because their links would no longer work.

# Booking page (parents)
booking-nothing-cancelled = Nothing was cancelled: this appointment is not (or no longer) yours. Below you can see how things stand now.
booking-nothing-confirmed = Nothing was confirmed: this time is not (or no longer) a proposal waiting for you. Below you can see how things stand now.
booking-swap-not-in-this-round = Swapping is only possible when the school has made the timetable. You can choose another free time yourself below.
booking-swap-too-many-open = You already have enough swap requests waiting. Please wait for an answer before you ask again.
booking-swap-too-soon = You have just made several swap requests. Please try again later, so other families do not receive too many messages.
booking-swap-too-many = You have reached the highest number of swap requests for this round. Please contact the school if you still need another time.
