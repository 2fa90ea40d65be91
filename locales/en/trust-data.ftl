## Trust: the data's life cycle (outbox masking, retention)

trust-outbox-masked = This mail has been sent. Its personal links are hidden here: they belong to the recipient.

trust-retention-title = Retention period
trust-retention-intro = The school keeps a pupil's file until two years after the pupil left. Every night Driehoek removes what has been kept longer. What parents said in exit conversations is kept without names and without a link to the pupil, so the years stay comparable.
field-retention_years = Retention period after leaving (years)
trust-retention-years-hint = Two years by default. Choose a longer period only when the school has recorded a reason for it.
trust-retention-years-invalid = Enter a number of years from 1 to 10.
trust-retention-next-title = What the next run removes
trust-retention-next-intro = Files of pupils who left before { $date }:
trust-retention-pupils = Pupils
trust-retention-records = Conversation records
trust-retention-agreements = Agreements
trust-retention-plans = Communication plans
trust-retention-contacts = Contact log entries
trust-retention-guardians = Parents and carers with no other child at school
trust-retention-exits-kept = Exit conversations kept without names
trust-retention-nothing = Nothing is older than the retention period now.
trust-retention-name = Name
trust-retention-left-on = Left on
trust-retention-days-title = What goes after a few days
trust-retention-days-intro = Expired sign-in sessions, used or expired links, the contents of sent mails (after 30 days) and uploaded files that were not imported (after 7 days).
trust-retention-sessions = Expired sessions
trust-retention-tokens = Used or expired links
trust-retention-mails = Contents of sent mails
trust-retention-imports = Uploaded files

nav-retention = Retention
