# Signing in: slowing down wrong passwords, two-step verification, changing one's own password.

signin-wait = A wrong password was used too many times. { $minutes ->
        [one] Wait a minute
       *[other] Wait { $minutes } minutes
    } and try again, or request a new password.
