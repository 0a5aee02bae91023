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
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.crossagency.GatingGuideline;
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
