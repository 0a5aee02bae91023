package org.xwiki.contrib.gov.role;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.xwiki.component.annotation.Role;

/**
 * Told of the changes of people's home agency or unit, inside the transaction that makes it, so that a module
 * keeping data derived from memberships (the profile search index, for one) records the change atomically with it.
 * Implementations must not call back into {@link MembershipService}.
 *
 * @version $Id$
 */
@Role
public interface MembershipListener
{
    /**
     * @param connection the connection of the transaction changing the memberships
     * @param memberships the new homes of the people whose home changed (one, or a chunk of an import)
     * @param time when, epoch milliseconds
     * @throws SQLException when the listener's own write fails (the change rolls back)
     */
    void membershipsChanged(Connection connection, List<Membership> memberships, long time) throws SQLException;
}
