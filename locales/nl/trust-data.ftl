## Trust: the data's life cycle (outbox masking, retention)

trust-outbox-masked = Deze mail is verstuurd. De persoonlijke links erin zijn hier onleesbaar gemaakt: ze zijn van de ontvanger.
