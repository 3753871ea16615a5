-- What the question log keeps for feedback and admin insight. Portable SQL: runs on H2 and PostgreSQL.
-- question_ref names a question from outside (a Discord button carries it), so votes survive a restart.
ALTER TABLE questions ADD COLUMN question_ref VARCHAR(64);
ALTER TABLE questions ADD COLUMN channel_kind VARCHAR(32);
ALTER TABLE questions ADD COLUMN model_answered BOOLEAN;
ALTER TABLE questions ADD COLUMN grounded BOOLEAN;
ALTER TABLE questions ADD COLUMN answer_text VARCHAR(4000);

CREATE INDEX questions_ref ON questions (question_ref);
CREATE INDEX questions_asked_at ON questions (asked_at);

-- One vote per user per answer; a second vote by the same user replaces the first. vote is 1 (up) or -1 (down).
CREATE TABLE question_votes (
    question_ref VARCHAR(64) NOT NULL,
    user_id      VARCHAR(64) NOT NULL,
    vote         SMALLINT    NOT NULL,
    voted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (question_ref, user_id)
);
