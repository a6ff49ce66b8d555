-- Paceline workspace schema, version 2: every text column holds what the model's TextLimit
-- allows (org.paceline.model.TextLimit, checked by SchemaLimitsTest). Owners and segments were
-- 200 characters while the plan format's readers accepted 500; they are widened, so no stored
-- value is cut. Standard SQL that H2 2.3 and PostgreSQL 14 both run; nullability is kept.

ALTER TABLE initiative ALTER COLUMN owner SET DATA TYPE VARCHAR(500);
ALTER TABLE initiative ALTER COLUMN segment SET DATA TYPE VARCHAR(500);
ALTER TABLE program ALTER COLUMN owner SET DATA TYPE VARCHAR(500);
ALTER TABLE quarter_target ALTER COLUMN segment SET DATA TYPE VARCHAR(500);
