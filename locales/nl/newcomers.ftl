# Newcomers: pupils who join the school during the year.
field-arrived_on = Eerste schooldag (nieuwkomer)
arrived-on-hint = Alleen invullen voor een leerling die tijdens het schooljaar op school komt, bijvoorbeeld 11-01-2027. Het startgesprek hoort dan binnen drie weken plaats te vinden en telt zo mee in het bereik.
newcomers-heading = { $count ->
    [one] Nieuwkomer zonder startgesprek
   *[other] { $count } nieuwkomers zonder startgesprek
}
newcomer-since = op school sinds { $date }
newcomer-start-due = startgesprek uiterlijk { $date }
newcomer-record-start = Startgesprek vastleggen
newcomer-badge = Nieuwkomer sinds { $since }; startgesprek uiterlijk { $due }.
