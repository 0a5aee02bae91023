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
package org.xwiki.contrib.gov.script;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.application.GovApplication;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.configuration.GovSettings;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.role.RoleService;

/**
 * The kernel's entry point for templates, {@code $services.govcore}: agencies, units, role grants and memberships for
 * the administration page, the caller's own roles and home for every page. Each method checks the caller's rights.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govcore")
@Singleton
public class CoreScriptService extends AbstractGovScriptService
{
    private static final int MAX_USER_ID_LENGTH = 255;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private RoleService roles;

    @Inject
    private MembershipService memberships;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AuditLog auditLog;

    @Inject
    private WikiDirectory directory;

    @Inject
    private ClearanceService clearances;

    @Inject
    private Provider<List<GovApplication>> applications;

    private final Translations translations = Translations.load(CoreScriptService.class.getClassLoader());

    @Inject
    @Named(GovSettings.HINT)
    private ConfigurationSource configuration;

    /**
     * @return the calling user
     */
    public Actor getActor()
    {
        return actor();
    }

    /**
     * @return the path under which the host serves the modules' JSON APIs ({@code gov.rest.basePath} of the host's
     *     {@link GovSettings}, default {@code /gov/rest}), for download links
     */
    public String getRestBase()
    {
        return this.configuration.getProperty("gov.rest.basePath", "/gov/rest");
    }

    /**
     * @param module a module id ({@code policy})
     * @param page a page of the module ({@code mine})
     * @return the address of that page in the host: {@code gov.pageUrlPattern} of the host's {@link GovSettings}
     *     with {@code {module}} and {@code {page}} replaced (default {@code /{module}/{page}}, the sandbox's form)
     */
    public String getPageUrl(String module, String page)
    {
        return this.configuration.getProperty("gov.pageUrlPattern", "/{module}/{page}")
            .replace("{module}", URLEncoder.encode(Inputs.text(module), StandardCharsets.UTF_8))
            .replace("{page}", URLEncoder.encode(Inputs.text(page), StandardCharsets.UTF_8));
    }

    /**
     * @return the installed modules, in display order
     */
    public List<GovApplication> getApplications()
    {
        return this.applications.get().stream()
            .sorted(Comparator.comparingInt(GovApplication::getOrder).thenComparing(GovApplication::getId))
            .toList();
    }

    /**
     * @param userId a user id
     * @return the user's name to show, or the id itself for an unknown user
     */
    public String getDisplayName(String userId)
    {
        return this.directory.getDisplayName(userId).orElse(userId);
    }

    /**
     * @return the caller's home agency and unit ({@code value} is {@code null} when they have none)
     */
    public ScriptResult getMembership()
    {
        return read(() -> actor().userId().isEmpty() ? Optional.empty() : this.memberships.get(actor().id()));
    }

    /**
     * @return the roles the caller holds
     */
    public ScriptResult getRoles()
    {
        return read(() -> actor().userId().isEmpty() ? List.of() : this.roles.getGrants(actor().id()));
    }

    /**
     * @return every agency, for employees
     */
    public ScriptResult getAgencies()
    {
        return read(() -> {
            check(CoreOperations.VIEW_AGENCIES, Optional.empty());
            return this.agencies.listAgencies();
        });
    }

    /**
     * @return the agencies whose units, roles or people the caller may manage, by key
     */
    public ScriptResult getAdministeredAgencies()
    {
        return read(() -> {
            List<Agency> all = this.agencies.listAgencies();
            List<String> keys = all.stream().map(Agency::key).toList();
            Set<String> administered = new HashSet<>();
            for (GovOperation operation : List.of(CoreOperations.MANAGE_UNITS, CoreOperations.MANAGE_AGENCY_ROLES,
                CoreOperations.ASSIGN_MEMBERSHIP)) {
                administered.addAll(this.authorization.allowedAgencies(actor(), operation, keys));
            }
            return all.stream().filter(agency -> administered.contains(agency.key())).toList();
        });
    }

    /**
     * @param date a {@link LocalDate}, or an {@link Instant} (shown as its day in UTC, the day deadlines use)
     * @return the date in the caller's language ("29 novembre 2026", "November 29, 2026"); empty for anything else
     */
    public String formatDate(Object date)
    {
        LocalDate day = date instanceof Instant instant ? LocalDate.ofInstant(instant, ZoneOffset.UTC)
            : date instanceof LocalDate local ? local : null;
        return day == null ? ""
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(actor().locale()).format(day);
    }

    /**
     * @param instant an {@link Instant}
     * @return its date and time in the caller's language, in the server's time zone ("29 novembre 2026, 17:22",
     *     "November 29, 2026, 5:22 PM"); empty for anything else
     */
    public String formatDateTime(Object instant)
    {
        if (!(instant instanceof Instant moment)) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(actor().locale())
            .withZone(ZoneId.systemDefault()).format(moment);
    }

    /**
     * @return the clearance levels, lowest first
     */
    public List<String> getClearanceLevels()
    {
        return this.clearances.getLevels();
    }

    /**
     * @param level a clearance level or sensitivity label
     * @return its name in the caller's language ({@code gov.core.clearance.level.<LEVEL>}), or the level itself for a
     *     level the translations do not name
     */
    public String getClearanceLevelName(String level)
    {
        String checked = Inputs.text(level);
        return this.translations.get("gov.core.clearance.level." + checked, actor().locale()).orElse(checked);
    }

    /**
     * @param userId a person
     * @return their clearance, when the caller is that person or may record it; a failure otherwise
     */
    public ScriptResult getClearance(String userId)
    {
        return read(() -> this.clearances.view(actor(), Inputs.text(userId).strip())
            .orElseThrow(() -> new GovException("gov.core.error.user.unknown", Inputs.text(userId))));
    }

    /**
     * @param userId a person
     * @param level their new clearance
     * @return a confirmation, or why it failed
     */
    public ScriptResult setClearance(String userId, String level)
    {
        return change("gov.core.clearance.set",
            () -> this.clearances.set(actor(), Inputs.text(userId).strip(), Inputs.text(level).strip()),
            Inputs.text(userId));
    }

    /**
     * @param agencyKey an agency key
     * @return the agency's name in the caller's language, for employees; the key itself when there is no such agency
     *     or the caller may not see agencies
     */
    public String getAgencyName(String agencyKey)
    {
        return nameOf(agencyKey, key -> this.agencies.getAgency(key).map(Agency::name));
    }

    /**
     * @param unitKey a unit key
     * @return the unit's name in the caller's language, for employees; the key itself when there is no such unit or
     *     the caller may not see agencies
     */
    public String getUnitName(String unitKey)
    {
        return nameOf(unitKey, key -> this.agencies.getUnit(key).map(OrgUnit::name));
    }

    /**
     * @param unitKey a unit key
     * @return the unit's name followed by its agency's, in the caller's language ("Human Resources (Department of
     *     Health)"), for employees: what tells apart units of the same name in a list that spans agencies; the key
     *     itself when there is no such unit or the caller may not see agencies
     */
    public String getUnitNameWithAgency(String unitKey)
    {
        return nameOf(unitKey, key -> {
            Optional<OrgUnit> unit = this.agencies.getUnit(key);
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            Bilingual unitName = unit.get().name();
            Bilingual agencyName = this.agencies.getAgency(unit.get().agencyKey()).map(Agency::name)
                .orElse(new Bilingual(unit.get().agencyKey(), unit.get().agencyKey()));
            return Optional.of(new Bilingual(unitName.english() + " (" + agencyName.english() + ')',
                unitName.french() + " (" + agencyName.french() + ')'));
        });
    }

    /** Finds the name of an agency or a unit. */
    @FunctionalInterface
    private interface NameLookup
    {
        Optional<Bilingual> find(String key) throws GovException;
    }

    private String nameOf(String key, NameLookup lookup)
    {
        String wanted = Inputs.text(key);
        try {
            if (!this.authorization.isAllowed(actor(), CoreOperations.VIEW_AGENCIES, Optional.empty())) {
                return wanted;
            }
            return lookup.find(wanted).map(name -> name.in(actor().locale())).orElse(wanted);
        } catch (GovException e) {
            return wanted;
        }
    }

    /**
     * @param agencyKey an agency key
     * @return the agency's units, top-down, for employees
     */
    public ScriptResult getUnits(String agencyKey)
    {
        return read(() -> {
            check(CoreOperations.VIEW_AGENCIES, Optional.empty());
            return this.agencies.listUnits(agencyKey);
        });
    }

    /**
     * @param agencyKey an agency key, or blank for the government-wide grants
     * @return the grants of that scope, for those who may manage them
     */
    public ScriptResult getGrants(String agencyKey)
    {
        Optional<String> scope = Inputs.optional(agencyKey);
        return read(() -> {
            check(scope.isPresent() ? CoreOperations.MANAGE_AGENCY_ROLES : CoreOperations.MANAGE_GOVERNMENT_ROLES,
                scope);
            return this.roles.listGrants(scope);
        });
    }

    /**
     * @param operationName the name of a kernel operation ({@code core.unit.manage}...)
     * @param agencyKey the agency it applies to, or blank
     * @return whether the caller may perform it; for showing or hiding controls only, the services check again
     */
    public boolean isAllowed(String operationName, String agencyKey)
    {
        Optional<GovOperation> operation = CoreOperations.byName(operationName);
        try {
            return operation.isPresent()
                && this.authorization.isAllowed(actor(), operation.get(), Inputs.optional(agencyKey));
        } catch (GovException e) {
            return false;
        }
    }

    /**
     * @param key the new agency's key
     * @param nameEn its English name
     * @param nameFr its French name
     * @param acronym its acronym
     * @param parentKey the key of its parent agency, or blank
     * @return a confirmation, or why it failed
     */
    public ScriptResult createAgency(String key, String nameEn, String nameFr, String acronym, String parentKey)
    {
        return change("gov.core.agency.created", () -> this.agencies.createAgency(actor(),
            new Agency(Inputs.text(key), name(nameEn, nameFr), Inputs.text(acronym),
                Inputs.optional(parentKey))),
            key);
    }

    /**
     * @param key the agency's key
     * @param nameEn its new English name
     * @param nameFr its new French name
     * @param acronym its new acronym
     * @return a confirmation, or why it failed
     */
    public ScriptResult renameAgency(String key, String nameEn, String nameFr, String acronym)
    {
        return change("gov.core.agency.renamed",
            () -> this.agencies.renameAgency(actor(), Inputs.text(key), name(nameEn, nameFr),
                Inputs.text(acronym)),
            key);
    }

    /**
     * @param agencyKey the agency of the new unit
     * @param key the new unit's key
     * @param nameEn its English name
     * @param nameFr its French name
     * @param parentKey the key of its parent unit, or blank for a top-level unit
     * @return a confirmation, or why it failed
     */
    public ScriptResult createUnit(String agencyKey, String key, String nameEn, String nameFr, String parentKey)
    {
        return change("gov.core.unit.created", () -> this.agencies.createUnit(actor(), new OrgUnit(
            Inputs.text(key), Inputs.text(agencyKey), name(nameEn, nameFr), Inputs.optional(parentKey))), key);
    }

    /**
     * @param key the unit's key
     * @param nameEn its new English name
     * @param nameFr its new French name
     * @return a confirmation, or why it failed
     */
    public ScriptResult renameUnit(String key, String nameEn, String nameFr)
    {
        return change("gov.core.unit.renamed",
            () -> this.agencies.renameUnit(actor(), Inputs.text(key), name(nameEn, nameFr)), key);
    }

    /**
     * @param userId the user who receives the role
     * @param roleName {@code GOV_ADMIN}, {@code AGENCY_ADMIN} or {@code HR_OFFICER}
     * @param agencyKey the agency of an agency role, blank for {@code GOV_ADMIN}
     * @return a confirmation, or why it failed
     */
    public ScriptResult grantRole(String userId, String roleName, String agencyKey)
    {
        return change("gov.core.role.granted", () -> this.roles.grant(actor(), requireUser(userId),
            role(roleName), Inputs.optional(agencyKey)), userId, roleName);
    }

    /**
     * @param userId the user who holds the role
     * @param roleName the role
     * @param agencyKey the agency of the grant, blank for {@code GOV_ADMIN}
     * @return a confirmation, or why it failed
     */
    public ScriptResult revokeRole(String userId, String roleName, String agencyKey)
    {
        return change("gov.core.role.revoked", () -> this.roles.revoke(actor(), requireUser(userId),
            role(roleName), Inputs.optional(agencyKey)), userId, roleName);
    }

    /**
     * @param userId the person
     * @param agencyKey their new home agency
     * @param unitKey their unit in it, or blank
     * @return a confirmation, or why it failed
     */
    public ScriptResult assignMembership(String userId, String agencyKey, String unitKey)
    {
        return change("gov.core.membership.assigned", () -> this.memberships.assign(actor(),
            new Membership(requireUser(userId), Inputs.text(agencyKey).strip(), Inputs.optional(unitKey))),
            userId);
    }

    /**
     * @return the outcome of walking the audit chain, for government administrators
     */
    public ScriptResult verifyAudit()
    {
        return read(() -> {
            check(CoreOperations.VERIFY_AUDIT, Optional.empty());
            return this.auditLog.verify();
        });
    }

    /**
     * @return what the signed checkpoints cover, for government administrators: the last record number they cover
     *     ({@code lastCheckpoint}) and the fingerprint of the key that signs them ({@code keyFingerprint})
     */
    public ScriptResult getAuditCheckpointWindow()
    {
        return read(() -> {
            check(CoreOperations.VERIFY_AUDIT, Optional.empty());
            return Map.of("lastCheckpoint", this.auditLog.getLastCheckpoint(), "keyFingerprint",
                this.auditLog.getCheckpointKeyFingerprint());
        });
    }

    private void check(GovOperation operation, Optional<String> agencyKey) throws GovException
    {
        this.authorization.check(actor(), operation, agencyKey);
    }

    private static Bilingual name(String english, String french)
    {
        return new Bilingual(Inputs.text(english), Inputs.text(french));
    }

    private static String requireUser(String userId) throws GovException
    {
        return Inputs.requireText("gov.core.user", userId, MAX_USER_ID_LENGTH);
    }

    private static GovRole role(String roleName) throws GovException
    {
        try {
            return GovRole.valueOf(Inputs.text(roleName).strip());
        } catch (IllegalArgumentException e) {
            throw new GovException("gov.core.error.role.unknown", roleName);
        }
    }
}
