-- The admin portal's users: a login name, a PBKDF2 hash (the platform's Pbkdf2PasswordHash
-- format, which names its algorithm, iterations and salt), comma-separated roles, and the state
-- of failed logins that slows down and locks guessing.
CREATE SEQUENCE portal_user_seq INCREMENT BY 50;
CREATE TABLE portal_user (
  id                    BIGINT PRIMARY KEY,
  username              VARCHAR(50)  NOT NULL UNIQUE,
  password_hash         VARCHAR(500) NOT NULL,
  roles                 VARCHAR(100) NOT NULL,
  enabled               BOOLEAN      NOT NULL,
  failed_logins         INTEGER      NOT NULL DEFAULT 0,
  last_failed_login_at  TIMESTAMP WITH TIME ZONE,
  locked_until          TIMESTAMP WITH TIME ZONE,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  version               BIGINT       NOT NULL
);

-- Who changed which template, setting, external system or portal user, and when.
CREATE SEQUENCE audit_entry_seq INCREMENT BY 50;
CREATE TABLE audit_entry (
  id            BIGINT PRIMARY KEY,
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  actor         VARCHAR(50)  NOT NULL,
  subject_type  VARCHAR(30)  NOT NULL,
  subject_key   VARCHAR(100) NOT NULL,
  action        VARCHAR(300) NOT NULL
);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_key, at);
