# The page shown when the server is very busy (HTTP 503), e.g. the evening booking opens.
parent-busy-title = Very busy right now
parent-busy-body = It is very busy — nothing is lost, your link keeps working, try again in a moment.
parent-busy-nothing-held = Your request was not handled, so nothing was booked or changed and no time is being kept for anyone.
parent-busy-try-again = Try again
