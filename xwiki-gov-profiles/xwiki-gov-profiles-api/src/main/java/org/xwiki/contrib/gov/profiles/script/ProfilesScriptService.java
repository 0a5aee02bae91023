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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Proficiency;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.ProfileView;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.ProfileForm;
import org.xwiki.contrib.gov.profiles.internal.search.DirectoryRequest;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;

/**
 * The profiles module's entry point for templates, {@code $services.govprofiles}: profiles, the directory, the org
 * chart and endorsements; {@code $services.govprofiles.import} ({@link ProfilesImportScriptService}) and
 * {@code $services.govprofiles.settings} ({@link ProfilesSettingsScriptService}) serve the HR import and an agency's
 * settings. Parameters arrive as the request's strings; the services check rights against the caller and only return
 * what the caller may see.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govprofiles")
@Singleton
public class ProfilesScriptService extends AbstractGovScriptService
{
    private static final int SUGGESTIONS = 10;

    private static final String NOT_SIGNED_IN = "gov.profiles.error.signIn";

    private static final String TRUE = "true";

    @Inject
    private ProfileService profiles;

    @Inject
    private DirectorySearch directory;

    /**
     * @param userId a person, or blank for the caller
     * @return the profile as the caller may see it
     */
    public ScriptResult getProfile(String userId)
    {
        return read(() -> this.profiles.get(actor(), person(userId)));
    }

    /**
     * @param userId a person, or blank for the caller
     * @return their manager chain, direct reports and unit members
     */
    public ScriptResult getOrgChart(String userId)
    {
        return read(() -> this.profiles.getOrgChart(actor(), person(userId)));
    }

    /**
     * @param userId a person, or blank for the caller
     * @return the completeness of the profile, for the person and their HR
     */
    public ScriptResult getCompleteness(String userId)
    {
        return read(() -> this.profiles.getCompleteness(actor(), person(userId)));
    }

    /**
     * @param parameters the request's parameters: {@code q}, {@code page} (from 1) and one per facet, as
     *     {@link DirectoryRequest} reads them
     * @return a page of hits with the facet counts
     */
    public ScriptResult search(Map<String, ?> parameters)
    {
        return read(() -> this.directory.search(actor(), DirectoryRequest.read(parameters)));
    }

    /**
     * @return how many people a page of results lists
     */
    public int getPageSize()
    {
        return DirectoryRequest.DEFAULT_PAGE_SIZE;
    }

    /**
     * @param prefix the start of a skill
     * @return the skills the caller may see that start so, most frequent first
     */
    public ScriptResult suggestSkills(String prefix)
    {
        return read(() -> this.directory.suggestSkills(actor(), Objects.toString(prefix, ""), SUGGESTIONS));
    }

    /**
     * @param parameters the request's parameters
     * @param page a page number, from 1; 0 for none
     * @return the query string of the same search at that page, URL-encoded (to escape for XML still)
     */
    public String getSearchQuery(Map<String, ?> parameters, int page)
    {
        return DirectoryRequest.toQueryString(parameters, page);
    }

    /**
     * @param languageTag a language tag
     * @return the language's name in the caller's language, or the tag when it names no known language
     */
    public String getLanguageName(String languageTag)
    {
        String tag = Inputs.text(languageTag);
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(actor().locale());
        return name.isEmpty() ? tag : name;
    }

    /**
     * @param view a profile
     * @param field a person-owned field's name
     * @return the field's visibility in that profile, or empty text for an unknown field
     */
    public String getVisibility(ProfileView view, String field)
    {
        return Arrays.stream(PersonalField.values()).filter(value -> value.name().equals(field)).findFirst()
            .map(value -> view.visibilities().get(value).name()).orElse("");
    }

    /**
     * @param skills skill tags
     * @return them separated by commas, as the edit form takes them
     */
    public String joinSkills(List<String> skills)
    {
        return skills == null ? "" : String.join(", ", skills);
    }

    /**
     * @param facet a facet
     * @return the name of the search parameter filtering on it
     */
    public String getFilterParameter(DirectoryFacet facet)
    {
        return DirectoryRequest.parameterOf(facet);
    }

    /**
     * @return the facets, in the order the directory shows them
     */
    public List<DirectoryFacet> getFacets()
    {
        return List.of(DirectoryFacet.values());
    }

    /**
     * @return the person-owned fields, in the order the edit form shows them
     */
    public List<PersonalField> getFields()
    {
        return List.of(PersonalField.values());
    }

    /**
     * @return the visibility choices, widest first
     */
    public List<Visibility> getVisibilities()
    {
        return List.of(Visibility.values());
    }

    /**
     * @return the language proficiency choices, lowest first
     */
    public List<Proficiency> getProficiencies()
    {
        return List.of(Proficiency.values());
    }

    /**
     * @return the capacities a link can be declared in
     */
    public List<LinkCapacity> getCapacities()
    {
        return List.of(LinkCapacity.values());
    }

    /**
     * @return how many language rows the edit form may send
     */
    public int getMaxLanguageRows()
    {
        return ProfileForm.MAX_LANGUAGE_ROWS;
    }

    /**
     * @return how many link rows the edit form may send
     */
    public int getMaxLinkRows()
    {
        return ProfileForm.MAX_LINK_ROWS;
    }

    /**
     * Replaces the caller's person-owned fields.
     *
     * @param parameters the edit form's parameters, as {@link ProfileForm} reads them
     * @return a confirmation, or why it failed
     */
    public ScriptResult updateOwn(Map<String, ?> parameters)
    {
        return change("gov.profiles.saved", () -> {
            ProfileForm form = ProfileForm.read(parameters);
            this.profiles.updateOwn(actor(), form.details(), form.visibilities());
        });
    }

    /**
     * @param userId the person
     * @param displayName their name
     * @param positionTitle their position, or blank
     * @param classification their classification or level, or blank
     * @param managerId their manager's id, or blank
     * @return a confirmation, or why it failed
     */
    public ScriptResult updateHr(String userId, String displayName, String positionTitle, String classification,
        String managerId)
    {
        return change("gov.profiles.hr.saved", () -> this.profiles.updateHr(actor(), Inputs.text(userId).strip(),
            new HrFields(Inputs.text(displayName), Inputs.optional(positionTitle), Inputs.optional(classification),
                Inputs.optional(managerId))), Inputs.text(userId));
    }

    /**
     * @param userId the person
     * @param active {@code true} to reactivate, anything else to deactivate
     * @return a confirmation, or why it failed
     */
    public ScriptResult setActive(String userId, String active)
    {
        boolean activate = TRUE.equals(active);
        return change(activate ? "gov.profiles.reactivated" : "gov.profiles.deactivated",
            () -> this.profiles.setActive(actor(), Inputs.text(userId).strip(), activate), Inputs.text(userId));
    }

    /**
     * @param userId the colleague
     * @param skill one of their skills
     * @return a confirmation, or why it failed
     */
    public ScriptResult endorse(String userId, String skill)
    {
        return change("gov.profiles.endorsed",
            () -> this.profiles.endorse(actor(), Inputs.text(userId), Inputs.text(skill)), Inputs.text(skill));
    }

    /**
     * @param userId the colleague
     * @param skill one of their skills
     * @return a confirmation, or why it failed
     */
    public ScriptResult withdrawEndorsement(String userId, String skill)
    {
        return change("gov.profiles.endorsementWithdrawn",
            () -> this.profiles.withdrawEndorsement(actor(), Inputs.text(userId), Inputs.text(skill)),
            Inputs.text(skill));
    }

    private String person(String userId) throws GovException
    {
        Optional<String> wanted = Inputs.optional(userId);
        if (wanted.isPresent()) {
            return wanted.get();
        }
        return actor().userId().orElseThrow(() -> new GovException(NOT_SIGNED_IN));
    }
}
