-- What was said in a group exit session (the same matrix and questions as an individual exit
-- conversation, without names) and when its report went to the families who came.
ALTER TABLE exit_sessions ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';
ALTER TABLE exit_sessions ADD COLUMN report_sent_at BIGINT;
