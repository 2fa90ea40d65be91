# Overviews per school year (issue 10): the year selector and the banner of an earlier year.
yearviews-year = Schooljaar
yearviews-show = Tonen
yearviews-earlier-year = U bekijkt het schooljaar { $year }. Deze cijfers zijn alleen te lezen.
