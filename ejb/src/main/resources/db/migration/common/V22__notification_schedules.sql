-- Recurring notification runs: a type run daily, weekly or monthly at a local time in a time zone.
-- Each schedule has one persistent EJB calendar timer (fired once in a cluster) that starts a run.
CREATE SEQUENCE notification_schedule_seq INCREMENT BY 50;
CREATE SEQUENCE notification_schedule_number_seq;

CREATE TABLE notification_schedule (
  id                    BIGINT PRIMARY KEY,
  number                VARCHAR(20)  NOT NULL UNIQUE,
  notification_type_id  BIGINT       NOT NULL REFERENCES notification_type (id),
  frequency             VARCHAR(20)  NOT NULL,
  local_time            VARCHAR(5)   NOT NULL,
  time_zone             VARCHAR(50)  NOT NULL,
  day_of_week           VARCHAR(10),
  day_of_month          INTEGER,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
