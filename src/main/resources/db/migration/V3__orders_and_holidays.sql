-- Paceline workspace schema, version 3: what must be ordered before a program starts, and the
-- plan's holidays (plan-format.md, orders and holidays). Order-by dates are derived from the
-- program's start and never stored; only the day an order was placed is a fact.

CREATE TABLE program_order (
  plan_id       BIGINT       NOT NULL,
  position      INT          NOT NULL,
  program_id    VARCHAR(100) NOT NULL,
  item          VARCHAR(500) NOT NULL,
  item_key      VARCHAR(500) NOT NULL,
  owner         VARCHAR(500) NOT NULL,
  lead_time     VARCHAR(12)  NOT NULL,
  needed_before VARCHAR(12)  NOT NULL,
  ordered_on    DATE,
  CONSTRAINT pk_program_order PRIMARY KEY (plan_id, program_id, item_key),
  CONSTRAINT fk_program_order_program FOREIGN KEY (plan_id, program_id)
    REFERENCES program (plan_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX ix_program_order_position ON program_order (plan_id, position);

CREATE TABLE plan_holiday (
  plan_id      BIGINT       NOT NULL,
  position     INT          NOT NULL,
  holiday_date DATE         NOT NULL,
  name         VARCHAR(200) NOT NULL,
  CONSTRAINT pk_plan_holiday PRIMARY KEY (plan_id, holiday_date),
  CONSTRAINT fk_plan_holiday_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
