package org.xwiki.contrib.gov.profiles;

import java.util.Objects;

/**
 * How many hits have one value of a facet.
 *
 * @param value the value
 * @param count the number of hits with it
 * @version $Id$
 */
public record FacetCount(String value, int count)
{
    /**
     * Checks the fields.
     */
    public FacetCount
    {
        Objects.requireNonNull(value, "value");
    }
}
