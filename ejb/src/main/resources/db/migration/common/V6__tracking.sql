-- Email tracking: its settings, and what recipients did with tracked emails.

-- One row: whether emails are tracked, where tracking addresses point (the seed's End Point, or a
-- Custom URL that overrides it) and which communications (ALL, or NOTIFICATIONS only). Off at first.
CREATE TABLE tracking_settings (
  id          BIGINT PRIMARY KEY,
  enabled     BOOLEAN       NOT NULL,
  end_point   VARCHAR(2000),
  custom_url  VARCHAR(2000),
  scope       VARCHAR(20)   NOT NULL,
  version     BIGINT        NOT NULL
);
INSERT INTO tracking_settings (id, enabled, end_point, custom_url, scope, version)
  VALUES (1, FALSE, NULL, NULL, 'ALL', 0);

-- One row per view (open pixel loaded) and per click, by communication number (the number the
-- signed token carries). Summed per communication; the index covers the views' aggregate.
CREATE SEQUENCE email_view_seq INCREMENT BY 50;
CREATE TABLE email_view (
  id                    BIGINT PRIMARY KEY,
  communication_number  VARCHAR(20) NOT NULL,
  viewed_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX email_view_communication_idx ON email_view (communication_number, viewed_at);

-- URLs are unbounded, so not indexed (a b-tree entry has a size limit): a communication's clicks
-- are found by its number and grouped by URL.
CREATE SEQUENCE link_click_seq INCREMENT BY 50;
CREATE TABLE link_click (
  id                    BIGINT PRIMARY KEY,
  communication_number  VARCHAR(20) NOT NULL,
  url                   VARCHAR     NOT NULL,
  clicked_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX link_click_communication_idx ON link_click (communication_number);
