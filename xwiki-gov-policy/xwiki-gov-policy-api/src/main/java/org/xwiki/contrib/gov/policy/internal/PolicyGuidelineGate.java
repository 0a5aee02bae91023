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
package org.xwiki.contrib.gov.policy.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.guideline.GuidelineGate;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.internal.audience.JoinerAssignments;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGateRequirementStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * The policy module's answer to other modules gating on guidelines: a guideline's title, whether a person passes
 * it (acknowledged the current major version or exempt, or still within the due date of a new major version after
 * acknowledging an earlier one), and the people they require to acknowledge it, who join its audience.
 *
 * @version $Id$
 */
@Component
@Singleton
public class PolicyGuidelineGate implements GuidelineGate
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcGuidelineStore guidelines;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private JdbcGateRequirementStore requirements;

    @Inject
    private JoinerAssignments joiners;

    @Override
    public Optional<Bilingual> getTitle(String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Optional<Guideline> guideline = this.guidelines.find(connection, key, false)
                .filter(found -> found.status() == GuidelineStatus.ACTIVE && found.currentVersion() > 0);
            if (guideline.isEmpty()) {
                return Optional.<Bilingual>empty();
            }
            return this.guidelines.findVersion(connection, key, guideline.get().currentVersion())
                .map(version -> version.content().title());
        });
    }

    @Override
    public boolean passes(String userId, String key, LocalDate today) throws GovException
    {
        return this.store.inTransaction(connection -> this.assignments.passesGate(connection, key, userId, today));
    }

    @Override
    public void require(String key, String source, Collection<String> userIds) throws GovException
    {
        if (userIds.isEmpty()) {
            return;
        }
        this.store.inTransaction(connection -> {
            this.requirements.add(connection, key, source, userIds);
            Optional<Guideline> guideline = this.guidelines.find(connection, key, true)
                .filter(found -> found.status() == GuidelineStatus.ACTIVE && found.currentMajor() > 0);
            if (guideline.isPresent()) {
                this.joiners.assign(connection, guideline.get(),
                    this.assignments.findUnassigned(connection, key, guideline.get().currentMajor(), userIds));
            }
            return null;
        });
    }

    @Override
    public void release(String key, String source, Collection<String> userIds) throws GovException
    {
        this.store.inTransaction(connection -> {
            this.requirements.remove(connection, key, source, userIds);
            return null;
        });
    }
}
