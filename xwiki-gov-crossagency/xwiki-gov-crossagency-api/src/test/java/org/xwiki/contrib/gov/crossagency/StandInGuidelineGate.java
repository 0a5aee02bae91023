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
package org.xwiki.contrib.gov.crossagency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.guideline.GuidelineGate;

/**
 * The policy module as the cross-agency module sees it, for tests: one published guideline, passed by whoever the
 * test says acknowledged it, and the requirements the spaces keep ({@code "<guideline> <source> <user>"}).
 *
 * @version $Id$
 */
public final class StandInGuidelineGate implements GuidelineGate
{
    private final String key;

    private final Bilingual title;

    private final Set<String> acknowledged = new HashSet<>();

    private final Set<String> required = new TreeSet<>();

    /**
     * @param key the published guideline
     * @param title its title
     */
    public StandInGuidelineGate(String key, Bilingual title)
    {
        this.key = key;
        this.title = title;
    }

    /**
     * @param userIds people who acknowledged the guideline
     */
    public void acknowledge(Collection<String> userIds)
    {
        this.acknowledged.addAll(userIds);
    }

    /**
     * @return the requirements in force, each {@code "<guideline> <source> <user>"}
     */
    public Set<String> required()
    {
        return this.required;
    }

    @Override
    public Optional<Bilingual> getTitle(String guideline)
    {
        return this.key.equals(guideline) ? Optional.of(this.title) : Optional.empty();
    }

    @Override
    public boolean passes(String userId, String guideline, LocalDate today)
    {
        return this.key.equals(guideline) && this.acknowledged.contains(userId);
    }

    @Override
    public void require(String guideline, String source, Collection<String> userIds)
    {
        userIds.forEach(userId -> this.required.add(String.join(" ", List.of(guideline, source, userId))));
    }

    @Override
    public void release(String guideline, String source, Collection<String> userIds)
    {
        userIds.forEach(userId -> this.required.remove(String.join(" ", List.of(guideline, source, userId))));
    }
}
