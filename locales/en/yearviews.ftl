# Overviews per school year (issue 10): the year selector and the banner of an earlier year.
yearviews-year = School year
yearviews-show = Show
yearviews-earlier-year = You are looking at the school year { $year }. These figures are read-only.
