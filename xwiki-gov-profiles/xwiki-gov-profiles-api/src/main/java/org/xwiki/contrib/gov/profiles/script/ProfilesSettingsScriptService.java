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
package org.xwiki.contrib.gov.profiles.script;

import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.profiles.ProfileSettingsService;
import org.xwiki.contrib.gov.profiles.internal.ProfileForm;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;

/**
 * An agency's profile settings for templates, {@code $services.govprofiles.settings}: the default visibility of each
 * personal field and the controlled skill vocabulary.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govprofiles.settings")
@Singleton
public class ProfilesSettingsScriptService extends AbstractGovScriptService
{
    @Inject
    private ProfileSettingsService settings;

    /**
     * @return the agencies whose profile settings the caller may change, by key
     */
    public ScriptResult getAgencies()
    {
        return read(() -> this.settings.getManageableAgencies(actor()));
    }

    /**
     * @param agencyKey an agency the caller administers
     * @return its default visibilities and skill vocabulary
     */
    public ScriptResult getSettings(String agencyKey)
    {
        return read(() -> this.settings.get(actor(), Inputs.text(agencyKey)));
    }

    /**
     * @param agencyKey an agency the caller administers
     * @param parameters the settings form's parameters, {@code visibility-<FIELD>} for each field
     * @return a confirmation, or why it failed
     */
    public ScriptResult setDefaults(String agencyKey, Map<String, ?> parameters)
    {
        return change("gov.profiles.settings.defaultsSaved",
            () -> this.settings.setDefaults(actor(), Inputs.text(agencyKey), ProfileForm.visibilities(parameters)));
    }

    /**
     * @param agencyKey an agency the caller administers
     * @param skills the vocabulary, skills separated by lines, commas or semicolons; blank to allow any skill
     * @return a confirmation with the number of skills, or why it failed
     */
    public ScriptResult setVocabulary(String agencyKey, String skills)
    {
        return change("gov.profiles.settings.vocabularySaved",
            () -> this.settings.setSkillVocabulary(actor(), Inputs.text(agencyKey),
                ProfileForm.skills(Inputs.text(skills))),
            saved -> List.of(saved.size()));
    }

    /**
     * @param agencyKey an agency
     * @return the skills its people may add, empty when any skill is allowed
     */
    public ScriptResult getVocabulary(String agencyKey)
    {
        return read(() -> this.settings.getSkillVocabulary(actor(), Inputs.text(agencyKey)));
    }
}
