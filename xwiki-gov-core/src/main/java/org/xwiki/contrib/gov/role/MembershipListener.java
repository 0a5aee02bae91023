package org.xwiki.contrib.gov.role;

import java.sql.Connection;
import java.sql.SQLException;

import org.xwiki.component.annotation.Role;

/**
 * Told of each change of a person's home agency or unit, inside the transaction that makes it, so that a module
 * keeping data derived from memberships (the profile search index, for one) records the change atomically with it.
 * Implementations must not call back into {@link MembershipService}.
 *
 * @version $Id$
 */
@Role
public interface MembershipListener
{
    /**
     * @param connection the connection of the transaction changing the membership
     * @param membership the person's new home
     * @param time when, epoch milliseconds
     * @throws SQLException when the listener's own write fails (the change rolls back)
     */
    void membershipChanged(Connection connection, Membership membership, long time) throws SQLException;
}
