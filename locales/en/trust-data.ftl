## Trust: the data's life cycle (outbox masking, retention)

trust-outbox-masked = This mail has been sent. Its personal links are hidden here: they belong to the recipient.
