-- Notification types (the seed's "Notification Types"): what a notification run sends, to whom,
-- through which integration. The topic (and so the item entity) is fixed once the type exists.
CREATE SEQUENCE notification_type_seq INCREMENT BY 50;

CREATE TABLE notification_type (
  id                  BIGINT PRIMARY KEY,
  code                VARCHAR(50)  NOT NULL UNIQUE,
  name                VARCHAR(200) NOT NULL,
  classification      VARCHAR(30)  NOT NULL,
  topic               VARCHAR(50)  NOT NULL,
  item_type           VARCHAR(50)  NOT NULL,
  -- Null: Herald's own SMTP/SMPP; else the one external system that delivers every medium.
  external_system_id  BIGINT       REFERENCES external_system (id),
  expires_at          TIMESTAMP WITH TIME ZONE,
  expires_after       VARCHAR(50),
  -- Null: off; else the marketing list a contact must have opted in to.
  data_protection     VARCHAR(30),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT       NOT NULL
);

-- One template per medium, by code (templates are the template area's; a type names them).
CREATE TABLE notification_type_template (
  notification_type_id  BIGINT      NOT NULL REFERENCES notification_type (id) ON DELETE CASCADE,
  position              INTEGER     NOT NULL,
  template_code         VARCHAR(50) NOT NULL,
  PRIMARY KEY (notification_type_id, position)
);
