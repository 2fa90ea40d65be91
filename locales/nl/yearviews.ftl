# Overviews per school year (issue 10): the year selector and the banner of an earlier year.
yearviews-year = Schooljaar
yearviews-show = Tonen
yearviews-earlier-year = U bekijkt het schooljaar { $year }. Deze cijfers zijn alleen te lezen.
yearviews-grid-caption = De participatiematrix in { $year }: aantal gesprekken per veld
yearviews-grid-hint = Per veld het aantal gesprekken waarin iets over dat veld is gezegd, met daaronder de eerdere schooljaren. Kies een getal om te lezen wat er is gezegd.
yearviews-row-own-child = Ouders en het eigen kind
yearviews-row-group-school = Ouders en groep of school
yearviews-row-school-parents = School naar ouders
yearviews-col-meeleven = Meeleven
yearviews-col-meehelpen = Meehelpen
yearviews-col-meedenken = Meedenken
yearviews-col-meebeslissen = Meebeslissen
