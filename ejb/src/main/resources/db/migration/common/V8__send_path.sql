-- Who made a communication (the send path tracks notification runs' ones when the settings say so),
-- and whether it overrides the contact's marketing preferences (the seed's override for important
-- communications).
ALTER TABLE communication ADD COLUMN origin VARCHAR(20) DEFAULT 'MANUAL' NOT NULL;
ALTER TABLE communication ADD COLUMN override_preferences BOOLEAN DEFAULT FALSE NOT NULL;

-- The seed's authorization settings: whether a new contact is opted in to direct / affiliate
-- marketing when the CRM does not say.
ALTER TABLE general_settings ADD COLUMN opt_in_direct_marketing_by_default BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE general_settings ADD COLUMN opt_in_affiliate_marketing_by_default BOOLEAN DEFAULT FALSE NOT NULL;
