package org.xwiki.contrib.gov.profiles.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;

/**
 * Logs a profile change for each person who moves agency or unit, in the same transaction: the search index then files
 * their values under the new agency, so that agency-only values follow the person's visibility rules at once.
 *
 * @version $Id$
 */
@Component
@Named("profiles")
@Singleton
public class ProfileMembershipListener implements MembershipListener
{
    @Inject
    private JdbcProfileChangeLog changes;

    @Override
    public void membershipsChanged(Connection connection, List<Membership> memberships, long time)
        throws SQLException
    {
        this.changes.recordAll(connection, memberships.stream().map(Membership::userId).toList(), time);
    }
}
