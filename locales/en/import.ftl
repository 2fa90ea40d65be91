# Import of pupils and parents/carers (CSV): problem messages and field names.
# Variables: $column is the header as written in the file, $value the value from the file,
# $guardian is 1 or 2 (parent 1 or parent 2), $line and $first_line are line numbers in the file.

## Severity

import-severity-error = Error
import-severity-warning = Warning

## The file as a whole

import-err-file-empty = The file is empty. Export the pupils again from the school administration system and choose that file.
import-err-file-no-rows = The file has column headers but no pupils. Check that you selected pupils when you made the export.
import-err-file-too-many-rows = The file has { $count } pupil rows; at most { $max } can be imported at once. Split the file, for example by location or by year, and import the parts one after another.
import-err-file-unreadable = The file cannot be read from line { $line } onwards. Open it in Excel, choose ‘Save as’ and then ‘CSV (comma delimited)’, and try again.
import-err-missing-column-external-id = The column with the pupil number is missing. Add a column headed ‘Leerlingnummer’ (or ‘Student number’). Columns found: { $found }.
import-err-missing-column-last-name = The column with the last name is missing. Add a column headed ‘Achternaam’ (or ‘Last name’). Columns found: { $found }.
import-err-missing-column-first-name = The column with the first name is missing. Add a column headed ‘Roepnaam’ (or ‘First name’). Columns found: { $found }.
import-err-missing-column-date-of-birth = The column with the date of birth is missing. Add a column headed ‘Geboortedatum’ (or ‘Date of birth’). Columns found: { $found }.
import-err-missing-column-group = The column with the group or class is missing. Add a column headed ‘Groep’ (or ‘Group’). Columns found: { $found }.
import-warn-column-duplicate = The columns ‘{ $first }’ and ‘{ $column }’ hold the same information. We use ‘{ $first }’ and skip ‘{ $column }’. If that is wrong, remove the wrong column from the file.
import-warn-no-guardian-columns = The file has no columns about parents or carers. The pupils can be imported, but their parents will not get invitations yet. Headers such as ‘Parent 1 name’ and ‘Parent 1 email’ are recognised.

## A row (pupil)

import-err-required = ‘{ $column }’ is empty. Fill it in: the pupil cannot be imported without it.
import-err-too-long = ‘{ $column }’ is too long: { $length } characters, where at most { $max } fit. Shorten the text.
import-err-id-invalid = The pupil number ‘{ $value }’ may only contain letters and digits, without spaces or punctuation. Copy the number from the school administration system. Does it look like 1.2E+05? Then Excel has changed it: format the column in Excel as ‘Text’ and export again.
import-err-id-duplicate = The pupil number ‘{ $value }’ is already used on line { $first_line }. Each pupil number may appear only once in the file: remove the duplicate row or correct the number.
import-err-date-invalid = ‘{ $value }’ is not a valid date of birth. Write the date as day-month-year with a four-digit year, for example 03-09-2016 (03/09/2016, 03.09.2016 and 2016-09-03 also work).
import-err-date-future = The date of birth { $value } is in the future. Check that the day, month and year are right.
import-err-date-too-young = With date of birth { $value } the pupil is younger than { $min }. Check that the day, month and year are right.
import-err-date-too-old = With date of birth { $value } the pupil is older than { $max }. Check the year.
import-err-grade-invalid = ‘{ $value }’ in the column ‘{ $column }’ is not a grade. Enter a number from 0 to 14, for example 7, or leave it empty; the grade is then taken from the group name.
import-err-school-type-invalid = The school type ‘{ $value }’ is not known. Enter po, vo, so, vso or mbo, or leave it empty.

## Parents and carers

import-err-email-invalid = The email address ‘{ $value }’ of parent { $guardian } is not right. An email address looks like name@example.com: one @ and no spaces. Put only one address in each cell.
import-err-guardian-no-name = Parent { $guardian } has an email address or phone number but no name. Fill in the name of this parent or carer.
import-err-yes-no-invalid = ‘{ $value }’ in the column ‘{ $column }’ is not yes or no. Enter yes or no (ja, nee, 1 and 0 also work), or leave it empty.
import-warn-no-guardian = This pupil has no parent or carer. The pupil will be imported, but no invitations will go home yet. You can add the parents later.
import-warn-guardian-no-email = { $name } (parent { $guardian }) has no email address and so will not get invitations by email. Add the address if you have it.
import-warn-relationship-unknown = The relationship ‘{ $value }’ of parent { $guardian } is not known; it will be imported as ‘other’. If one of these words fits better, use it: mother, father, carer, foster parent or grandparent.
import-warn-email-name-conflict = The email address { $email } belongs to { $name } here, but to { $other_name } on line { $other_line }. Invitations go to the email address, so one address should belong to one person. Check the name or the address.
import-warn-interpreter-no-language = Parent { $guardian } needs an interpreter, but the language is missing. Fill in the language, for example Arabic or Polish.
import-warn-phone-unusual = ‘{ $value }’ for parent { $guardian } does not look like a phone number. Check the number.
import-warn-row-extra-fields = This row has { $found } cells, but there are only { $expected } columns. Probably a name contains a separator (such as a semicolon or comma), which pushed data into the wrong column. Check this row.

## Columns

import-column-ignored = Not imported
import-field-pupil-external-id = Pupil number
import-field-pupil-first-name = First name
import-field-pupil-name-prefix = Name prefix
import-field-pupil-last-name = Last name
import-field-pupil-initials = Initials
import-field-pupil-date-of-birth = Date of birth
import-field-pupil-gender = Gender
import-field-pupil-group-name = Group
import-field-pupil-grade = Grade
import-field-pupil-school-type = School type
import-field-guardian1-name = Parent 1: name
import-field-guardian1-first-name = Parent 1: first name
import-field-guardian1-name-prefix = Parent 1: name prefix
import-field-guardian1-last-name = Parent 1: last name
import-field-guardian1-email = Parent 1: email address
import-field-guardian1-phone = Parent 1: phone number
import-field-guardian1-relationship = Parent 1: relationship to the pupil
import-field-guardian1-parental-authority = Parent 1: parental authority
import-field-guardian1-own-household = Parent 1: lives at a separate address
import-field-guardian1-language = Parent 1: language
import-field-guardian1-interpreter-needed = Parent 1: needs an interpreter
import-field-guardian2-name = Parent 2: name
import-field-guardian2-first-name = Parent 2: first name
import-field-guardian2-name-prefix = Parent 2: name prefix
import-field-guardian2-last-name = Parent 2: last name
import-field-guardian2-email = Parent 2: email address
import-field-guardian2-phone = Parent 2: phone number
import-field-guardian2-relationship = Parent 2: relationship to the pupil
import-field-guardian2-parental-authority = Parent 2: parental authority
import-field-guardian2-own-household = Parent 2: lives at a separate address
import-field-guardian2-language = Parent 2: language
import-field-guardian2-interpreter-needed = Parent 2: needs an interpreter

## Relationship to the pupil

relationship-mother = Mother
relationship-father = Father
relationship-carer = Carer
relationship-foster = Foster parent
relationship-grandparent = Grandparent
relationship-other = Other
