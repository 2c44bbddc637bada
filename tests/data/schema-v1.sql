-- A municipality file as Aan Tafel schema version 1 wrote it, with a few realistic rows.
-- Written by hand and frozen: the migration tests build a file from this script and open it with
-- the current program. Never regenerate it from the migration code.
PRAGMA application_id = 1096048998; -- 0x41546166, "ATaf"

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL CHECK (reference <> ''),
    kind TEXT NOT NULL CHECK (kind = 'signal' OR kind = 'oral' OR kind = 'written'),
    channel TEXT NOT NULL CHECK (channel = 'phone' OR channel = 'desk' OR channel = 'email' OR channel = 'letter' OR channel = 'webform' OR channel = 'neighbourhood_team' OR channel = 'kitchen_table' OR channel = 'via_councillor' OR channel = 'social_media' OR channel = 'other'),
    received TEXT NOT NULL CHECK (received GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    conduct_date TEXT,
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    klager_name TEXT NOT NULL DEFAULT '',
    klager_address TEXT NOT NULL DEFAULT '',
    klager_phone TEXT NOT NULL DEFAULT '',
    klager_email TEXT NOT NULL DEFAULT '',
    representative_name TEXT NOT NULL DEFAULT '',
    representative_role TEXT NOT NULL DEFAULT '',
    subject_department TEXT NOT NULL DEFAULT '',
    subject_employee TEXT NOT NULL DEFAULT '',
    subject_provider TEXT NOT NULL DEFAULT '',
    subject_joint_arrangement TEXT NOT NULL DEFAULT '',
    domain TEXT NOT NULL CHECK (domain = 'wmo' OR domain = 'youth' OR domain = 'participation' OR domain = 'debt_assistance' OR domain = 'other'),
    story TEXT NOT NULL DEFAULT '',
    desired_outcome TEXT NOT NULL DEFAULT '',
    handler TEXT NOT NULL DEFAULT '',
    committee INTEGER NOT NULL DEFAULT 0 CHECK (committee IN (0, 1)),
    about_decision_content INTEGER NOT NULL DEFAULT 0 CHECK (about_decision_content IN (0, 1)),
    decision_published TEXT,
    phase TEXT NOT NULL CHECK (phase = 'intake' OR phase = 'informal' OR phase = 'formal' OR phase = 'referred' OR phase = 'closed'),
    outcome TEXT NOT NULL CHECK (outcome = 'none' OR outcome = 'resolved' OR outcome = 'upheld' OR outcome = 'partly_upheld' OR outcome = 'rejected' OR outcome = 'no_judgment' OR outcome = 'not_handled' OR outcome = 'withdrawn' OR outcome = 'referred'),
    closed_on TEXT,
    satisfaction_confirmation TEXT NOT NULL CHECK (satisfaction_confirmation = 'none' OR satisfaction_confirmation = 'phone' OR satisfaction_confirmation = 'in_person' OR satisfaction_confirmation = 'email' OR satisfaction_confirmation = 'letter'),
    non_handling_ground TEXT NOT NULL CHECK (non_handling_ground = 'none' OR non_handling_ground = '9_8_1_a' OR non_handling_ground = '9_8_1_b' OR non_handling_ground = '9_8_1_c' OR non_handling_ground = '9_8_1_d' OR non_handling_ground = '9_8_1_e' OR non_handling_ground = '9_8_1_f' OR non_handling_ground = '9_8_2'),
    non_handling_notice_sent TEXT,
    acknowledgement_sent TEXT,
    first_contact_on TEXT,
    adjourned_on TEXT,
    consent_received TEXT,
    agreed_due_date TEXT,
    hearing_planned TEXT,
    hearing_held TEXT,
    hearing_exception TEXT NOT NULL CHECK (hearing_exception = 'none' OR hearing_exception = 'manifestly_unfounded' OR hearing_exception = 'klager_waived' OR hearing_exception = 'no_reply'),
    referral_provider TEXT NOT NULL DEFAULT '',
    referral_follow_up TEXT,
    referral_feedback TEXT,
    follow_up_due TEXT,
    follow_up_done TEXT,
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX cases_reference ON cases (reference);
CREATE INDEX cases_received ON cases (received DESC, reference);
CREATE INDEX cases_open ON cases (received DESC, reference) WHERE phase <> 'closed';
CREATE INDEX cases_phase ON cases (phase, received DESC);
CREATE INDEX cases_handler ON cases (handler, received DESC);
CREATE TABLE case_themes (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX case_themes_theme ON case_themes (theme_id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'contact' OR kind = 'agreement' OR kind = 'transfer' OR kind = 'letter' OR kind = 'hearing' OR kind = 'decision' OR kind = 'note' OR kind = 'phase_change'),
    author TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_case ON events (case_id, at, id);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    case_id INTEGER,
    action TEXT NOT NULL CHECK (action <> ''),
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_case ON audit_log (case_id, at);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TABLE decreed_days (
    day TEXT PRIMARY KEY NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE decreed_years (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999)
);

INSERT INTO settings (key, value) VALUES
    ('name', 'Gemeente Oudewater-Vliet'),
    ('address', 'Postbus 25' || char(10) || '3420 AA Oudewater-Vliet'),
    ('committee', '0'),
    ('reference_prefix', 'KL'),
    ('retention_years', '5');

INSERT INTO themes (id, name, position, active) VALUES
    (1, 'Van het kastje naar de muur', 1, 1),
    (2, 'Onjuiste of onduidelijke informatie', 2, 1),
    (3, 'Geen reactie / niet teruggebeld', 3, 1),
    (4, 'Onheuse bejegening', 4, 1),
    (5, 'Privacy', 5, 1);

INSERT INTO decreed_days (day, description) VALUES
    ('2025-05-30', 'Vrijdag na Hemelvaartsdag'),
    ('2026-01-02', 'Vrijdag na Nieuwjaarsdag');
INSERT INTO decreed_years (year) VALUES (2025), (2026);

INSERT INTO cases (id, reference, kind, channel, received, conduct_date, anonymous, klager_name, klager_address,
    klager_phone, klager_email, domain, story, desired_outcome, handler, phase, outcome, closed_on,
    satisfaction_confirmation, non_handling_ground, first_contact_on, follow_up_due, hearing_exception,
    revision, created_at, updated_at)
VALUES
    (1, 'KL-2025-0001', 'oral', 'phone', '2025-03-07', '2025-03-03', 0, 'Mevrouw J. de Wit',
     'Kerkstraat 12' || char(10) || '3421 AB Oudewater-Vliet', '06-12345678', '',
     'wmo', 'Mijn traplift is al drie weken kapot en niemand belt terug, ook de aanbieder niet.',
     'Dat de traplift deze week wordt gerepareerd.', 'Fatima Bakkali', 'closed', 'resolved', '2025-03-12',
     'phone', 'none', '2025-03-10', '2025-04-02', 'none', 3,
     '2025-03-07T09:12:00.000Z', '2025-03-12T14:30:00.000Z'),
    (2, 'KL-2025-0002', 'written', 'letter', '2025-04-14', '2025-03-28', 0, 'De heer P. van Dijk',
     'Molenweg 3' || char(10) || '3422 CD Oudewater-Vliet', '', 'p.vandijk@example.nl',
     'participation', 'De consulent sprak mij aan de balie onheus aan over mijn uitkering.',
     'Excuses van de consulent.', 'Ruud Jansen', 'formal', 'none', NULL,
     'none', 'none', '2025-04-16', NULL, 'none', 2,
     '2025-04-14T08:00:00.000Z', '2025-04-16T10:05:00.000Z'),
    (3, 'KL-2025-0003', 'signal', 'neighbourhood_team', '2025-05-02', NULL, 1, '', '', '', '',
     'youth', 'Het wijkteam meldt dat een gezin al maanden wacht op een besluit over jeugdhulp.',
     '', '', 'intake', 'none', NULL,
     'none', 'none', NULL, NULL, 'none', 1,
     '2025-05-02T11:45:00.000Z', '2025-05-02T11:45:00.000Z');

INSERT INTO case_themes (case_id, theme_id, position) VALUES
    (1, 3, 1), (1, 1, 2),
    (2, 4, 1),
    (3, 2, 1);

INSERT INTO events (id, case_id, at, kind, author, text) VALUES
    (1, 1, '2025-03-07T09:12:00.000Z', 'contact', 'Fatima Bakkali', 'Klacht telefonisch aangenomen.'),
    (2, 1, '2025-03-10T13:00:00.000Z', 'agreement', 'Fatima Bakkali',
        'Met de trapliftleverancier afgesproken dat de monteur donderdag komt.'),
    (3, 1, '2025-03-12T14:30:00.000Z', 'phase_change', 'Fatima Bakkali',
        'Klaagster telefonisch bevestigd: naar tevredenheid opgelost.'),
    (4, 2, '2025-04-16T10:05:00.000Z', 'letter', 'Ruud Jansen', 'Ontvangstbevestiging verstuurd.');

INSERT INTO audit_log (at, user, case_id, action, field, old_value, new_value) VALUES
    ('2025-03-07T09:12:00.000Z', 'Fatima Bakkali', 1, 'create', 'reference', '', 'KL-2025-0001'),
    ('2025-04-14T08:00:00.000Z', 'Ruud Jansen', 2, 'create', 'reference', '', 'KL-2025-0002'),
    ('2025-05-02T11:45:00.000Z', 'Fatima Bakkali', 3, 'create', 'reference', '', 'KL-2025-0003');

PRAGMA user_version = 1;
