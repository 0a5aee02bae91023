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
package org.xwiki.contrib.gov.agency.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.agency.UnitPlacement;
import org.xwiki.contrib.gov.agency.UnitTreeEntry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlStates;

/**
 * Checks input and rights, then changes agencies and units and records each change in the audit log, in one
 * transaction.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultAgencyRegistry implements AgencyRegistry
{
    /** Agency keys: upper-case letters, digits and underscores, starting with a letter. */
    public static final Pattern AGENCY_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    /** Unit keys: upper-case letters, digits, underscores and hyphens, starting with a letter. */
    public static final Pattern UNIT_KEY = Pattern.compile("[A-Z][A-Z0-9_-]{1,63}");

    private static final int MAX_NAME_LENGTH = 200;

    private static final int MAX_ACRONYM_LENGTH = 20;

    private static final String KEY = "key";

    private static final String AGENCY = "agency";

    private static final String NAME_EN = "nameEn";

    private static final String NAME_FR = "nameFr";

    private static final String UNKNOWN_AGENCY = "gov.core.error.agency.unknown";

    @Inject
    private GovStore store;

    @Inject
    private JdbcAgencyStore agencies;

    @Inject
    private AuditLog auditLog;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private Clock clock;

    @Override
    public void createAgency(Actor actor, Agency agency) throws GovException
    {
        Agency checked = new Agency(Inputs.requireKey("gov.core.agency.key", agency.key(), AGENCY_KEY),
            checkName("gov.core.agency", agency.name()),
            Inputs.requireText("gov.core.agency.acronym", agency.acronym(), MAX_ACRONYM_LENGTH),
            agency.parentKey().map(String::strip));
        this.authorization.check(actor, CoreOperations.CREATE_AGENCY, Optional.empty());
        this.store.inTransaction(connection -> {
            if (checked.parentKey().isPresent()
                && this.agencies.getAgency(connection, checked.parentKey().get()).isEmpty()) {
                throw new GovException("gov.core.error.agency.unknownParent", checked.parentKey().get());
            }
            try {
                this.agencies.insertAgency(connection, checked, this.clock.instant());
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    throw new GovException("gov.core.error.agency.duplicate", checked.key());
                }
                throw e;
            }
            return this.auditLog.append(actor, "core.agency.created",
                Map.of(KEY, checked.key(), NAME_EN, checked.name().english(), NAME_FR, checked.name().french(),
                    "acronym", checked.acronym(), "parent", checked.parentKey().orElse("")));
        });
    }

    @Override
    public void renameAgency(Actor actor, String agencyKey, Bilingual name, String acronym) throws GovException
    {
        Bilingual checkedName = checkName("gov.core.agency", name);
        String checkedAcronym = Inputs.requireText("gov.core.agency.acronym", acronym, MAX_ACRONYM_LENGTH);
        this.authorization.check(actor, CoreOperations.RENAME_AGENCY, Optional.of(agencyKey));
        this.store.inTransaction(connection -> {
            if (!this.agencies.renameAgency(connection, agencyKey, checkedName, checkedAcronym)) {
                throw new GovException(UNKNOWN_AGENCY, agencyKey);
            }
            return this.auditLog.append(actor, "core.agency.renamed", Map.of(KEY, agencyKey, NAME_EN,
                checkedName.english(), NAME_FR, checkedName.french(), "acronym", checkedAcronym));
        });
    }

    @Override
    public Optional<Agency> getAgency(String agencyKey) throws GovException
    {
        return this.store.inTransaction(connection -> this.agencies.getAgency(connection, agencyKey));
    }

    @Override
    public List<Agency> listAgencies() throws GovException
    {
        return this.store.inTransaction(this.agencies::listAgencies);
    }

    @Override
    public void createUnit(Actor actor, OrgUnit unit) throws GovException
    {
        OrgUnit checked = new OrgUnit(Inputs.requireKey("gov.core.unit.key", unit.key(), UNIT_KEY),
            unit.agencyKey().strip(), checkName("gov.core.unit", unit.name()), unit.parentKey().map(String::strip));
        this.authorization.check(actor, CoreOperations.MANAGE_UNITS, Optional.of(checked.agencyKey()));
        this.store.inTransaction(connection -> {
            if (this.agencies.getAgency(connection, checked.agencyKey()).isEmpty()) {
                throw new GovException(UNKNOWN_AGENCY, checked.agencyKey());
            }
            if (checked.parentKey().isPresent()) {
                String parentKey = checked.parentKey().get();
                UnitPlacement.requireUnitOfAgency(parentKey, this.agencies.getUnit(connection, parentKey),
                    checked.agencyKey(), "gov.core.error.unit.unknownParent",
                    "gov.core.error.unit.parentInOtherAgency");
            }
            try {
                this.agencies.insertUnit(connection, checked, this.clock.instant());
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    throw new GovException("gov.core.error.unit.duplicate", checked.key());
                }
                throw e;
            }
            return this.auditLog.append(actor, "core.unit.created", Map.of(KEY, checked.key(), AGENCY,
                checked.agencyKey(), NAME_EN, checked.name().english(), NAME_FR, checked.name().french(), "parent",
                checked.parentKey().orElse("")));
        });
    }

    @Override
    public void renameUnit(Actor actor, String unitKey, Bilingual name) throws GovException
    {
        Bilingual checkedName = checkName("gov.core.unit", name);
        OrgUnit unit =
            getUnit(unitKey).orElseThrow(() -> new GovException("gov.core.error.unit.unknown", unitKey));
        this.authorization.check(actor, CoreOperations.MANAGE_UNITS, Optional.of(unit.agencyKey()));
        this.store.inTransaction(connection -> {
            this.agencies.renameUnit(connection, unitKey, checkedName);
            return this.auditLog.append(actor, "core.unit.renamed", Map.of(KEY, unitKey, AGENCY, unit.agencyKey(),
                NAME_EN, checkedName.english(), NAME_FR, checkedName.french()));
        });
    }

    @Override
    public Optional<OrgUnit> getUnit(String unitKey) throws GovException
    {
        return this.store.inTransaction(connection -> this.agencies.getUnit(connection, unitKey));
    }

    @Override
    public List<UnitTreeEntry> listUnits(String agencyKey) throws GovException
    {
        List<OrgUnit> units = this.store.inTransaction(connection -> {
            if (this.agencies.getAgency(connection, agencyKey).isEmpty()) {
                throw new GovException(UNKNOWN_AGENCY, agencyKey);
            }
            return this.agencies.listUnits(connection, agencyKey);
        });
        Map<Optional<String>, List<OrgUnit>> byParent = units.stream()
            .sorted(Comparator.comparing(OrgUnit::key))
            .collect(Collectors.groupingBy(OrgUnit::parentKey));
        List<UnitTreeEntry> tree = new ArrayList<>(units.size());
        addSubtree(byParent, Optional.empty(), 0, tree);
        return tree;
    }

    private static void addSubtree(Map<Optional<String>, List<OrgUnit>> byParent, Optional<String> parent, int depth,
        List<UnitTreeEntry> tree)
    {
        for (OrgUnit child : byParent.getOrDefault(parent, List.of())) {
            tree.add(new UnitTreeEntry(child, depth));
            addSubtree(byParent, Optional.of(child.key()), depth + 1, tree);
        }
    }

    private static Bilingual checkName(String fieldPrefix, Bilingual name) throws GovException
    {
        return new Bilingual(Inputs.requireText(fieldPrefix + ".nameEn", name.english(), MAX_NAME_LENGTH),
            Inputs.requireText(fieldPrefix + ".nameFr", name.french(), MAX_NAME_LENGTH));
    }
}
