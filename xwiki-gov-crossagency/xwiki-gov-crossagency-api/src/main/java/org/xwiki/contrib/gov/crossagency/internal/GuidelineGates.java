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

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.crossagency.GatingGuideline;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.guideline.GuidelineGate;

/**
 * The acknowledge-before-join gate: how a person stands with the guidelines a space lists, asked of the policy module
 * through the kernel's {@link GuidelineGate}. Without that module nobody passes a listed guideline: a gate set while it
 * was installed stays shut rather than open by accident.
 *
 * @version $Id$
 */
@Component(roles = GuidelineGates.class)
@Singleton
public class GuidelineGates
{
    /** What requires the people of a space to acknowledge: the space, by key. */
    private static final String SOURCE = "crossagency:";

    private static final Set<MemberState> ENDED = EnumSet.of(MemberState.LEFT, MemberState.REMOVED,
        MemberState.EXPIRED, MemberState.DECLINED);

    @Inject
    private ComponentManager componentManager;

    @Inject
    private CrossAgencyConfiguration configuration;

    /**
     * @param userId a person
     * @param guidelines the guidelines a space lists
     * @return how the person stands with each, in the given order
     * @throws GovException when the policy module's store fails
     */
    public List<GatingGuideline> standing(String userId, List<String> guidelines) throws GovException
    {
        List<GatingGuideline> standing = new ArrayList<>(guidelines.size());
        Optional<GuidelineGate> gate = gate();
        for (String key : guidelines) {
            standing.add(gate.isPresent() ? new GatingGuideline(key, gate.get().getTitle(key),
                gate.get().passes(userId, key, this.configuration.today()))
                : new GatingGuideline(key, Optional.empty(), false));
        }
        return standing;
    }

    /**
     * @param userId a person
     * @param guidelines the guidelines a space lists
     * @return whether the person passes them all
     * @throws GovException when the policy module's store fails
     */
    public boolean passesAll(String userId, List<String> guidelines) throws GovException
    {
        if (guidelines.isEmpty()) {
            return true;
        }
        Optional<GuidelineGate> gate = gate();
        if (gate.isEmpty()) {
            return false;
        }
        for (String key : guidelines) {
            if (!gate.get().passes(userId, key, this.configuration.today())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the policy module's list of the people a space requires to acknowledge its guidelines in step with a
     * membership: an active member is required (and assigned at once), someone who left or was never let in no
     * longer is. A suspended member stays required. In the caller's transaction.
     *
     * @param space the space
     * @param member a membership that changed
     * @throws GovException when the policy module's store fails
     */
    public void follow(Space space, SpaceMember member) throws GovException
    {
        if (member.state() == MemberState.ACTIVE) {
            require(space, List.of(member.userId()));
        } else if (ENDED.contains(member.state())) {
            release(space, List.of(member.userId()));
        }
    }

    /**
     * @param space a space
     * @param userIds people who are active in it
     * @throws GovException when the policy module's store fails
     */
    public void require(Space space, Collection<String> userIds) throws GovException
    {
        Optional<GuidelineGate> gate = gate();
        if (gate.isPresent()) {
            for (String key : space.charter().guidelines()) {
                gate.get().require(key, SOURCE + space.key(), userIds);
            }
        }
    }

    /**
     * @param space a space
     * @param userIds people no longer in it
     * @throws GovException when the policy module's store fails
     */
    public void release(Space space, Collection<String> userIds) throws GovException
    {
        release(space.key(), space.charter().guidelines(), userIds);
    }

    /**
     * @param spaceKey a space
     * @param guidelines the guidelines it lists
     * @param userIds people no longer in it
     * @throws GovException when the policy module's store fails
     */
    public void release(String spaceKey, List<String> guidelines, Collection<String> userIds) throws GovException
    {
        Optional<GuidelineGate> gate = gate();
        if (gate.isPresent()) {
            for (String key : guidelines) {
                gate.get().release(key, SOURCE + spaceKey, userIds);
            }
        }
    }

    private Optional<GuidelineGate> gate()
    {
        if (!this.componentManager.hasComponent(GuidelineGate.class)) {
            return Optional.empty();
        }
        try {
            return Optional.of(this.componentManager.getInstance(GuidelineGate.class));
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("The guideline gate cannot start", e);
        }
    }
}
