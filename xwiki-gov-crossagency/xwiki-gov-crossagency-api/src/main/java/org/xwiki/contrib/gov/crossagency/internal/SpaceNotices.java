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
package org.xwiki.contrib.gov.crossagency.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcNoticeStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.crossagency.internal.task.CrossAgencyNoticeTask;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.role.RoleService;

/**
 * Queues the mails that tell people of a change to a space, in the change's transaction (the task
 * {@link org.xwiki.contrib.gov.crossagency.internal.task.CrossAgencyNoticeTask} sends them). Every mail's texts get the
 * space's English name as <code>{0}</code>, its French name as <code>{1}</code>, its key as <code>{2}</code>, then the
 * mail's own values.
 *
 * @version $Id$
 */
@Component(roles = SpaceNotices.class)
@Singleton
public class SpaceNotices
{
    private static final String MAIL = "gov.crossagency.mail.";

    @Inject
    private JdbcNoticeStore notices;

    @Inject
    private JdbcSpaceStore spaces;

    @Inject
    private RoleService roles;

    @Inject
    private WikiDirectory directory;

    @Inject
    private CrossAgencyConfiguration configuration;

    /**
     * @param connection the change's transaction
     * @param space the space
     * @param recipients who to tell (each once)
     * @param mail the mail's name: {@code gov.crossagency.mail.<mail>.subject} and {@code .body}
     * @param values the mail's own values
     * @throws SQLException when the mail cannot be queued (the change rolls back)
     */
    public void tell(Connection connection, Space space, Collection<String> recipients, String mail,
        String... values) throws SQLException
    {
        List<String> parameters = new ArrayList<>(List.of(space.charter().name().english(),
            space.charter().name().french(), space.key()));
        parameters.addAll(Arrays.asList(values));
        this.notices.add(connection, new LinkedHashSet<>(recipients), MAIL + mail, parameters,
            this.configuration.now());
    }

    /**
     * As {@link #tell(Connection, Space, Collection, String, String...)}, for a space known by its key; nothing is
     * queued for a space that does not exist.
     *
     * @param connection the change's transaction
     * @param spaceKey the space
     * @param recipients who to tell (each once)
     * @param mail the mail's name
     * @param values the mail's own values
     * @throws SQLException when the space cannot be read or the mail queued
     */
    public void tell(Connection connection, String spaceKey, Collection<String> recipients, String mail,
        String... values) throws SQLException
    {
        Optional<Space> space = this.spaces.find(connection, spaceKey, false);
        if (space.isPresent()) {
            tell(connection, space.get(), recipients, mail, values);
        }
    }

    /**
     * Tells a space's active stewards.
     *
     * @param connection the change's transaction
     * @param spaceKey the space
     * @param mail the mail's name
     * @param values the mail's own values
     * @throws SQLException when the space cannot be read or the mail queued
     */
    public void tellStewards(Connection connection, String spaceKey, String mail, String... values)
        throws SQLException
    {
        Optional<Space> space = this.spaces.find(connection, spaceKey, false);
        if (space.isPresent()) {
            tell(connection, space.get(), space.get().charter().stewards(), mail, values);
        }
    }

    /**
     * @param connection the change's transaction
     * @param space the space
     * @param mail the mail's name
     * @param values the mail's own values
     * @throws SQLException when the mail cannot be queued, or the administrators cannot be read
     */
    public void tellAdministrators(Connection connection, Space space, String mail, String... values)
        throws SQLException
    {
        tellAdministrators(connection, space, space.charter().agencies(), mail, values);
    }

    /**
     * @param connection the change's transaction
     * @param space the space
     * @param agencyKeys the agencies whose administrators to tell
     * @param mail the mail's name
     * @param values the mail's own values
     * @throws SQLException when the mail cannot be queued, or the administrators cannot be read
     */
    public void tellAdministrators(Connection connection, Space space, List<String> agencyKeys, String mail,
        String... values) throws SQLException
    {
        Set<String> administrators = new LinkedHashSet<>();
        try {
            for (String agencyKey : agencyKeys) {
                for (RoleGrant grant : this.roles.listGrants(Optional.of(agencyKey))) {
                    if (grant.role() == GovRole.AGENCY_ADMIN) {
                        administrators.add(grant.userId());
                    }
                }
            }
        } catch (GovException e) {
            throw new SQLException("The administrators to tell cannot be read", e);
        }
        tell(connection, space, administrators, mail, values);
    }

    /**
     * @param userId a person
     * @return their name, or their id when the wiki does not know it
     */
    public String name(String userId)
    {
        return this.directory.getDisplayName(userId).orElse(userId);
    }
}
