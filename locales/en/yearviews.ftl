# Overviews per school year (issue 10): the year selector and the banner of an earlier year.
yearviews-year = School year
yearviews-show = Show
yearviews-earlier-year = You are looking at the school year { $year }. These figures are read-only.
yearviews-grid-caption = The involvement matrix in { $year }: conversations per cell
yearviews-grid-hint = For each cell the number of conversations that said something about it, with the earlier school years below. Choose a number to read what was said.
yearviews-row-own-child = Parents and their own child
yearviews-row-group-school = Parents and the group or school
yearviews-row-school-parents = School towards parents
yearviews-col-meeleven = Sharing in
yearviews-col-meehelpen = Helping
yearviews-col-meedenken = Thinking along
yearviews-col-meebeslissen = Deciding together
