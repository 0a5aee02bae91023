package org.xwiki.contrib.gov.agency;

import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;

/**
 * A government agency.
 *
 * @param key the stable key ({@code HEALTH}); never changes once used
 * @param name the name in English and French
 * @param acronym the short name ({@code HC})
 * @param parentKey the key of the agency this one belongs to, if any
 * @version $Id$
 */
public record Agency(String key, Bilingual name, String acronym, Optional<String> parentKey)
{
    /**
     * Checks the fields.
     */
    public Agency
    {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(parentKey, "parentKey");
    }
}
