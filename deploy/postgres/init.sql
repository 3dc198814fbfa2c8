-- One database per service (read models, outbox checkpoints, inbox) — the event streams live in KurrentDB.
CREATE DATABASE jejak_sop_catalogue;
CREATE DATABASE jejak_compliance;
CREATE DATABASE jejak_letters;
