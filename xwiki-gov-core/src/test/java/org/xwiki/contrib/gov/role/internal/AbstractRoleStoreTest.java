/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.role.internal;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The world the role and membership store tests share, on H2 or PostgreSQL.
 *
 * @version $Id$
 */
public abstract class AbstractRoleStoreTest extends AbstractKernelTest
{
    protected static final Optional<String> HEALTH = Optional.of(GovWorld.OWN);

    protected RoleService roles;

    protected MembershipService memberships;

    protected AuditLog auditLog;

    @BeforeEach
    protected void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        this.kernel.directory().addUser("newbie", "New Bie");
        this.roles = this.kernel.get(RoleService.class);
        this.memberships = this.kernel.get(MembershipService.class);
        this.auditLog = this.kernel.get(AuditLog.class);
    }

    protected List<AuditRecord> lastRecords(int count) throws GovException
    {
        long last = this.auditLog.verify().recordsChecked();
        return this.auditLog.read(last - count + 1, count);
    }

    protected static void assertRefused(String messageKey, org.junit.jupiter.api.function.Executable call)
    {
        assertEquals(messageKey, assertThrows(GovException.class, call).getMessageKey());
    }
}
