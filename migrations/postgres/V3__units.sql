-- Who sees which requests on a shared register. A request belongs to a
-- unit: its `unit` column names the unit's database role. Members of that
-- role see and change its requests; members of the role rogatory_central
-- see and change all. The tables' owner (who applied these migrations)
-- is not restricted. See the README for the roles and grants.
CREATE FUNCTION rogatory_may_see(unit TEXT) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_roles r
        WHERE (r.rolname = unit OR r.rolname = 'rogatory_central')
          AND pg_has_role(current_user, r.oid, 'member')
    )
$$;
ALTER TABLE requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE deadlines ENABLE ROW LEVEL SECURITY;
ALTER TABLE links ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_unit ON requests
    USING (rogatory_may_see(unit)) WITH CHECK (rogatory_may_see(unit));
CREATE POLICY by_unit ON events
    USING (EXISTS (SELECT 1 FROM requests q WHERE q.reference = events.reference));
CREATE POLICY by_unit ON deadlines
    USING (EXISTS (SELECT 1 FROM requests q WHERE q.reference = deadlines.reference));
CREATE POLICY by_unit ON links
    USING (EXISTS (SELECT 1 FROM requests q WHERE q.reference = links.from_reference));
