-- Paceline workspace schema, version 4: scenarios (what-if copies) and baselines (frozen copies).
-- Standard SQL that runs on H2 2.3 and PostgreSQL 14. The time a copy was made is the plan's
-- existing created_at.

-- 'plan' for a working plan, 'scenario' for a what-if copy, 'baseline' for a frozen copy.
ALTER TABLE plan ADD COLUMN kind VARCHAR(10) DEFAULT 'plan' NOT NULL;

-- The plan a scenario or baseline was copied from; empty once that plan is deleted.
ALTER TABLE plan ADD COLUMN origin_id BIGINT;

ALTER TABLE plan ADD CONSTRAINT ck_plan_kind CHECK (kind IN ('plan', 'scenario', 'baseline'));

ALTER TABLE plan ADD CONSTRAINT fk_plan_origin FOREIGN KEY (origin_id) REFERENCES plan (id)
  ON DELETE SET NULL;
