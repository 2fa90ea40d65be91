# PLACEHOLDER — replaced by translation
### parent-common.ftl — pages every parent can meet: frame, errors, forms, expired links.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from glossary.ftl)
glossary-footer-link = School terms explained

## (moved from main.ftl)
app-name = Driehoek
skip-to-content = Skip to content
sign-out = Sign out
language-switch = Language
footer-text = Driehoek — working with parents and pupils, all year round.
yes = Yes
no = No
flash-prefix = Done:
flash-signed-out = You have signed out.
form-error-summary = Please check the form
form-error-prefix = Error:
form-required = This field is required.
form-too-long = This is too long.
form-email-invalid = This is not a valid e-mail address. An e-mail address looks like name@example.org.
link-invalid-title = This link no longer works
link-invalid-body = The link has been used already or has expired. Request a new one; it only takes a moment.
error-code = Error code { $status }
error-back-home = Go to the home page
error-400-title = That did not work
error-400-body = The request could not be processed. Go back and try again.
error-403-title = No access
error-403-body = You do not have access to this page. If you think this is wrong, ask your school's administrator.
error-404-title = Page not found
error-404-body = This page does not exist (any more), or you do not have access to it.
error-413-title = Too large
error-413-body = What you sent is too large. Try a smaller file.
error-429-title = Please wait a moment
error-429-body = Too many requests came in at once. Wait a moment and try again.
error-500-title = Something went wrong
error-500-body = Something went wrong on our side. Nothing that was already saved has been lost. Please try again shortly.

## (moved from rounds.ftl)
attention-prefix = Please note:

## (moved from trust-rights.ftl)
privacy-footer-link = Privacy
