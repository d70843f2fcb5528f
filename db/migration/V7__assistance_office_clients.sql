-- The assistance office (医疗救助经办机构) as an API client role, bound to the one region it serves.
ALTER TABLE api_client ADD COLUMN region varchar(16);
ALTER TABLE api_client DROP CONSTRAINT api_client_role_check;
ALTER TABLE api_client ADD CONSTRAINT api_client_role_check
    CHECK (role IN ('HOSPITAL', 'REGISTRY', 'ASSISTANCE_OFFICE', 'ADMIN'));
ALTER TABLE api_client ADD CONSTRAINT api_client_office_region_check
    CHECK ((role = 'ASSISTANCE_OFFICE') = (region IS NOT NULL));
