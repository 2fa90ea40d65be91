# Newcomers: pupils who join the school during the year.
field-arrived_on = First school day (newcomer)
arrived-on-hint = Only for a pupil who joins the school during the year, for example 11-01-2027. The startgesprek is then due within three weeks and counts towards reach.
newcomers-heading = { $count ->
    [one] Newcomer without a startgesprek
   *[other] { $count } newcomers without a startgesprek
}
newcomer-since = at school since { $date }
newcomer-start-due = startgesprek by { $date }
newcomer-record-start = Record the startgesprek
newcomer-badge = Newcomer since { $since }; startgesprek due by { $due }.
