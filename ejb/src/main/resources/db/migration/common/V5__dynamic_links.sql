-- Signed links: the key they are signed with, the dynamic-link settings, and the actions done.

-- One row: the HMAC key every node signs and verifies links with (unless herald.link.secret is
-- configured). Written once by the first node to start; ON CONFLICT keeps a racing node's out.
CREATE TABLE link_signing_key (
  id          SMALLINT PRIMARY KEY,
  secret      VARCHAR(100) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row: where dynamic links point (the seed's End Point, or a Custom URL that overrides it).
CREATE TABLE dynamic_link_settings (
  id          BIGINT PRIMARY KEY,
  end_point   VARCHAR(2000),
  custom_url  VARCHAR(2000),
  version     BIGINT NOT NULL
);
INSERT INTO dynamic_link_settings (id, end_point, custom_url, version) VALUES (1, NULL, NULL, 0);

-- Per link type: enabled or not, the text shown for the link, where the customer goes after it.
CREATE TABLE dynamic_link_type (
  settings_id      BIGINT       NOT NULL REFERENCES dynamic_link_settings (id),
  link_type        VARCHAR(60)  NOT NULL,
  enabled          BOOLEAN      NOT NULL,
  link_text        VARCHAR(200) NOT NULL,
  redirection_url  VARCHAR(2000),
  PRIMARY KEY (settings_id, link_type)
);
INSERT INTO dynamic_link_type (settings_id, link_type, enabled, link_text) VALUES
  (1, 'OPT_IN_DIRECT_MARKETING', FALSE, 'Subscribe to our direct marketing list'),
  (1, 'OPT_OUT_DIRECT_MARKETING', FALSE, 'Unsubscribe from our direct marketing list'),
  (1, 'OPT_IN_AFFILIATE_MARKETING', FALSE, 'Subscribe to our affiliate marketing list'),
  (1, 'OPT_OUT_AFFILIATE_MARKETING', FALSE, 'Unsubscribe from our affiliate marketing list'),
  (1, 'SERVICE_REQUEST_RESPONSE_ACCEPTANCE', FALSE, 'Accept the response'),
  (1, 'SERVICE_REQUEST_TEMPORARY_RESOLUTION_ACCEPTANCE', FALSE, 'Accept the temporary resolution'),
  (1, 'SERVICE_REQUEST_FINAL_RESOLUTION_ACCEPTANCE', FALSE, 'Accept the final resolution');

-- Each dynamic link acts once: the key is the communication and the action its token names.
CREATE TABLE dynamic_link_use (
  communication_number  VARCHAR(20) NOT NULL,
  link_type             VARCHAR(60) NOT NULL,
  contact_number        VARCHAR(20) NOT NULL,
  used_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (communication_number, link_type)
);

-- What a communication was made from, and the values of its unrestricted tags (VALUE is a
-- keyword in H2: hence tag_value).
ALTER TABLE communication ADD COLUMN template_code VARCHAR(50);
ALTER TABLE communication ADD COLUMN language VARCHAR(2);
ALTER TABLE communication ADD COLUMN classification VARCHAR(30);
CREATE TABLE communication_unrestricted (
  communication_id  BIGINT       NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
  tag_name          VARCHAR(100) NOT NULL,
  tag_value         VARCHAR(2000) NOT NULL,
  PRIMARY KEY (communication_id, tag_name)
);

-- Marketing emails carry a one-click unsubscribe address (RFC 8058) with them to the channel.
ALTER TABLE queue_entry ADD COLUMN list_unsubscribe VARCHAR(2000);
