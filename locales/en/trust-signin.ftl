# Signing in: slowing down wrong passwords, two-step verification, changing one's own password.

signin-wait = A wrong password was used too many times. { $minutes ->
        [one] Wait a minute
       *[other] Wait { $minutes } minutes
    } and try again, or request a new password.

password-common = This password is too easy to guess: it is on lists of common or leaked passwords, or looks like your name or e-mail address. Choose a phrase of a few words that only you know.
password-current-wrong = This is not your current password.
flash-password-changed = Your password has been changed. You have been signed out on other devices.
field-current = Current password

flash-problem-signin-step-expired = That sign-in has expired. Please enter your e-mail address and password again.
flash-problem-mfa-demo-exempt = This is a demo school account: it signs in without a second step. Real accounts of directors, care coordinators and administrators use a code from an app.

mfa-code-title = Code from your app
mfa-code-intro = Your password is right. Now enter the six-digit code your authenticator app shows for Driehoek.
mfa-code-label = Code
mfa-code-hint = Six digits from the app, or one of your recovery codes (like ABCDE-FGHJK).
mfa-code-submit = Sign in
mfa-code-wrong = This code is not right or has been used already. Wait for the next code in the app and try again.
mfa-code-lost = Lost your phone and out of recovery codes? Ask an administrator of your school to reset your two-step verification.

mfa-enrol-title = Set up two-step verification
mfa-enrol-intro = Driehoek keeps information about children. That is why you sign in with a code from an app on your phone as well as your password.
mfa-enrol-step-app = Install an authenticator app, for example Microsoft's or Google's, or a password manager that makes codes.
mfa-enrol-step-scan = Scan the QR code below with that app.
mfa-enrol-step-code = Enter the six-digit code the app then shows.
mfa-enrol-qr-label = QR code to add Driehoek to your authenticator app
mfa-enrol-by-hand = Cannot scan? Type this key into the app instead:
mfa-enrol-submit = Confirm

mfa-recovery-title = Your recovery codes
mfa-recovery-intro = With these codes you sign in when you have lost your phone. Each code works once. Print them or keep them in your password manager, not on your phone.
mfa-recovery-once = You see these codes only now. Driehoek stores them so that nobody can read them back.
mfa-recovery-continue = I have saved them, continue

account-title = My account
account-back = Back to my account
account-mfa-heading = Two-step verification
account-mfa-on = On: you sign in with your password and a code from your app.
account-mfa-required = Two-step verification is required for your role. Set it up now; you will be asked at your next sign-in anyway.
account-mfa-offered = Not set up. A code from an app next to your password protects your account much better.
account-mfa-enrol = Set up two-step verification
account-mfa-demo = This is a demo school account. It signs in without a second step, so the demo is quick to try.
account-mfa-resets = Reset a colleague's two-step verification
account-password-heading = Password
account-password-change = Change password
account-password-intro = Enter your current password and choose a new one. You will then be signed out on other devices.
account-password-submit = Change password

mfa-resets-title = Colleagues' two-step verification
mfa-resets-intro = Has a colleague lost both their phone and their recovery codes? Reset their two-step verification. They are signed out and set up a new app at their next sign-in. This is recorded in the audit log.
mfa-resets-none = No colleague uses two-step verification yet.
mfa-resets-action = Action
mfa-resets-button = Reset for { $name }
flash-mfa-reset-done = Two-step verification has been reset. The colleague sets up a new app at their next sign-in.
school-mfa-legend = Two-step verification
school-mfa-for-all = Everyone on the team signs in with a second step, teachers too
school-mfa-hint = Administrators, directors and care coordinators always use a code from an app. With this box ticked, teachers do too: they set it up the next time they sign in.

## Audit labels for the security work
