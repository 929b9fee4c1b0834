-- A notification template names the entity type of its run's items (#notification.<type>.… tags).
ALTER TABLE communication_template ADD COLUMN notification_item VARCHAR(50);
