package org.xwiki.contrib.gov.agency;

import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;

/**
 * An organisational unit of an agency (a branch, a directorate, a team). Units form one tree per agency.
 *
 * @param key the stable key, unique across government ({@code HEALTH-PH}); never changes once used
 * @param agencyKey the key of the agency the unit belongs to
 * @param name the name in English and French
 * @param parentKey the key of the enclosing unit of the same agency, if any
 * @version $Id$
 */
public record OrgUnit(String key, String agencyKey, Bilingual name, Optional<String> parentKey)
{
    /**
     * Checks the fields.
     */
    public OrgUnit
    {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentKey, "parentKey");
    }
}
