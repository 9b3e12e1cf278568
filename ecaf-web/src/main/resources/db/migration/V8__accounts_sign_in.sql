-- eCAF schema, version 8: accounts a council can run (issue 11).
-- Runs unchanged on H2 and PostgreSQL.

-- teams and agencies are deactivated, never deleted: cases and records keep pointing at them
ALTER TABLE agency ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE team ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

-- what the security layer knows about an account's sign-in, beside its password hash:
--   must_change       the password was set by someone else (new account, reset, bootstrap): change it at next sign-in
--   demo_password     a demo account seeded with the short demo password (allowed only for seeded demo accounts)
--   totp_secret       the Base32 TOTP secret, set while enrolling and kept once confirmed
--   totp_confirmed_at when the person proved their authenticator works; null while not enrolled
--   totp_last_step    the last 30-second step a code was accepted for, so a code is never accepted twice
--   sessions_after    sessions that began before this moment are ended ("sign out of all sessions")
--   last_sign_in_at   the last complete sign-in (for the account list)
ALTER TABLE credential ADD COLUMN must_change BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE credential ADD COLUMN demo_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE credential ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE credential ADD COLUMN totp_confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE credential ADD COLUMN totp_last_step BIGINT;
ALTER TABLE credential ADD COLUMN sessions_after TIMESTAMP WITH TIME ZONE;
ALTER TABLE credential ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;

-- one-time recovery codes, kept as SHA-256 hashes; a used code keeps its row with the time it was used
CREATE TABLE recovery_code (
    username   VARCHAR(60) NOT NULL REFERENCES credential (username),
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, code_hash)
);

-- demo accounts seeded before this version keep their short demo password
UPDATE credential SET demo_password = TRUE
 WHERE username IN ('practitioner1', 'practitioner2', 'practitioner3', 'teamlead1', 'teamlead2', 'admin')
   AND EXISTS (SELECT 1 FROM app_setting WHERE name = 'demo.seeded');
